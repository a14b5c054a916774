import { describe, expect, it } from 'vitest';
import { arrowPath } from './map-geometry.ts';

describe('strategy map arrows', () => {
  const lower = { x: 0, y: 200, width: 100, height: 50 };
  const upper = { x: 300, y: 0, width: 100, height: 50 };

  it('runs up from the top edge of the contributing objective to the bottom edge of the served one', () => {
    expect(arrowPath(lower, upper)).toBe('M 50 200 C 50 125, 350 125, 350 50');
  });

  it('runs down from the bottom edge when the served objective is lower on the map', () => {
    expect(arrowPath(upper, lower)).toBe('M 350 50 C 350 125, 50 125, 50 200');
  });

  it('bows from side to side within a row', () => {
    const right = { x: 200, y: 200, width: 100, height: 50 };
    expect(arrowPath(lower, right)).toMatch(/^M 100 225 C /);
    expect(arrowPath(right, lower)).toMatch(/^M 200 225 C /);
    expect(arrowPath(lower, right).endsWith('200 225')).toBe(true);
  });
});
