/** The value grid: the KPIs of one frequency × a range of periods, with lights and notes. */
import type { Db } from '../../server/db.ts';
import { ensureComputed } from './computed.ts';
import {
  formatPeriod,
  lastPeriods,
  lightOf,
  parsePeriod,
  periodRange,
  periodStart,
  type Frequency,
} from './logic/index.ts';
import { kpiHeading, targetsByKpi } from './queries-kpis.ts';
import { today } from '../../lib/calendar.ts';

const DEFAULT_SPAN = { month: 12, quarter: 8, year: 5 };

export async function valueGrid(
  db: Db,
  orgId: string,
  q: { frequency: Frequency; from?: string | undefined; to?: string | undefined },
) {
  await ensureComputed(db, orgId);
  const to =
    q.to && parsePeriod(q.to)?.frequency === q.frequency
      ? parsePeriod(q.to)!
      : parsePeriod(lastPeriods(today(), q.frequency, 1)[0]!)!;
  const from =
    q.from && parsePeriod(q.from)?.frequency === q.frequency
      ? parsePeriod(q.from)!
      : parsePeriod(lastPeriods(periodStart(to), q.frequency, DEFAULT_SPAN[q.frequency])[0]!)!;
  const periods = periodRange(from, to, 120);
  const kpis = await db
    .selectFrom('kpi')
    .select([
      'id',
      'code',
      'name_nl',
      'name_en',
      'unit',
      'decimals',
      'direction',
      'source',
      'perspective',
      'value_min',
      'value_max',
    ])
    .where('org_id', '=', orgId)
    .where('archived', '=', false)
    .where('frequency', '=', q.frequency)
    .orderBy('perspective')
    .orderBy('code')
    .execute();
  const ids = kpis.map((k) => k.id);
  const [values, targets] = await Promise.all([
    ids.length && periods.length
      ? db
          .selectFrom('kpi_value')
          .select(['kpi_id', 'period', 'value', 'note', 'source'])
          .where('org_id', '=', orgId)
          .where('kpi_id', 'in', ids)
          .where('period', 'in', periods)
          .execute()
      : Promise.resolve([]),
    targetsByKpi(db, orgId, ids),
  ]);
  return {
    frequency: q.frequency,
    from: formatPeriod(from),
    to: formatPeriod(to),
    periods,
    kpis: kpis.map((k) => ({
      ...kpiHeading(k),
      source: k.source,
      perspective: k.perspective,
      valueMin: k.value_min === null ? null : Number(k.value_min),
      valueMax: k.value_max === null ? null : Number(k.value_max),
      targets: targets.get(k.id) ?? [],
      values: Object.fromEntries(
        values
          .filter((v) => v.kpi_id === k.id)
          .map((v) => {
            const l = lightOf(
              Number(v.value),
              k.direction,
              targets.get(k.id) ?? [],
              periodStart(parsePeriod(v.period)!),
            );
            return [v.period, { value: Number(v.value), note: v.note, source: v.source, light: l?.light ?? null }];
          }),
      ),
    })),
  };
}
