/** Key figures per quarter and year, and the saved scenarios of the scale simulator. */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { incomeTypes } from './accounts.ts';
import { centreResolver, getModel, ledgerTotals } from './costing.ts';
import { fiscalYearRange } from './ledger.ts';
import { daysInPeriod, isCost, keyFigures, naturalTotals, type CostLine } from './logic/index.ts';
import type { Scenario, ScenarioDoc } from './schema.ts';

/** Key figures of the fiscal year and of each quarter that has dated lines. */
export async function keyFiguresOfYear(db: DbOrTx, orgId: string, year: number) {
  const org = await db
    .selectFrom('organisation')
    .select('fiscal_year_start_month')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  const start = org.fiscal_year_start_month;
  const range = fiscalYearRange(year, start);
  // The start month is a literal (an integer 1-12 from the database) so SELECT and GROUP BY are the same expression.
  const quarter = sql<number>`(((extract(month from l.entry_date)::int - ${sql.lit(start)} + 12) % 12) / 3 + 1)`;
  const rows = await db
    .selectFrom('fin_ledger_line as l')
    .innerJoin('fin_ledger_import as i', 'i.id', 'l.import_id')
    .select(['l.account', quarter.as('quarter'), sql<string>`sum(l.amount_cents)::text`.as('total')])
    .where('i.org_id', '=', orgId)
    .where('i.year', '=', year)
    .where('i.is_current', '=', true)
    .groupBy(['l.account', quarter])
    .execute();
  const types = await incomeTypes(db, orgId);
  const incomeTypeOf = (a: string) => types.get(a);
  const year_: Record<string, number> = {};
  const quarters: Record<number, Record<string, number>> = {};
  for (const r of rows) {
    year_[r.account] = (year_[r.account] ?? 0) + Number(r.total);
    if (r.quarter) {
      quarters[r.quarter] ??= {};
      quarters[r.quarter]![r.account] = Number(r.total);
    }
  }
  const yearDays = daysInPeriod(
    range.from,
    new Date(Date.parse(`${range.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
  );
  const periods = [{ period: 'year', figures: keyFigures(naturalTotals(year_), { days: yearDays, incomeTypeOf }) }];
  for (const q of [1, 2, 3, 4]) {
    const totals = quarters[q];
    if (totals)
      periods.push({
        period: `Q${q}`,
        figures: keyFigures(naturalTotals(totals), { days: Math.round(yearDays / 4), incomeTypeOf }),
      });
  }
  return { year, periods };
}

function present(r: { id: string; year: number; name: string; doc: ScenarioDoc }): Scenario {
  return { id: r.id, year: r.year, name: r.name, ...r.doc };
}

export async function listScenarios(db: DbOrTx, orgId: string, year: number): Promise<Scenario[]> {
  const rows = await db
    .selectFrom('fin_scenario')
    .select(['id', 'year', 'name', 'doc'])
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .orderBy('created_at')
    .execute();
  return rows.map(present);
}

export async function saveScenario(
  db: DbOrTx,
  orgId: string,
  input: Omit<Scenario, 'id'>,
  id?: string,
): Promise<Scenario> {
  const doc: ScenarioDoc = { volumeFrom: input.volumeFrom, volumeTo: input.volumeTo, lines: input.lines };
  const values = { org_id: orgId, year: input.year, name: input.name, doc: JSON.stringify(doc) };
  const row = id
    ? await db
        .updateTable('fin_scenario')
        .set({ ...values, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('org_id', '=', orgId)
        .returning(['id', 'year', 'name', 'doc'])
        .executeTakeFirst()
    : await db.insertInto('fin_scenario').values(values).returning(['id', 'year', 'name', 'doc']).executeTakeFirst();
  if (!row) throw AppError.notFound();
  return present(row);
}

export async function deleteScenario(db: DbOrTx, orgId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('fin_scenario').where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/**
 * A first set of cost lines for a centre from the year's ledger: personnel (62) step-fixed per
 * current volume, goods (60) variable per unit, everything else fixed. A starting point to edit.
 */
export async function suggestLines(db: DbOrTx, orgId: string, year: number, centre: string): Promise<CostLine[]> {
  const doc = await getModel(db, orgId, year);
  const c = doc.centres.find((x) => x.code === centre);
  if (!c) throw AppError.notFound();
  const centreOf = centreResolver(doc);
  const volume = c.volume && c.volume > 0 ? c.volume : 1;
  const byGroup = new Map<string, number>();
  for (const l of await ledgerTotals(db, orgId, year)) {
    if (!isCost(l.account) || centreOf(l) !== centre) continue;
    const group = l.account.slice(0, 2);
    byGroup.set(group, (byGroup.get(group) ?? 0) + l.amountCents);
  }
  const names: Record<string, string> = {
    '60': 'Goederen en voeding',
    '61': 'Diensten en diverse goederen',
    '62': 'Personeel',
    '63': 'Afschrijvingen',
    '64': 'Andere bedrijfskosten',
    '65': 'Financiële kosten',
  };
  return [...byGroup]
    .filter(([, cents]) => cents > 0)
    .map(
      ([group, cents]): CostLine =>
        group === '62'
          ? { name: names[group]!, behaviour: 'step', amountCents: cents, capacityPerStep: volume }
          : group === '60'
            ? { name: names[group]!, behaviour: 'variable', amountCents: Math.round(cents / volume) }
            : { name: names[group] ?? `Rekeningen ${group}`, behaviour: 'fixed', amountCents: cents },
    );
}
