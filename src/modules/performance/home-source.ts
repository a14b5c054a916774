/**
 * What performance shows on Home (the boordtabel): the KPI lights, the red KPIs (and those red
 * without an improvement action), and the perspectives' counts for the board
 * (overdue actions are on Home through the actions' own route).
 */
import type { Db } from '../../server/db.ts';
import { cockpitOf } from './cockpit.ts';

/** The lights of the latest values and every red KPI, worst first: red without action before red with one. */
export async function kpiSignals(db: Db, orgId: string, today: string) {
  const cockpit = await cockpitOf(db, orgId, { today });
  const tiles = cockpit.perspectives.flatMap((p) => p.tiles);
  const red = tiles
    .filter((t) => t.latest?.light === 'red')
    .sort((a, b) => Number(b.redWithoutAction) - Number(a.redWithoutAction) || a.code.localeCompare(b.code))
    .map((t) => ({
      id: t.id,
      code: t.code,
      nameNl: t.nameNl,
      nameEn: t.nameEn,
      period: t.latest!.period,
      frequency: t.frequency,
      redWithoutAction: t.redWithoutAction,
    }));
  return {
    computedAt: cockpit.computedAt,
    summary: cockpit.summary,
    perspectives: cockpit.perspectives.map((p) => ({
      perspective: p.perspective,
      green: p.tiles.filter((t) => t.latest?.light === 'green').length,
      amber: p.tiles.filter((t) => t.latest?.light === 'amber').length,
      red: p.tiles.filter((t) => t.latest?.light === 'red').length,
    })),
    red: red.slice(0, 6),
  };
}
