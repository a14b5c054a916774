/** Monthly statements: the draft with corrections of earlier months, and issuing one (then immutable). */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import {
  buildStatement,
  correctionLines,
  mergePrices,
  monthBounds,
  type CareLine,
  type FundingType,
  type RuleSet,
  type Statement,
} from './logic/index.ts';
import { msg } from './messages.ts';

function monthOf(month: string) {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new AppError('validation', msg('month_yyyymm'), { fields: [{ path: 'month', message: 'yyyy-mm' }] });
  return monthBounds(month);
}

/** A month's registrations summed per client, function and funding (what a statement line holds). */
async function careRegistrations(db: DbOrTx, orgId: string, month: string) {
  const { from, to } = monthOf(month);
  const rows = await db
    .selectFrom('cl_registration')
    .select([
      'client_id',
      'function_code',
      'funding_type',
      'price_e4',
      'price_source',
      sql<string>`sum(units)::text`.as('units'),
      sql<string>`sum(points_e4)::text`.as('points'),
    ])
    .where('org_id', '=', orgId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy(['client_id', 'function_code', 'funding_type', 'price_e4', 'price_source'])
    .execute();
  return rows.map((r) => ({
    clientId: r.client_id,
    function: r.function_code,
    date: from,
    units: Number(r.units),
    pointsE4: Number(r.points),
    funding: r.funding_type as FundingType,
    priceE4: r.price_e4 === null ? null : Number(r.price_e4),
    priceSource: r.price_source,
  }));
}

/** Days with a registration per client in a month: woon- en leefkosten per day are billed for days present. */
async function livingCosts(db: DbOrTx, orgId: string, month: string) {
  const { from, to } = monthOf(month);
  const agreements = await db
    .selectFrom('cl_agreement')
    .select(['client_id', 'living_costs_cents', 'living_costs_per', 'start_date', 'end_date'])
    .where('org_id', '=', orgId)
    .where('living_costs_cents', 'is not', null)
    .where('start_date', '<=', to)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>=', from)]))
    .execute();
  if (!agreements.length) return [];
  const days = await db
    .selectFrom('cl_registration')
    .select(['client_id', sql<number>`count(distinct date)::int`.as('days')])
    .where('org_id', '=', orgId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where(
      'client_id',
      'in',
      agreements.map((a) => a.client_id),
    )
    .groupBy('client_id')
    .execute();
  const present = new Map(days.map((d) => [d.client_id, d.days]));
  return agreements.map((a) => ({
    clientId: a.client_id,
    label: 'Woon- en leefkosten',
    tariffCents: Number(a.living_costs_cents),
    per: a.living_costs_per ?? 'month',
    quantity: a.living_costs_per === 'day' ? (present.get(a.client_id) ?? 0) : 1,
  }));
}

/** The draft statement of a month, with corrections of earlier issued months; or the issued one. */
export async function statementOf(
  db: DbOrTx,
  orgId: string,
  month: string,
  rules: RuleSet,
): Promise<{ issued: boolean; id: string | null; statement: Statement }> {
  const stored = await db
    .selectFrom('cl_statement')
    .select(['id', 'doc'])
    .where('org_id', '=', orgId)
    .where('month', '=', month)
    .executeTakeFirst();
  if (stored) return { issued: true, id: stored.id, statement: stored.doc as unknown as Statement };
  const earlier = await db
    .selectFrom('cl_statement')
    .select(['month', 'doc'])
    .where('org_id', '=', orgId)
    .where('month', '<', month)
    .orderBy('month', 'desc')
    .limit(12)
    .execute();
  const corrections: CareLine[] = [];
  for (const e of earlier) {
    const issuedLines = [
      ...(e.doc.careLines as CareLine[]),
      ...earlier.flatMap((x) => (x.doc.corrections as CareLine[]).filter((c) => c.month === e.month)),
    ];
    const recomputed = buildStatement(
      { month: e.month, registrations: await careRegistrations(db, orgId, e.month) },
      rules,
    ).careLines;
    corrections.push(
      ...correctionLines(netLines(issuedLines), recomputed).filter((c) => c.units !== 0 || c.totalCents !== 0),
    );
  }
  const statement = buildStatement(
    {
      month,
      registrations: await careRegistrations(db, orgId, month),
      livingCosts: await livingCosts(db, orgId, month),
      corrections,
    },
    rules,
  );
  return { issued: false, id: null, statement };
}

/** Issued lines plus the corrections already billed for them, as one line per key. */
function netLines(lines: CareLine[]): CareLine[] {
  const byKey = new Map<string, CareLine>();
  for (const l of lines) {
    const k = `${l.month}|${l.clientId}|${l.function}|${l.funding}`;
    const a = byKey.get(k);
    const prices = a?.prices && l.prices ? { prices: mergePrices(a.prices, l.prices) } : {};
    byKey.set(
      k,
      a
        ? {
            ...a,
            units: a.units + l.units,
            pointsE4: a.pointsE4 + l.pointsE4,
            cents: a.cents + l.cents,
            organisationE4: a.organisationE4 + l.organisationE4,
            organisationCents: a.organisationCents + l.organisationCents,
            totalCents: a.totalCents + l.totalCents,
            ...(a.prices && !l.prices ? { prices: undefined } : prices),
          }
        : ({ ...l, correction: false } as CareLine),
    );
  }
  return [...byKey.values()];
}

/** Issues a month's statement: from then on it never changes (corrections go on the next one). */
export async function issueStatement(db: DbOrTx, orgId: string, month: string, userId: string | null, rules: RuleSet) {
  const draft = await statementOf(db, orgId, month, rules);
  if (draft.issued) throw new AppError('conflict', msg('statement_already_issued', { month }));
  const row = await db
    .insertInto('cl_statement')
    .values({ org_id: orgId, month, issued_by: userId, doc: JSON.stringify(draft.statement) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { issued: true, id: row.id, statement: draft.statement };
}
