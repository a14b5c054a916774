import { describe, expect, it } from 'vitest';
import { effectiveEnd, fteOn, termsOverTime, yearlyCostCents } from './agreements.ts';
import { addMonths } from './dates.ts';
import {
  currentPhase,
  DEFAULT_FUNDING_CENTS,
  fundingOn,
  nextPhase,
  phaseSpans,
  successRates,
  transitionDeadline,
  warningsOn,
} from './trajectories.ts';

const terms = {
  scopeUnit: 'hours_per_week' as const,
  scopeAmount: 19,
  priceUnit: 'hour' as const,
  priceCents: 1_250,
  startOn: '2026-03-01',
  endOn: null,
};

describe('agreement cost', () => {
  it('counts only the days of the year the agreement runs', () => {
    // 1 March to 31 December 2026: 306 days.
    expect(yearlyCostCents(terms, [], 2026)).toBe(Math.round(((19 * 306) / 7) * 1_250));
    expect(yearlyCostCents(terms, [], 2025)).toBe(0);
    expect(yearlyCostCents({ ...terms, endOn: '2026-03-07' }, [], 2026)).toBe(19 * 1_250);
  });

  it('prices FTE per year and converts hours and FTE at 38 hours a week', () => {
    const fte = {
      ...terms,
      scopeUnit: 'fte' as const,
      scopeAmount: 0.5,
      priceUnit: 'fte_year' as const,
      priceCents: 3_000_000,
      startOn: '2026-01-01',
    };
    expect(yearlyCostCents(fte, [], 2026)).toBe(1_500_000);
    expect(yearlyCostCents({ ...fte, scopeUnit: 'hours_per_week', scopeAmount: 19 }, [], 2026)).toBe(1_500_000);
    expect(yearlyCostCents({ ...fte, priceUnit: 'hour', priceCents: 1_000 }, [], 2026)).toBe(
      Math.round(((19 * 365) / 7) * 1_000),
    );
    expect(fteOn(fte, [], '2026-06-01')).toBe(0.5);
    expect(fteOn(fte, [], '2025-06-01')).toBe(0);
  });

  it('applies amendments from their effective date, whatever order they were entered in', () => {
    const amendments = [
      { effectiveOn: '2026-09-01', scopeAmount: null, priceCents: 1_500, endOn: null },
      { effectiveOn: '2026-06-01', scopeAmount: 24, priceCents: null, endOn: '2027-02-28' },
    ];
    expect(termsOverTime(terms, amendments)).toEqual([
      { from: '2026-03-01', to: '2026-05-31', scopeAmount: 19, priceCents: 1_250 },
      { from: '2026-06-01', to: '2026-08-31', scopeAmount: 24, priceCents: 1_250 },
      { from: '2026-09-01', to: '2027-02-28', scopeAmount: 24, priceCents: 1_500 },
    ]);
    expect(effectiveEnd(terms, amendments)).toBe('2027-02-28');
    const expected = ((19 * 92) / 7) * 1_250 + ((24 * 92) / 7) * 1_250 + ((24 * 122) / 7) * 1_500;
    expect(yearlyCostCents(terms, amendments, 2026)).toBe(Math.round(expected));
    expect(yearlyCostCents(terms, amendments, 2027)).toBe(Math.round(((24 * 59) / 7) * 1_500));
  });

  it('an amendment on the start date replaces the original terms', () => {
    const periods = termsOverTime(terms, [
      { effectiveOn: '2026-03-01', scopeAmount: 10, priceCents: null, endOn: null },
    ]);
    expect(periods).toEqual([{ from: '2026-03-01', to: null, scopeAmount: 10, priceCents: 1_250 }]);
  });
});

describe('transition trajectories', () => {
  it('adds calendar months, keeping the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('gives each phase its maximum duration and marks an overrun', () => {
    const starts = [
      { phase: 'jobmatching' as const, startedOn: '2026-02-01' },
      { phase: 'voortraject' as const, startedOn: '2026-01-01' },
    ];
    const spans = phaseSpans(starts, null, '2026-06-15');
    expect(spans).toEqual([
      { phase: 'voortraject', startedOn: '2026-01-01', endedOn: '2026-02-01', dueOn: '2026-01-31', overrun: true },
      { phase: 'jobmatching', startedOn: '2026-02-01', endedOn: null, dueOn: '2026-04-30', overrun: true },
    ]);
    expect(currentPhase(starts, null)).toBe('jobmatching');
    expect(currentPhase(starts, '2026-06-01')).toBeNull();
    expect([nextPhase(null), nextPhase('jobmatching'), nextPhase('nazorg')]).toEqual(['voortraject', 'stage', null]);
  });

  it('sets the LDE transition deadline at five years, six by exception', () => {
    expect(transitionDeadline('2021-09-01', false)).toBe('2026-08-31');
    expect(transitionDeadline('2021-09-01', true)).toBe('2027-08-31');
  });

  it('warns before a phase or the deadline ends, not for workers who left or finished', () => {
    const base = { deadlineException: false, active: true };
    const warnings = warningsOn(
      [
        {
          ...base,
          workerId: 'a',
          workerName: 'Ann',
          ldeStartOn: null,
          trajectory: { starts: [{ phase: 'voortraject', startedOn: '2026-05-10' }], outcomeOn: null },
        },
        { ...base, workerId: 'b', workerName: 'Bart', ldeStartOn: '2021-10-01', trajectory: null },
        { ...base, workerId: 'c', workerName: 'Cor', ldeStartOn: '2021-10-01', active: false, trajectory: null },
        {
          ...base,
          workerId: 'd',
          workerName: 'Dirk',
          ldeStartOn: '2021-10-01',
          trajectory: { starts: [{ phase: 'stage', startedOn: '2026-01-01' }], outcomeOn: '2026-03-01' },
        },
        {
          ...base,
          workerId: 'e',
          workerName: 'Els',
          ldeStartOn: '2024-01-01',
          trajectory: { starts: [{ phase: 'nazorg', startedOn: '2026-05-01' }], outcomeOn: null },
        },
      ],
      '2026-06-01',
    );
    expect(warnings.map((w) => [w.workerName, w.kind, w.dueOn, w.daysLeft])).toEqual([
      ['Ann', 'phase_end', '2026-06-09', 8],
      ['Bart', 'transition_deadline', '2026-09-30', 121],
    ]);
  });

  it('takes the funding from the rule valid on the start date, else the default', () => {
    const rules = [
      { validFrom: '2024-01-01', validTo: '2025-12-31', amountCents: 400_000 },
      { validFrom: '2026-01-01', validTo: null, amountCents: 450_000 },
    ];
    expect(fundingOn(rules, '2025-06-01')).toBe(400_000);
    expect(fundingOn(rules, '2026-06-01')).toBe(450_000);
    expect(fundingOn(rules, '2023-06-01')).toBe(DEFAULT_FUNDING_CENTS);
    expect(DEFAULT_FUNDING_CENTS).toBe(420_000);
  });

  it('counts success per partner and year of outcome, per partner and in all', () => {
    const rates = successRates([
      { partnerId: 'p', outcome: 'hired', outcomeOn: '2025-04-01' },
      { partnerId: 'p', outcome: 'stopped', outcomeOn: '2025-09-01' },
      { partnerId: 'p', outcome: 'regular_elsewhere', outcomeOn: '2026-01-10' },
      { partnerId: 'q', outcome: 'back_to_partner', outcomeOn: '2026-02-01' },
    ]);
    const find = (partnerId: string | null, year: number | null) =>
      rates.find((r) => r.partnerId === partnerId && r.year === year);
    expect(find('p', 2025)).toMatchObject({ finished: 2, succeeded: 1, rate: 0.5 });
    expect(find('p', null)).toMatchObject({ finished: 3, succeeded: 2 });
    expect(find('q', 2026)).toMatchObject({ finished: 1, succeeded: 0, rate: 0 });
    expect(find(null, null)).toMatchObject({ finished: 4, succeeded: 2, rate: 0.5 });
  });
});
