/**
 * What the organisation gets out of its registrations: budget consumption per client and function,
 * monthly statements (issued ones immutable), the income forecast and the waiting list.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import {
  addDays,
  agreementMonthlyIncome,
  buildStatement,
  consumption,
  correctionLines,
  estimateLeaveProbability,
  forecastIncome,
  mergePrices,
  monthBounds,
  servable,
  startRuleStatus,
  waitingListSummary,
  type AgreementLine,
  type CareLine,
  type FundingType,
  type RuleSet,
  type Statement,
  type WaitingRequest,
} from './logic/index.ts';
import { personnelCostPerFte } from '../finance/public.ts';
import { listFunctions } from './offer.ts';
import { fundingType } from './registrations.ts';
import { ruleSet } from './rules.ts';
import { pointsText } from './schema.ts';
import { dateOf } from '../../lib/calendar.ts';
import { msg } from './messages.ts';

async function agreementLines(db: DbOrTx, orgId: string): Promise<AgreementLine[]> {
  const rows = await db
    .selectFrom('cl_agreement')
    .select(['client_id', 'function_code', 'count', 'per', 'price_points_e4', 'start_date', 'end_date'])
    .where('org_id', '=', orgId)
    .execute();
  return rows.map((r) => ({
    clientId: r.client_id,
    function: r.function_code,
    frequency: { count: Number(r.count), per: r.per },
    priceE4: Number(r.price_points_e4),
    start: r.start_date,
    end: r.end_date,
  }));
}

/**
 * Consumption of every client's budget in `year` up to `asOf`. The database sums the registrations
 * (so 300,000 lines stay cheap): per client and function one total before the pace window, dated the
 * day before it, and one total inside the window, dated on its last registration. The pace is the
 * window's points per day, so this gives the same projection as the single lines would (a line
 * registered before its agreement started, inside the window, would count toward the pace).
 */
export async function consumptionOverview(db: DbOrTx, orgId: string, year: number, asOf: string) {
  const yearStart = `${year}-01-01`;
  const windowStart = addDays(asOf, -55) < yearStart ? yearStart : addDays(asOf, -55);
  const until = asOf < `${year}-12-31` ? asOf : `${year}-12-31`;
  const totals = (from: string, to: string) =>
    db
      .selectFrom('cl_registration')
      .select([
        'client_id',
        'function_code',
        sql<string>`sum(points_e4)::text`.as('points'),
        sql<string>`sum(units)::text`.as('units'),
        sql<string>`max(date)::text`.as('last'),
      ])
      .where('org_id', '=', orgId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .groupBy(['client_id', 'function_code'])
      .execute();
  const [lines, older, recent, clients] = await Promise.all([
    agreementLines(db, orgId),
    windowStart > yearStart ? totals(yearStart, addDays(windowStart, -1)) : Promise.resolve([]),
    totals(windowStart, until),
    db.selectFrom('cl_client').select(['id', 'name', 'group_id']).where('org_id', '=', orgId).execute(),
  ]);
  const registrations = [
    ...older.map((r) => ({
      clientId: r.client_id,
      function: r.function_code,
      date: addDays(windowStart, -1),
      units: Number(r.units),
      pointsE4: Number(r.points),
    })),
    ...recent.map((r) => ({
      clientId: r.client_id,
      function: r.function_code,
      date: r.last,
      units: Number(r.units),
      pointsE4: Number(r.points),
    })),
  ];
  const names = new Map(clients.map((c) => [c.id, c]));
  return consumption(lines, registrations, { year, asOf })
    .filter((r) => names.has(r.clientId))
    .map((r) => ({
      clientId: r.clientId,
      clientName: names.get(r.clientId)!.name,
      groupId: names.get(r.clientId)!.group_id,
      function: r.function,
      agreed: pointsText(r.agreedE4),
      delivered: pointsText(r.deliveredE4),
      remaining: pointsText(r.remainingE4),
      projected: pointsText(r.projectedE4),
      roomToHelp: pointsText(r.roomToHelpE4),
      runOutDate: r.runOutDate,
      warnings: r.warnings,
    }));
}

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

/** Income forecast for 12 months with P10/P50/P90 from a seeded Monte-Carlo simulation. */
export async function forecast(
  db: DbOrTx,
  orgId: string,
  rules: RuleSet,
  q: {
    runs: number;
    seed: number;
    costPerFteCents?: number | undefined;
    leaveProbability?: number | undefined;
    inflowPerMonth: number;
    startMonth: string;
  },
) {
  const [lines, stays, waiting, functions, funding] = await Promise.all([
    agreementLines(db, orgId),
    db.selectFrom('cl_client').select(['started_on', 'ended_on', 'created_at']).where('org_id', '=', orgId).execute(),
    db
      .selectFrom('cl_waiting_request')
      .select('id')
      .where('org_id', '=', orgId)
      .where('status', '=', 'waiting')
      .execute(),
    listFunctions(db, orgId),
    db
      .selectFrom('cl_funding')
      .select(['client_id', 'form'])
      .where('org_id', '=', orgId)
      .where('kind', '!=', 'rth')
      .execute(),
  ]);
  const asOf = `${q.startMonth}-01`;
  const active = lines.filter((l) => !l.end || l.end >= asOf);
  // The funding type each client's registrations would get, so voucher clients earn their
  // organisatiegebonden points here exactly as on the statement.
  const kinds = new Map(functions.map((f) => [f.code, f.kind]));
  const forms = new Map<string, string[]>();
  for (const f of funding) forms.set(f.client_id, [...(forms.get(f.client_id) ?? []), f.form ?? '']);
  const fundingOf = (clientId: string, code: string) =>
    fundingType({ kind: kinds.get(code) ?? 'pvf' }, forms.get(clientId) ?? []);
  const clients = agreementMonthlyIncome(active, q.startMonth, 12, rules, fundingOf);
  const history = estimateLeaveProbability(
    stays.map((s) => ({ start: s.started_on ?? dateOf(s.created_at), end: s.ended_on })),
    asOf,
  );
  const average = clients.length
    ? Math.round(clients.reduce((a, c) => a + (c.monthlyIncomeCents[0] ?? 0), 0) / clients.length)
    : 0;
  const perFte = q.costPerFteCents
    ? { cents: q.costPerFteCents, source: 'given' as const }
    : await costPerFteFromFinance(db, orgId);
  const costPerFteMonthCents = Math.round(perFte.cents / 12);
  const months = forecastIncome({
    startMonth: q.startMonth,
    months: 12,
    clients,
    leaveProbability: q.leaveProbability ?? history.probability,
    inflow: { waiting: waiting.length, ratePerMonth: q.inflowPerMonth, averageMonthlyIncomeCents: average },
    costPerFteMonthCents,
    runs: q.runs,
    seed: q.seed,
  });
  return {
    startMonth: q.startMonth,
    runs: q.runs,
    seed: q.seed,
    leaveProbability: q.leaveProbability ?? history.probability,
    history,
    costPerFteCents: perFte.cents,
    costPerFteSource: perFte.source,
    clients: clients.length,
    waiting: waiting.length,
    months,
  };
}

/** Used when the finance module has no figure: a typical yearly cost of one FTE in the sector. */
const DEFAULT_COST_PER_FTE_CENTS = 6_000_000;

/** Yearly cost of one FTE from the finance module (personnel costs / FTE of the cost model), else the default. */
async function costPerFteFromFinance(
  db: DbOrTx,
  orgId: string,
): Promise<{ cents: number; source: 'finance' | 'default' }> {
  const cents = await personnelCostPerFte(db, orgId);
  return cents === null ? { cents: DEFAULT_COST_PER_FTE_CENTS, source: 'default' } : { cents, source: 'finance' };
}

/** The waiting list with counts per priority group, waiting times and what free capacity could serve. */
export async function waitingList(db: DbOrTx, orgId: string, freeCapacity: Record<string, number>, today: string) {
  const rows = await db
    .selectFrom('cl_waiting_request')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('requested_on')
    .execute();
  const requests: (WaitingRequest & {
    reference: string;
    intensity: string;
    decisionDate: string | null;
    needs: { function: string; unitsPerWeek: number }[];
  })[] = rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    priorityGroup: r.priority_group as 1 | 2 | 3,
    requestDate: r.requested_on,
    decisionDate: r.decided_on,
    needs: r.needs,
    status: r.status,
    intensity: r.intensity,
  }));
  const fit = servable(requests, freeCapacity);
  const budgetStarts = await budgetStartsOf(db, orgId, today);
  return {
    items: requests,
    summary: { ...waitingListSummary(requests, today), fellBack: budgetStarts.filter((b) => b.fellBack).length },
    servable: {
      served: fit.served.map((r) => r.id),
      notServed: fit.notServed,
      remainingCapacity: fit.remainingCapacity,
    },
    budgetStarts,
  };
}

/**
 * Budgets made available but not started, with the 4-month start rule: the deadline (warned
 * `near` ahead), and for a deadline passed the day the person fell back to priority group 3.
 * Earliest deadline first.
 */
async function budgetStartsOf(db: DbOrTx, orgId: string, today: string) {
  const rules = await ruleSet(db, orgId);
  const rows = await db
    .selectFrom('cl_funding as f')
    .innerJoin('cl_client as c', (j) => j.onRef('c.id', '=', 'f.client_id').onRef('c.org_id', '=', 'f.org_id'))
    .select(['f.id', 'f.client_id', 'c.name', 'f.category', 'f.made_available_on'])
    .where('f.org_id', '=', orgId)
    .where('f.kind', '=', 'pvb')
    .where('f.made_available_on', 'is not', null)
    .where('f.start_date', 'is', null)
    .execute();
  return rows
    .map((r) => {
      const rule = startRuleStatus(r.made_available_on!, null, today, rules);
      return {
        fundingId: r.id,
        clientId: r.client_id,
        clientName: r.name,
        category: r.category,
        madeAvailableOn: r.made_available_on!,
        status: rule.status,
        deadline: rule.deadline,
        daysLeft: rule.daysLeft,
        fallbackOn: rule.fallbackOn,
        fellBack: rule.fellBack,
        priorityGroup: rule.fellBack ? (3 as const) : null,
      };
    })
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}
