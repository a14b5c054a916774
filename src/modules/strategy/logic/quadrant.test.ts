import { describe, expect, it } from 'vitest';
import { byPriority, MATRIX_QUADRANTS, matrixQuadrant } from './quadrant.ts';

describe('power–interest matrix', () => {
  it('puts each corner in its quadrant', () => {
    expect(matrixQuadrant(5, 5)).toBe('manage_closely');
    expect(matrixQuadrant(5, 1)).toBe('keep_satisfied');
    expect(matrixQuadrant(1, 5)).toBe('keep_informed');
    expect(matrixQuadrant(1, 1)).toBe('monitor');
  });

  it('counts the midpoint 3 as high, 2 as low', () => {
    expect(matrixQuadrant(3, 3)).toBe('manage_closely');
    expect(matrixQuadrant(3, 2)).toBe('keep_satisfied');
    expect(matrixQuadrant(2, 3)).toBe('keep_informed');
    expect(matrixQuadrant(2, 2)).toBe('monitor');
  });

  it('gives every one of the 25 score pairs exactly one quadrant, and each quadrant is reached', () => {
    const seen = new Set<string>();
    for (let p = 1; p <= 5; p++) for (let i = 1; i <= 5; i++) seen.add(matrixQuadrant(p, i));
    expect([...seen].sort()).toEqual([...MATRIX_QUADRANTS].sort());
  });

  it('raising power or interest never moves a stakeholder to a quadrant with less attention', () => {
    const rank = (p: number, i: number) => MATRIX_QUADRANTS.indexOf(matrixQuadrant(p, i));
    for (let p = 1; p <= 5; p++)
      for (let i = 1; i <= 5; i++) {
        if (p < 5) expect(rank(p + 1, i)).toBeLessThanOrEqual(rank(p, i));
        if (i < 5) expect(rank(p, i + 1)).toBeLessThanOrEqual(rank(p, i));
      }
  });

  it('refuses scores outside 1-5', () => {
    expect(() => matrixQuadrant(0, 3)).toThrow(RangeError);
    expect(() => matrixQuadrant(3, 6)).toThrow(RangeError);
    expect(() => matrixQuadrant(2.5, 3)).toThrow(RangeError);
  });

  it('orders the register by quadrant, then by total score, then by name', () => {
    const s = (name: string, power: number, interest: number, influence: number) => ({
      name,
      power,
      interest,
      influence,
    });
    const list = [
      s('Buurt', 1, 1, 1),
      s('Ouders', 2, 5, 3),
      s('VAPH', 5, 5, 5),
      s('Gemeente', 4, 4, 4),
      s('Bank', 4, 2, 3),
    ];
    expect(list.sort(byPriority).map((x) => x.name)).toEqual(['VAPH', 'Gemeente', 'Bank', 'Ouders', 'Buurt']);
  });
});
