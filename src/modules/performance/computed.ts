/**
 * Computed KPIs: each formula key reads the figures other modules publish (finance, clients, surveys,
 * CAF: their kpi-source.ts, through public.ts) and performance's own actions, and gives a value per
 * period with its computation (formula text, input figures with their source, the period's dates).
 * Values are recomputed when a cheap fingerprint of the sources changes (see {@link ensureComputed}),
 * so a cockpit read stays one fingerprint query when nothing changed. The formulas live in
 * computed-clients.ts, computed-finance.ts, computed-others.ts, computed-people.ts and computed-complaints.ts.
 */
import { sql } from 'kysely';
import { today as brusselsToday } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { cafFingerprint } from '../caf/public.ts';
import { clientsFingerprint } from '../clients/public.ts';
import { complaintsFingerprint } from '../complaints/public.ts';
import { financeFingerprint } from '../finance/public.ts';
import { jobCarvingFingerprint } from '../job-carving/public.ts';
import { peopleFingerprint } from '../people/public.ts';
import { socialEconomyFingerprint } from '../social-economy/public.ts';
import { surveysFingerprint } from '../surveys/public.ts';
import { clientFlow, pvbVoucherUse, useOfAgreements, waiting } from './computed-clients.ts';
import type { Ctx, Series, SourceName } from './computed-core.ts';
import { complaintsFigure } from './computed-complaints.ts';
import { costPrice, keyFigure } from './computed-finance.ts';
import { actionsOnTime, cafScore, survey } from './computed-others.ts';
import { hoursFreedForCare } from './computed-job-carving.ts';
import { absenteeismFigure, peopleFigure } from './computed-people.ts';
import { seFigure } from './computed-social-economy.ts';
import type { Frequency } from './logic/index.ts';

export type { Computation, ComputationInput, Series, SourceName } from './computed-core.ts';

export const FORMULAS: Record<
  string,
  { frequency: Frequency; sources: SourceName[]; compute: (ctx: Ctx) => Promise<Series> }
> = {
  occupancy: { frequency: 'month', sources: ['clients'], compute: (c) => useOfAgreements(c, 'units') },
  points_delivered: { frequency: 'month', sources: ['clients'], compute: (c) => useOfAgreements(c, 'points') },
  pvb_voucher_use: { frequency: 'quarter', sources: ['clients'], compute: pvbVoucherUse },
  waiting_count: { frequency: 'month', sources: ['clients'], compute: (c) => waiting(c, 'count') },
  waiting_longest: { frequency: 'month', sources: ['clients'], compute: (c) => waiting(c, 'longest') },
  waiting_median: { frequency: 'month', sources: ['clients'], compute: (c) => waiting(c, 'median') },
  clients_new: { frequency: 'month', sources: ['clients'], compute: (c) => clientFlow(c, 'new') },
  clients_left: { frequency: 'month', sources: ['clients'], compute: (c) => clientFlow(c, 'left') },
  personnel_cost_ratio: {
    frequency: 'year',
    sources: ['finance'],
    compute: (c) => keyFigure(c, 'personnel_cost_ratio'),
  },
  subsidy_dependency: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'subsidy_dependency') },
  result_margin: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'result_margin') },
  current_ratio: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'current_ratio') },
  solvency: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'solvency') },
  cash_days: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'cash_days') },
  coverage: { frequency: 'year', sources: ['finance'], compute: (c) => costPrice(c, 'coverage') },
  cost_per_unit: { frequency: 'year', sources: ['finance'], compute: (c) => costPrice(c, 'cost_per_unit') },
  client_satisfaction: {
    frequency: 'year',
    sources: ['surveys'],
    compute: (c) => survey(c, 'clients', 'satisfaction'),
  },
  client_nps: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'clients', 'nps') },
  client_response: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'clients', 'responseRate') },
  staff_satisfaction: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'staff', 'satisfaction') },
  staff_nps: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'staff', 'nps') },
  staff_response: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'staff', 'responseRate') },
  actions_on_time: { frequency: 'quarter', sources: ['actions'], compute: actionsOnTime },
  caf_score: { frequency: 'year', sources: ['caf'], compute: cafScore },
  staff_turnover: { frequency: 'year', sources: ['people'], compute: (c) => peopleFigure(c, 'turnover') },
  absenteeism: { frequency: 'month', sources: ['people'], compute: (c) => absenteeismFigure(c, 'total') },
  absenteeism_short: { frequency: 'month', sources: ['people'], compute: (c) => absenteeismFigure(c, 'short') },
  absenteeism_long: { frequency: 'month', sources: ['people'], compute: (c) => absenteeismFigure(c, 'long') },
  training_hours_per_fte: {
    frequency: 'year',
    sources: ['people'],
    compute: (c) => peopleFigure(c, 'training_hours_per_fte'),
  },
  complaints_count: { frequency: 'quarter', sources: ['complaints'], compute: (c) => complaintsFigure(c, 'count') },
  complaints_on_time: { frequency: 'quarter', sources: ['complaints'], compute: (c) => complaintsFigure(c, 'on_time') },
  complaints_founded: { frequency: 'year', sources: ['complaints'], compute: (c) => complaintsFigure(c, 'founded') },
  complaints_handling_days: {
    frequency: 'quarter',
    sources: ['complaints'],
    compute: (c) => complaintsFigure(c, 'handling_days'),
  },
  se_transitions_succeeded: { frequency: 'year', sources: ['socialeconomy'], compute: (c) => seFigure(c, 'succeeded') },
  se_transition_rate: { frequency: 'year', sources: ['socialeconomy'], compute: (c) => seFigure(c, 'rate') },
  hours_freed_for_care: { frequency: 'year', sources: ['job_carving'], compute: hoursFreedForCare },
};
export type FormulaKey = keyof typeof FORMULAS;

/**
 * One text that changes whenever a source of a computed KPI changes: counts, last change times and
 * cheap hashes per source table, the computed KPIs themselves and today's date (waiting times and
 * "the last complete period" move with it). One query; its cost is an index scan per table.
 */
export async function sourceFingerprint(db: DbOrTx, orgId: string, today: string): Promise<string> {
  const o = sql.lit(orgId);
  const parts = [
    sql`${today}::text`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || formula || frequency)), 0) FROM kpi WHERE org_id = ${o} AND source = 'computed' AND NOT archived)`,
    ...financeFingerprint(o),
    ...clientsFingerprint(o),
    ...surveysFingerprint(o),
    sql`(SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM perf_action WHERE org_id = ${o})`,
    ...cafFingerprint(o),
    ...peopleFingerprint(o),
    ...complaintsFingerprint(o),
    ...socialEconomyFingerprint(o),
    ...jobCarvingFingerprint(o),
  ];
  const row = await sql<{ f: string }>`SELECT concat_ws('|', ${sql.join(parts)}) AS f`.execute(db);
  return row.rows[0]!.f;
}

/** Computes every computed KPI of an organisation and stores the values (notes stay). */
export async function recompute(
  db: Db,
  orgId: string,
  today: string,
  fingerprint?: string,
): Promise<{ kpis: number; values: number }> {
  const kpis = await db
    .selectFrom('kpi')
    .select(['id', 'formula'])
    .where('org_id', '=', orgId)
    .where('source', '=', 'computed')
    .where('archived', '=', false)
    .execute();
  const ctx: Ctx = { db, orgId, today, memo: new Map() };
  const computedAt = new Date().toISOString();
  const results: { id: string; series: Series }[] = [];
  for (const k of kpis) {
    const formula = k.formula ? FORMULAS[k.formula] : undefined;
    results.push({ id: k.id, series: formula ? await formula.compute(ctx) : (new Map() as Series) });
  }
  let values = 0;
  await db.transaction().execute(async (tx) => {
    for (const { id, series } of results) {
      const periods = [...series.keys()];
      let del = tx
        .deleteFrom('kpi_value')
        .where('org_id', '=', orgId)
        .where('kpi_id', '=', id)
        .where('source', '=', 'computed');
      if (periods.length) del = del.where('period', 'not in', periods);
      await del.execute();
      if (!periods.length) continue;
      const rows = [...series].map(([period, v]) => ({
        org_id: orgId,
        kpi_id: id,
        period,
        value: v.value,
        source: 'computed' as const,
        computation: JSON.stringify({ ...v.computation, computedAt }),
        entered_by: null,
      }));
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insertInto('kpi_value')
          .values(rows.slice(i, i + 500))
          .onConflict((oc) =>
            oc.columns(['kpi_id', 'period']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              source: 'computed',
              computation: eb.ref('excluded.computation'),
              updated_at: sql`now()`,
            })),
          )
          .execute();
      }
      values += rows.length;
    }
    const f = fingerprint ?? (await sourceFingerprint(tx, orgId, today));
    await tx
      .insertInto('kpi_compute_state')
      .values({ org_id: orgId, fingerprint: f })
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ fingerprint: f, computed_at: sql`now()` }))
      .execute();
  });
  return { kpis: kpis.length, values };
}

/** Recomputes when the sources changed since the last computation; cheap when they did not. */
export async function ensureComputed(
  db: Db,
  orgId: string,
  today = brusselsToday(),
): Promise<{ recomputed: boolean; computedAt: Date | null }> {
  const [f, state] = await Promise.all([
    sourceFingerprint(db, orgId, today),
    db
      .selectFrom('kpi_compute_state')
      .select(['fingerprint', 'computed_at'])
      .where('org_id', '=', orgId)
      .executeTakeFirst(),
  ]);
  if (state?.fingerprint === f) return { recomputed: false, computedAt: state.computed_at };
  await recompute(db, orgId, today, f);
  return { recomputed: true, computedAt: new Date() };
}
