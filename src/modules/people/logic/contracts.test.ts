import { describe, expect, it } from 'vitest';
import { currentOrLast, firstOverlap, fteOf, overlaps, runningOn, spellStart } from './contracts.ts';

const a = { id: 'a', startsOn: '2024-01-01', endsOn: '2024-06-30' };
const b = { id: 'b', startsOn: '2024-07-01', endsOn: null };
const c = { id: 'c', startsOn: '2025-03-01', endsOn: '2025-12-31' };

describe('contract rules', () => {
  it('finds overlaps, open ends included, and ignores the contract itself', () => {
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(b, c)).toBe(true);
    expect(overlaps(a, { startsOn: '2024-06-30', endsOn: '2024-06-30' })).toBe(true);
    expect(firstOverlap([a, b], { startsOn: '2023-01-01', endsOn: '2024-01-01' })).toBe(a);
    expect(firstOverlap([a, b], { id: 'b', startsOn: '2024-07-01', endsOn: '2024-12-31' })).toBeUndefined();
  });

  it('picks the running contract, or the last one before the day', () => {
    expect(runningOn([a, b], '2024-06-30')).toBe(a);
    expect(runningOn([a], '2024-07-01')).toBeUndefined();
    expect(currentOrLast([a], '2025-01-01')).toBe(a);
    expect(currentOrLast([a], '2023-01-01')).toBeUndefined();
  });

  it('a run of contracts without a gap is one spell', () => {
    expect(spellStart([a, b], b)).toBe('2024-01-01');
    const gap = { id: 'g', startsOn: '2024-07-02', endsOn: null };
    expect(spellStart([a, gap], gap)).toBe('2024-07-02');
  });

  it('computes the working-time fraction', () => {
    expect(fteOf(19, 38)).toBe(0.5);
    expect(fteOf(30.4, 38)).toBe(0.8);
    expect(fteOf(25, 38)).toBe(0.6579);
  });
});
