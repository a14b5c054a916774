/**
 * One client's budget on one page: per support function the points agreed, used (registered up to
 * today), remaining and projected at year end, with the warnings of the consumption overview and the
 * registrations behind the figures. The same `consumption` logic as the overview, on one client's lines.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { agreementLines } from './budget.ts';
import { consumption } from './logic/index.ts';
import { pointsText } from './schema.ts';

export async function clientConsumption(db: DbOrTx, orgId: string, clientId: string, year: number, asOf: string) {
  const client = await db
    .selectFrom('cl_client')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (!client) throw AppError.notFound();
  const until = asOf < `${year}-12-31` ? asOf : `${year}-12-31`;
  const [lines, registrations, functions] = await Promise.all([
    agreementLines(db, orgId, clientId),
    db
      .selectFrom('cl_registration')
      .select([
        'id',
        'function_code',
        'date',
        sql<string>`units::text`.as('units'),
        'points_e4',
        'funding_type',
        'price_source',
      ])
      .where('org_id', '=', orgId)
      .where('client_id', '=', clientId)
      .where('date', '>=', `${year}-01-01`)
      .where('date', '<=', until)
      .orderBy('date', 'desc')
      .execute(),
    db.selectFrom('cl_function').select(['code', 'name', 'unit']).where('org_id', '=', orgId).execute(),
  ]);
  const rows = consumption(
    lines,
    registrations.map((r) => ({
      clientId,
      function: r.function_code,
      date: r.date,
      units: Number(r.units),
      pointsE4: Number(r.points_e4),
    })),
    { year, asOf: until },
  );
  const fn = new Map(functions.map((f) => [f.code, f]));
  return {
    year,
    asOf: until,
    functions: rows.map((r) => {
      const own = registrations.filter((g) => g.function_code === r.function);
      return {
        function: r.function,
        functionName: fn.get(r.function)?.name ?? r.function,
        unit: fn.get(r.function)?.unit ?? null,
        fundingTypes: [...new Set(own.map((g) => g.funding_type))].sort(),
        agreed: pointsText(r.agreedE4),
        used: pointsText(r.deliveredE4),
        remaining: pointsText(r.remainingE4),
        projected: pointsText(r.projectedE4),
        runOutDate: r.runOutDate,
        warnings: r.warnings,
        registrations: own.map((g) => ({
          id: g.id,
          date: g.date,
          units: g.units,
          points: pointsText(Number(g.points_e4)),
          fundingType: g.funding_type,
          priceSource: g.price_source,
        })),
      };
    }),
  };
}
