/**
 * What the cockpit, the KPI page and the board view show. `cockpitOf` is the one read of every KPI
 * with its latest value, target, traffic light and sparkline: four queries whatever the number of
 * KPIs (values through a window function), after the fingerprint check of the computed values.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/db.ts';
import { ensureComputed, type Computation } from './computed.ts';
import { getKpi, kpiDto, listTargets, type KpiDto } from './kpis.ts';
import { lightOf, parsePeriod, periodStart, type Light, type Target } from './logic/index.ts';
import type { Perspective } from './tables.ts';
import { targetsByKpi } from './values.ts';

export const PERSPECTIVES: readonly Perspective[] = ['mission', 'clients', 'financial', 'processes', 'learning'];
export const SPARKLINE = 24;

export interface Point { period: string; value: number; light: Light | null; noteMissing: boolean }
export interface Tile extends KpiDto {
  ownerName: string | null;
  latest: (Point & { note: string; target: number | null; redThreshold: number | null; source: string }) | null;
  sparkline: Point[];
  /** A red value among the shown periods without a note ("toelichting ontbreekt"). */
  noteMissing: boolean;
  openActions: number;
  /** The latest value is red and no open improvement action is linked to the KPI. */
  redWithoutAction: boolean;
}

function point(period: string, value: number, note: string, direction: 'up' | 'down', targets: Target[]): Point & { target: Target | null } {
  const p = parsePeriod(period);
  const l = p ? lightOf(value, direction, targets, periodStart(p)) : null;
  return { period, value, light: l?.light ?? null, noteMissing: l?.light === 'red' && !note.trim(), target: l?.target ?? null };
}

async function openActionsByKpi(db: Db, orgId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('perf_action_kpi as ak').innerJoin('perf_action as a', (j) => j.onRef('a.id', '=', 'ak.action_id').onRef('a.org_id', '=', 'ak.org_id'))
    .select(['ak.kpi_id', sql<number>`count(*)::int`.as('n')]).where('ak.org_id', '=', orgId).where('a.status', '<>', 'done').groupBy('ak.kpi_id').execute();
  return new Map(rows.map((r) => [r.kpi_id, r.n]));
}

/** Every KPI of the organisation (not archived) as a tile, grouped per perspective. Reusable server-side (strategy map). */
export async function cockpitOf(db: Db, orgId: string, opts: { perspective?: Perspective; today?: string } = {}) {
  await ensureComputed(db, orgId, opts.today);
  let kq = db.selectFrom('kpi as k').leftJoin('app_user as u', 'u.id', 'k.owner_id').selectAll('k').select('u.name as owner_name').where('k.org_id', '=', orgId).where('k.archived', '=', false);
  if (opts.perspective) kq = kq.where('k.perspective', '=', opts.perspective);
  const [kpis, values, targets, actions, state] = await Promise.all([
    kq.orderBy('k.code').execute(),
    sql<{ kpi_id: string; period: string; value: string; note: string; source: string }>`
      SELECT kpi_id, period, value::text AS value, note, source FROM (
        SELECT kpi_id, period, value, note, source, row_number() OVER (PARTITION BY kpi_id ORDER BY period DESC) AS rn
        FROM kpi_value WHERE org_id = ${orgId}
      ) v WHERE rn <= ${SPARKLINE} ORDER BY kpi_id, period`.execute(db).then((r) => r.rows),
    targetsByKpi(db, orgId),
    openActionsByKpi(db, orgId),
    db.selectFrom('kpi_compute_state').select('computed_at').where('org_id', '=', orgId).executeTakeFirst(),
  ]);
  const byKpi = new Map<string, typeof values>();
  for (const v of values) {
    const list = byKpi.get(v.kpi_id);
    if (list) list.push(v);
    else byKpi.set(v.kpi_id, [v]);
  }
  const tiles: Tile[] = kpis.map((k) => {
    const t = targets.get(k.id) ?? [];
    const rows = byKpi.get(k.id) ?? [];
    const points = rows.map((r) => point(r.period, Number(r.value), r.note, k.direction, t));
    const last = rows[rows.length - 1];
    const lp = points[points.length - 1];
    const open = actions.get(k.id) ?? 0;
    return {
      ...kpiDto(k), ownerName: k.owner_name,
      latest: last && lp ? { period: lp.period, value: lp.value, light: lp.light, noteMissing: lp.noteMissing, note: last.note, source: last.source, target: lp.target?.target ?? null, redThreshold: lp.target?.redThreshold ?? null } : null,
      sparkline: points.map(({ target: _t, ...p }) => p),
      noteMissing: points.some((p) => p.noteMissing),
      openActions: open,
      redWithoutAction: lp?.light === 'red' && open === 0,
    };
  });
  const count = (l: Light | null) => tiles.filter((x) => (x.latest?.light ?? null) === l).length;
  return {
    computedAt: state?.computed_at ?? null,
    summary: { total: tiles.length, green: count('green'), amber: count('amber'), red: count('red'), none: count(null), noteMissing: tiles.filter((x) => x.noteMissing).length, redWithoutAction: tiles.filter((x) => x.redWithoutAction).length },
    perspectives: PERSPECTIVES.filter((p) => !opts.perspective || p === opts.perspective).map((p) => ({ perspective: p, tiles: tiles.filter((x) => x.perspective === p) })),
  };
}
export type Cockpit = Awaited<ReturnType<typeof cockpitOf>>;

/** Improvement actions linked to KPIs (all, or only open ones). */
export async function actionsOfKpis(db: Db, orgId: string, kpiIds: string[], onlyOpen = false) {
  if (!kpiIds.length) return [];
  let q = db.selectFrom('perf_action_kpi as ak').innerJoin('perf_action as a', (j) => j.onRef('a.id', '=', 'ak.action_id').onRef('a.org_id', '=', 'ak.org_id'))
    .leftJoin('app_user as u', 'u.id', 'a.owner_id')
    .select(['ak.kpi_id as kpiId', 'a.id', 'a.title', 'a.status', 'a.due_date as dueDate', 'u.name as ownerName']).where('ak.org_id', '=', orgId).where('ak.kpi_id', 'in', kpiIds);
  if (onlyOpen) q = q.where('a.status', '<>', 'done');
  return q.orderBy('a.due_date').execute();
}

/** The KPI page: definition, every value with light, note and computation, targets over time, linked actions and objectives. */
export async function kpiDetail(db: Db, orgId: string, kpiId: string) {
  const row = await getKpi(db, orgId, kpiId);
  if (row.source === 'computed') await ensureComputed(db, orgId);
  const [values, targets, actions, objectives, owner] = await Promise.all([
    db.selectFrom('kpi_value as v').leftJoin('app_user as u', 'u.id', 'v.entered_by').select(['v.period', 'v.value', 'v.note', 'v.source', 'v.computation', 'v.updated_at', 'u.name as entered_by'])
      .where('v.org_id', '=', orgId).where('v.kpi_id', '=', kpiId).orderBy('v.period').execute(),
    listTargets(db, orgId, kpiId),
    actionsOfKpis(db, orgId, [kpiId]),
    db.selectFrom('perf_objective_kpi as ok').innerJoin('perf_objective as o', (j) => j.onRef('o.id', '=', 'ok.objective_id').onRef('o.org_id', '=', 'ok.org_id'))
      .select(['o.id', 'o.title', 'o.perspective']).where('ok.org_id', '=', orgId).where('ok.kpi_id', '=', kpiId).execute(),
    row.owner_id ? db.selectFrom('app_user').select('name').where('id', '=', row.owner_id).executeTakeFirst() : Promise.resolve(undefined),
  ]);
  return {
    kpi: { ...kpiDto(row), ownerName: owner?.name ?? null },
    values: values.map((v) => {
      const p = point(v.period, Number(v.value), v.note, row.direction, targets);
      return { period: v.period, value: p.value, light: p.light, noteMissing: p.noteMissing, target: p.target?.target ?? null, redThreshold: p.target?.redThreshold ?? null,
        note: v.note, source: v.source, computation: (v.computation as Computation | null) ?? null, enteredBy: v.entered_by, updatedAt: v.updated_at };
    }),
    targets, actions: actions.map(({ kpiId: _k, ...a }) => a), objectives,
  };
}

/** The board view: the cockpit without sparklines, the red KPIs with their notes and open actions. */
export async function boardOf(db: Db, orgId: string) {
  const [cockpit, org] = await Promise.all([cockpitOf(db, orgId), db.selectFrom('organisation').select('name').where('id', '=', orgId).executeTakeFirstOrThrow()]);
  const tiles = cockpit.perspectives.flatMap((p) => p.tiles);
  const reds = tiles.filter((t) => t.latest?.light === 'red');
  const actions = await actionsOfKpis(db, orgId, reds.map((r) => r.id));
  const strip = (t: Tile) => ({ id: t.id, code: t.code, nameNl: t.nameNl, nameEn: t.nameEn, unit: t.unit, decimals: t.decimals, direction: t.direction, frequency: t.frequency, ownerName: t.ownerName, latest: t.latest,
    trend: t.sparkline.slice(-4).map((p) => ({ period: p.period, value: p.value, light: p.light })) });
  return {
    organisation: org.name, computedAt: cockpit.computedAt, summary: cockpit.summary,
    perspectives: cockpit.perspectives.map((p) => ({
      perspective: p.perspective,
      counts: { green: p.tiles.filter((t) => t.latest?.light === 'green').length, amber: p.tiles.filter((t) => t.latest?.light === 'amber').length, red: p.tiles.filter((t) => t.latest?.light === 'red').length, none: p.tiles.filter((t) => !t.latest?.light).length },
      kpis: p.tiles.map(strip),
    })),
    reds: reds.map((t) => ({ ...strip(t), note: t.latest!.note, redWithoutAction: t.redWithoutAction, actions: actions.filter((a) => a.kpiId === t.id).map(({ kpiId: _k, ...a }) => a) })),
  };
}
