/** The demo's SWOT, stakeholders and SMART objectives. */
import { describe, expect, it } from 'vitest';
import { strategyMap } from '../modules/performance/strategy.ts';
import { MATRIX_QUADRANTS } from '../modules/strategy/logic/quadrant.ts';
import { listStakeholders } from '../modules/strategy/stakeholders.ts';
import { listSwots, swotDetail } from '../modules/strategy/swot.ts';
import { testAppForFile } from '../server/testing.ts';
import { createDemo } from './generate.ts';
import { DEMO_INCOMPLETE_OBJECTIVE } from './strategy.ts';

const ctx = testAppForFile();

describe('demo strategy', () => {
  it('has a SWOT with every quadrant and strategy kind, twelve stakeholders in all four quadrants, and SMART objectives passing and failing', async () => {
    const demo = await createDemo(ctx.db, { seed: 21, now: new Date('2026-11-23T09:00:00Z') });
    const swots = await listSwots(ctx.db, demo.orgId);
    expect(swots.map((s) => s.year)).toEqual([2026]);
    const swot = await swotDetail(ctx.db, demo.orgId, swots[0]!.id);
    expect(new Set(swot.items.map((i) => i.quadrant))).toEqual(
      new Set(['strength', 'weakness', 'opportunity', 'threat']),
    );
    expect(swot.items.filter((i) => i.kpis.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(swot.items.some((i) => i.surveys.length > 0)).toBe(true);
    expect(swot.strategies.map((s) => s.kind)).toEqual(['SO', 'WO', 'ST', 'WT']);
    expect(swot.strategies.every((s) => s.objectives.length > 0)).toBe(true);
    const stakeholders = await listStakeholders(ctx.db, demo.orgId);
    expect(stakeholders).toHaveLength(12);
    expect(new Set(stakeholders.map((s) => s.quadrant))).toEqual(new Set(MATRIX_QUADRANTS));
    expect(stakeholders.some((s) => s.surveys.length > 0 && s.kpis.length > 0)).toBe(true);
    const map = await strategyMap(ctx.db, demo.orgId);
    expect(map.values).toContain('Respect');
    expect(map.history.some((h) => h.field === 'values')).toBe(true);
    expect(map.objectives.filter((o) => o.smart.passed).length).toBeGreaterThanOrEqual(3);
    expect(map.objectives.find((o) => o.title === DEMO_INCOMPLETE_OBJECTIVE)!.smart.missing).toEqual([
      'acceptable',
      'timeBound',
    ]);
  });
});
