/**
 * What the cockpit, the KPI page and the board view show. `cockpitOf` is the one read of every KPI
 * with its latest value, target, traffic light and sparkline: the same few queries whatever the
 * number of KPIs, after the fingerprint check of the computed values.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/db.ts';
import { ensureComputed, type Computation } from './computed.ts';
import { getKpi, kpiDto, listTargets, type KpiDto, targetsByKpi } from './queries-kpis.ts';
import { lightOf, parsePeriod, periodStart, type Light, type Target } from './logic/index.ts';
import { PERSPECTIVES, type Perspective } from './tables.ts';

export const SPARKLINE = 24;

export interface Point {
  period: string;
  value: number;
  light: Light | null;
  noteMissing: boolean;
}
/** A sparkline point: `noteMissing` only where true (keeps 300 × 24 points small). */
export interface SparkPoint {
  period: string;
  value: number;
  light: Light | null;
  noteMissing?: true;
}
type TileKpi = Pick<
  KpiDto,
  | 'id'
  | 'code'
  | 'nameNl'
  | 'nameEn'
  | 'unit'
  | 'decimals'
  | 'direction'
  | 'frequency'
  | 'ownerId'
  | 'source'
  | 'perspective'
  | 'cafCriterion'
  | 'mape'
  | 'archived'
>;
export interface Tile extends TileKpi {
  ownerName: string | null;
  latest:
    | (Point & { note: string; target: number | null; redThreshold: number | null; source: KpiDto['source'] })
    | null;
  sparkline: SparkPoint[];
  /** A red value among the shown periods without a note ("toelichting ontbreekt"). */
  noteMissing: boolean;
  openActions: number;
  /** The latest value is red and no open improvement action is linked to the KPI. */
  redWithoutAction: boolean;
}

/** First days of period texts: a cockpit meets the same few dozen periods thousands of times. */
const STARTS = new Map<string, string | null>();
function startOf(period: string): string | null {
  let start = STARTS.get(period);
  if (start === undefined) {
    const p = parsePeriod(period);
    start = p ? periodStart(p) : null;
    if (STARTS.size < 10_000) STARTS.set(period, start);
  }
  return start;
}

function point(
  period: string,
  value: number,
  note: string,
  direction: 'up' | 'down',
  targets: Target[],
): Point & { target: Target | null } {
  const start = startOf(period);
  const l = start ? lightOf(value, direction, targets, start) : null;
  return {
    period,
    value,
    light: l?.light ?? null,
    noteMissing: l?.light === 'red' && !note.trim(),
    target: l?.target ?? null,
  };
}

interface TileRow {
  id: string;
  code: string;
  name_nl: string;
  name_en: string;
  unit: KpiDto['unit'];
  decimals: number;
  direction: 'up' | 'down';
  frequency: KpiDto['frequency'];
  owner_id: string | null;
  source: KpiDto['source'];
  perspective: Perspective;
  caf_criterion: number | null;
  mape: KpiDto['mape'];
  owner_name: string | null;
  /** The last 24 values, oldest first, as "period value hasNote source,…" (one row per KPI: PGlite pays per row). */
  spark: string | null;
  last_note: string | null;
  open_actions: number;
}

/**
 * Every KPI of the organisation (not archived) as a tile, grouped per perspective. Reusable
 * server-side (strategy map). Two queries after the fingerprint check: the KPIs with their last 24
 * values aggregated per KPI (index scan on (kpi_id, period) per KPI), and the targets.
 */
export async function cockpitOf(db: Db, orgId: string, opts: { perspective?: Perspective; today?: string } = {}) {
  const { computedAt } = await ensureComputed(db, orgId, opts.today);
  const [kpis, targets] = await Promise.all([
    sql<TileRow>`
      SELECT k.id, k.code, k.name_nl, k.name_en, k.unit, k.decimals, k.direction, k.frequency, k.owner_id, k.source, k.perspective, k.caf_criterion, k.mape,
        u.name AS owner_name, v.spark, v.last_note,
        (SELECT count(*)::int FROM perf_action_kpi ak JOIN perf_action a ON a.id = ak.action_id AND a.org_id = ak.org_id
          WHERE ak.org_id = k.org_id AND ak.kpi_id = k.id AND a.status <> 'done') AS open_actions
      FROM kpi k
      LEFT JOIN app_user u ON u.id = k.owner_id
      CROSS JOIN LATERAL (
        SELECT string_agg(period || ' ' || value::text || ' ' || (note <> '')::int || ' ' || source, ',' ORDER BY period) AS spark,
          (array_agg(note ORDER BY period DESC))[1] AS last_note
        FROM (SELECT period, value, note, source FROM kpi_value x WHERE x.kpi_id = k.id ORDER BY period DESC LIMIT ${SPARKLINE}) y
      ) v
      WHERE k.org_id = ${orgId} AND NOT k.archived ${opts.perspective ? sql`AND k.perspective = ${opts.perspective}` : sql``}
      ORDER BY k.code`
      .execute(db)
      .then((r) => r.rows),
    targetsByKpi(db, orgId),
  ]);
  const tiles: Tile[] = kpis.map((k) => {
    const t = targets.get(k.id) ?? [];
    let lastSource: KpiDto['source'] = 'manual';
    const points = (k.spark ? k.spark.split(',') : []).map((item) => {
      const [period, value, hasNote, source] = item.split(' ') as [string, string, string, string];
      lastSource = source as KpiDto['source'];
      return point(period, Number(value), hasNote === '1' ? 'x' : '', k.direction, t);
    });
    const lp = points[points.length - 1];
    const open = k.open_actions;
    return {
      id: k.id,
      code: k.code,
      nameNl: k.name_nl,
      nameEn: k.name_en,
      unit: k.unit,
      decimals: k.decimals,
      direction: k.direction,
      frequency: k.frequency,
      ownerId: k.owner_id,
      source: k.source,
      perspective: k.perspective,
      cafCriterion: k.caf_criterion,
      mape: k.mape,
      archived: false,
      ownerName: k.owner_name,
      latest: lp
        ? {
            period: lp.period,
            value: lp.value,
            light: lp.light,
            noteMissing: lp.noteMissing,
            note: k.last_note ?? '',
            source: lastSource,
            target: lp.target?.target ?? null,
            redThreshold: lp.target?.redThreshold ?? null,
          }
        : null,
      sparkline: points.map(
        (p): SparkPoint =>
          p.noteMissing
            ? { period: p.period, value: p.value, light: p.light, noteMissing: true }
            : { period: p.period, value: p.value, light: p.light },
      ),
      noteMissing: points.some((p) => p.noteMissing),
      openActions: open,
      redWithoutAction: lp?.light === 'red' && open === 0,
    };
  });
  const count = (l: Light | null) => tiles.filter((x) => (x.latest?.light ?? null) === l).length;
  return {
    computedAt: computedAt?.toISOString() ?? null,
    summary: {
      total: tiles.length,
      green: count('green'),
      amber: count('amber'),
      red: count('red'),
      none: count(null),
      noteMissing: tiles.filter((x) => x.noteMissing).length,
      redWithoutAction: tiles.filter((x) => x.redWithoutAction).length,
    },
    perspectives: PERSPECTIVES.filter((p) => !opts.perspective || p === opts.perspective).map((p) => ({
      perspective: p,
      tiles: tiles.filter((x) => x.perspective === p),
    })),
  };
}
export type Cockpit = Awaited<ReturnType<typeof cockpitOf>>;

/** Improvement actions linked to KPIs (all, or only open ones). */
export async function actionsOfKpis(db: Db, orgId: string, kpiIds: string[], onlyOpen = false) {
  if (!kpiIds.length) return [];
  let q = db
    .selectFrom('perf_action_kpi as ak')
    .innerJoin('perf_action as a', (j) => j.onRef('a.id', '=', 'ak.action_id').onRef('a.org_id', '=', 'ak.org_id'))
    .leftJoin('app_user as u', 'u.id', 'a.owner_id')
    .select(['ak.kpi_id as kpiId', 'a.id', 'a.title', 'a.status', 'a.due_date as dueDate', 'u.name as ownerName'])
    .where('ak.org_id', '=', orgId)
    .where('ak.kpi_id', 'in', kpiIds);
  if (onlyOpen) q = q.where('a.status', '<>', 'done');
  return q.orderBy('a.due_date').execute();
}

/** The KPI page: definition, every value with light, note and computation, targets over time, linked actions and objectives. */
export async function kpiDetail(db: Db, orgId: string, kpiId: string) {
  const row = await getKpi(db, orgId, kpiId);
  if (row.source === 'computed') await ensureComputed(db, orgId);
  const [values, targets, actions, objectives, owner] = await Promise.all([
    db
      .selectFrom('kpi_value as v')
      .leftJoin('app_user as u', 'u.id', 'v.entered_by')
      .select(['v.period', 'v.value', 'v.note', 'v.source', 'v.computation', 'v.updated_at', 'u.name as entered_by'])
      .where('v.org_id', '=', orgId)
      .where('v.kpi_id', '=', kpiId)
      .orderBy('v.period')
      .execute(),
    listTargets(db, orgId, kpiId),
    actionsOfKpis(db, orgId, [kpiId]),
    db
      .selectFrom('perf_objective_kpi as ok')
      .innerJoin('perf_objective as o', (j) =>
        j.onRef('o.id', '=', 'ok.objective_id').onRef('o.org_id', '=', 'ok.org_id'),
      )
      .select(['o.id', 'o.title', 'o.perspective'])
      .where('ok.org_id', '=', orgId)
      .where('ok.kpi_id', '=', kpiId)
      .execute(),
    row.owner_id
      ? db.selectFrom('app_user').select('name').where('id', '=', row.owner_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  return {
    kpi: { ...kpiDto(row), ownerName: owner?.name ?? null },
    values: values.map((v) => {
      const p = point(v.period, Number(v.value), v.note, row.direction, targets);
      return {
        period: v.period,
        value: p.value,
        light: p.light,
        noteMissing: p.noteMissing,
        target: p.target?.target ?? null,
        redThreshold: p.target?.redThreshold ?? null,
        note: v.note,
        source: v.source,
        computation: (v.computation as Computation | null) ?? null,
        enteredBy: v.entered_by,
        updatedAt: v.updated_at.toISOString(),
      };
    }),
    targets,
    actions: actions.map(({ kpiId: _k, ...a }) => a),
    objectives,
  };
}

/** The board view: the cockpit without sparklines, the red KPIs with their notes and open actions. */
export async function boardOf(db: Db, orgId: string) {
  const [cockpit, org] = await Promise.all([
    cockpitOf(db, orgId),
    db.selectFrom('organisation').select('name').where('id', '=', orgId).executeTakeFirstOrThrow(),
  ]);
  const tiles = cockpit.perspectives.flatMap((p) => p.tiles);
  const reds = tiles.filter((t) => t.latest?.light === 'red');
  const actions = await actionsOfKpis(
    db,
    orgId,
    reds.map((r) => r.id),
  );
  const strip = (t: Tile) => ({
    id: t.id,
    code: t.code,
    nameNl: t.nameNl,
    nameEn: t.nameEn,
    unit: t.unit,
    decimals: t.decimals,
    direction: t.direction,
    frequency: t.frequency,
    ownerName: t.ownerName,
    latest: t.latest,
    trend: t.sparkline.slice(-4).map((p) => ({ period: p.period, value: p.value, light: p.light })),
  });
  return {
    organisation: org.name,
    computedAt: cockpit.computedAt,
    summary: cockpit.summary,
    perspectives: cockpit.perspectives.map((p) => ({
      perspective: p.perspective,
      counts: {
        green: p.tiles.filter((t) => t.latest?.light === 'green').length,
        amber: p.tiles.filter((t) => t.latest?.light === 'amber').length,
        red: p.tiles.filter((t) => t.latest?.light === 'red').length,
        none: p.tiles.filter((t) => !t.latest?.light).length,
      },
      kpis: p.tiles.map(strip),
    })),
    reds: reds.map((t) => ({
      ...strip(t),
      note: t.latest!.note,
      redWithoutAction: t.redWithoutAction,
      actions: actions.filter((a) => a.kpiId === t.id).map(({ kpiId: _k, ...a }) => a),
    })),
  };
}
