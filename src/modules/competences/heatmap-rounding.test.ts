/** The heat map API's coverage is rounded to a tenth of a percent (issue 13: "API values unrounded"). */
import { describe, expect, it } from 'vitest';
import type { Heatmap } from './schema.ts';
import { roundedHeatmap } from './team.ts';

const row = (coverage: number | null): Heatmap['rows'][number] => ({
  competenceId: '00000000-0000-4000-8000-000000000001',
  name: 'Snoezelen',
  cluster: '',
  byLevel: [1, 1, 1, 0, 0],
  neededLevel: 2,
  holders: 2,
  needing: 3,
  meeting: 2,
  coverage,
  risk: null,
  byProfile: [],
});

describe('roundedHeatmap', () => {
  it('rounds the coverage share to 3 decimals and leaves the counts', () => {
    const map: Heatmap = {
      profileId: null,
      people: 3,
      profiles: [],
      rows: [row(2 / 3), row(1 / 7), row(null), row(0.5)],
      risks: { uncovered: 0, single: 0 },
    };
    const rounded = roundedHeatmap(map);
    expect(rounded.rows.map((r) => r.coverage)).toEqual([0.667, 0.143, null, 0.5]);
    expect(rounded.rows[0]).toEqual({ ...map.rows[0], coverage: 0.667 });
    expect(rounded.people).toBe(3);
  });
});
