import { describe, expect, it } from 'vitest';
import { createDemo } from '../../demo/generate.ts';
import { testAppForFile } from '../../server/testing.ts';
import { cockpitOf } from './cockpit.ts';

const ctx = testAppForFile();

describe('demo KPIs', () => {
  it('has the starter set with two years of values, computed ones from the other modules, reds with notes and one without', async () => {
    const now = new Date('2026-11-23T09:00:00Z');
    const demo = await createDemo(ctx.db, { seed: 7, now });
    const cockpit = await cockpitOf(ctx.db, demo.orgId, { today: '2026-11-23' });
    const tiles = cockpit.perspectives.flatMap((p) => p.tiles);
    expect(tiles.length).toBeGreaterThanOrEqual(25);
    const byCode = new Map(tiles.map((t) => [t.code, t]));
    expect(byCode.get('ABSENTEEISM')!.sparkline).toHaveLength(24);
    // Absenteeism is computed from the demo's absences (people module): a plausible percentage.
    expect(byCode.get('ABSENTEEISM')).toMatchObject({ source: 'computed', latest: { period: '2026-10' } });
    expect(byCode.get('ABSENTEEISM')!.latest!.value).toBeGreaterThan(0);
    expect(byCode.get('ABSENTEEISM')!.latest!.value).toBeLessThan(20);
    // Complaints are computed from the complaints register now; the typed reds carry a director's note.
    expect(byCode.get('COMPLAINTS')).toMatchObject({ source: 'computed' });
    expect(byCode.get('INCLUSION')!.latest).toMatchObject({ light: 'red' });
    expect(byCode.get('INCLUSION')!.latest!.note).not.toBe('');
    expect(byCode.get('INCIDENTS')!.latest).toMatchObject({ light: 'red', note: '', noteMissing: true });
    const computed = tiles.filter((t) => t.source === 'computed' && t.latest);
    expect(computed.map((t) => t.code)).toEqual(
      expect.arrayContaining(['OCCUPANCY', 'PERSONNEL_COST_RATIO', 'WAITING_COUNT']),
    );
    expect(byCode.get('OCCUPANCY')!.sparkline.length).toBeGreaterThanOrEqual(12);
    expect(cockpit.summary.red).toBeGreaterThan(0);
  });
});
