/**
 * What the cockpit, the KPI page and the board view show. `cockpitOf` is the one read of every KPI
 * with its latest value, target, traffic light and sparkline: the same few queries whatever the
 * number of KPIs, after the fingerprint check of the computed values.
 */
import type { Db } from '../../server/db.ts';
import { ensureComputed, type Computation } from './computed.ts';
import { getKpi, kpiDto, kpiHeading, listTargets, type KpiDto, targetsByKpi } from './queries-kpis.ts';
import { lightOf, parsePeriod, periodStart, type Light, type Target } from './logic/index.ts';
import {
  actionsOfKpis,
  objectivesOfKpi,
  organisationName,
  ownerNameOfKpi,
  tileRows,
  valuesOfKpi,
} from './queries-cockpit.ts';
import { PERSPECTIVES, type Perspective } from './tables.ts';

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

/**
 * Every KPI of the organisation (not archived) as a tile, grouped per perspective. Reusable
 * server-side (strategy map). Two queries after the fingerprint check: the KPIs with their last 24
 * values aggregated per KPI (index scan on (kpi_id, period) per KPI), and the targets.
 */
export async function cockpitOf(db: Db, orgId: string, opts: { perspective?: Perspective; today?: string } = {}) {
  const { computedAt } = await ensureComputed(db, orgId, opts.today);
  const [kpis, targets] = await Promise.all([tileRows(db, orgId, opts.perspective), targetsByKpi(db, orgId)]);
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
      ...kpiHeading(k),
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

/** The KPI page: definition, every value with light, note and computation, targets over time, linked actions and objectives. */
export async function kpiDetail(db: Db, orgId: string, kpiId: string) {
  const row = await getKpi(db, orgId, kpiId);
  if (row.source === 'computed') await ensureComputed(db, orgId);
  const [values, targets, actions, objectives, owner] = await Promise.all([
    valuesOfKpi(db, orgId, kpiId),
    listTargets(db, orgId, kpiId),
    actionsOfKpis(db, orgId, [kpiId]),
    objectivesOfKpi(db, orgId, kpiId),
    ownerNameOfKpi(db, orgId, kpiId),
  ]);
  return {
    kpi: { ...kpiDto(row), ownerName: owner },
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
  const [cockpit, org] = await Promise.all([cockpitOf(db, orgId), organisationName(db, orgId)]);
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
    organisation: org,
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
