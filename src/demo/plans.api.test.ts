/** The demo's strategy map and improvement actions. */
import { describe, expect, it } from 'vitest';
import { listActions } from '../modules/performance/actions.ts';
import { cycleThrough } from '../modules/performance/logic/strategy-graph.ts';
import { strategyMap } from '../modules/performance/strategy.ts';
import { testAppForFile } from '../server/testing.ts';
import { createDemo } from './generate.ts';

const ctx = testAppForFile();

describe('demo strategy map and actions', () => {
  it('draws a mission with objectives in every perspective and actions in every PDCA step, some overdue', async () => {
    const demo = await createDemo(ctx.db, { seed: 21, now: new Date('2026-11-23T09:00:00Z') });
    const map = await strategyMap(ctx.db, demo.orgId);
    expect(map.mission).toContain('goed leven');
    expect(new Set(map.objectives.map((o) => o.perspective))).toEqual(
      new Set(['mission', 'clients', 'financial', 'processes', 'learning']),
    );
    const links = map.objectives.flatMap((o) => o.supports.map((to) => ({ from: o.id, to })));
    for (const o of map.objectives) expect(cycleThrough(links, o.id, o.supports)).toEqual([]);
    // Every objective but the mission contributes to another one.
    expect(map.objectives.filter((o) => o.perspective !== 'mission' && !o.supports.length)).toEqual([]);
    const kpisOnMap = map.objectives.flatMap((o) => o.kpiIds);
    expect(new Set(kpisOnMap).size).toBe(kpisOnMap.length);
    // Every objective is measured by starter-set KPIs, and the map shows their traffic lights.
    expect(map.objectives.filter((o) => !o.kpiIds.length)).toEqual([]);
    expect(map.kpis.filter((k) => kpisOnMap.includes(k.id) && k.light !== null).length).toBeGreaterThan(
      kpisOnMap.length / 2,
    );
    const actions = await listActions(ctx.db, demo.orgId, '2026-11-23');
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['plan', 'do', 'check', 'act', 'done']));
    expect(actions.filter((a) => a.overdue).length).toBeGreaterThanOrEqual(3);
    expect(actions.every((a) => a.owner !== null)).toBe(true);
    // The CAF round's improvement points are linked to subcriteria, the other actions to KPIs.
    expect(actions.filter((a) => !a.caf.length && !a.kpis.length)).toEqual([]);
  });
});
