/**
 * What the organisation gets out of its registrations: budget consumption per client and function,
 * and the income forecast. Statements are in `statements.ts`, the waiting list in `waiting-list.ts`.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import {
  addDays,
  agreementMonthlyIncome,
  consumption,
  estimateLeaveProbability,
  forecastIncome,
  type RuleSet,
} from './logic/index.ts';
import { personnelCostPerFte } from '../finance/public.ts';
// The organisation's agreement lines are read once, where the KPI figures read them too.
import { agreementLines } from './kpi-source.ts';
import { listFunctions } from './offer.ts';
import { fundingType } from './registrations.ts';
import { pointsText } from './schema.ts';
import { dateOf } from '../../lib/calendar.ts';

export { issueStatement, statementOf } from './statements.ts';
export { waitingList } from './waiting-list.ts';

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
