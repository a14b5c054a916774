import { describe, expect, it } from 'vitest';
import type { Registration } from './consumption.ts';
import { validateRegistrations } from './registrations.ts';

const r = (clientId: string, date: string, fn = 'dag', units = 1, pointsE4 = 2_100): Registration => ({
  clientId,
  date,
  function: fn,
  units,
  pointsE4,
});

describe('validateRegistrations', () => {
  it('accepts a clean batch', () => {
    expect(
      validateRegistrations([r('c1', '2025-03-03'), r('c1', '2025-03-03', 'wonen'), r('c2', '2025-03-03')]),
    ).toEqual([]);
  });
  it('refuses a second registration of a client-day-function, in the batch or already stored', () => {
    const problems = validateRegistrations([r('c1', '2025-03-03'), r('c1', '2025-03-03'), r('c2', '2025-03-04')], {
      existing: [r('c2', '2025-03-04')],
    });
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [1, 'duplicate_registration'],
      [2, 'duplicate_registration'],
    ]);
    expect(problems[0]?.nl).toBe('c1 heeft op 2025-03-03 al een registratie voor dag.');
  });
  it('refuses negative or zero units, bad points and bad dates', () => {
    const problems = validateRegistrations([
      r('c1', '2025-03-03', 'dag', -1),
      r('c1', '2025-03-04', 'dag', 1, 0.5),
      r('c1', '2025-02-30'),
    ]);
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [0, 'invalid_units'],
      [1, 'invalid_points'],
      [2, 'invalid_date'],
    ]);
  });
  it('refuses dates outside the client’s funding periods', () => {
    const fundingPeriods = { c1: [{ from: '2025-01-01', to: '2025-03-31' }, { from: '2025-06-01' }] };
    const problems = validateRegistrations(
      [r('c1', '2025-03-31'), r('c1', '2025-04-01'), r('c1', '2026-01-01'), r('c2', '2020-01-01')],
      { fundingPeriods },
    );
    expect(problems.map((p) => [p.index, p.code])).toEqual([[1, 'outside_funding']]);
  });
});
