import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/calendar.ts';
import { absenteeism, countedUntil, isLongSpell, sickSpells } from './absenteeism.ts';
import type { Absence, Contract } from './types.ts';

const contract = (c: Partial<Contract> & Pick<Contract, 'employeeId' | 'startsOn'>): Contract => ({
  id: `c-${c.employeeId}-${c.startsOn}`,
  endsOn: null,
  contractType: 'indefinite',
  weeklyHours: 38,
  fullTimeHours: 38,
  category: 'employee',
  jointCommittee: '319.01',
  functionTitle: 'Begeleider',
  monthlyCostCents: 400_000,
  exitReason: null,
  ...c,
});
const sick = (employeeId: string, startsOn: string, endsOn: string): Absence => ({
  id: `${employeeId}-${startsOn}`,
  employeeId,
  kind: 'sickness',
  startsOn,
  endsOn,
  hours: 0,
});

describe('absenteeism (DOMAIN.md §5: sick days per 100 days to be worked)', () => {
  it('splits at one month and stops counting a year after the start', () => {
    expect(isLongSpell({ startsOn: '2025-01-05', endsOn: '2025-02-03' })).toBe(false);
    expect(isLongSpell({ startsOn: '2025-01-05', endsOn: '2025-02-04' })).toBe(true);
    expect(isLongSpell({ startsOn: '2025-01-31', endsOn: '2025-02-27' })).toBe(true);
    expect(countedUntil({ startsOn: '2024-03-04', endsOn: '2026-01-01' })).toBe('2025-03-03');
    expect(countedUntil({ startsOn: '2024-03-04', endsOn: '2024-04-01' })).toBe('2024-04-01');
  });

  it('joins a prolongation into one spell, so two short certificates can make a long one', () => {
    const spells = sickSpells([
      sick('a', '2025-03-17', '2025-03-31'),
      sick('a', '2025-03-03', '2025-03-16'),
      sick('b', '2025-03-05', '2025-03-06'),
      { ...sick('a', '2025-04-01', '2025-04-04'), kind: 'work_accident' },
    ]);
    expect(spells).toEqual([
      { employeeId: 'a', startsOn: '2025-03-03', endsOn: '2025-03-31' },
      { employeeId: 'b', startsOn: '2025-03-05', endsOn: '2025-03-06' },
    ]);
    const march = absenteeism(
      {
        contracts: [contract({ employeeId: 'a', startsOn: '2020-01-01' })],
        absences: [sick('a', '2025-03-03', '2025-03-14'), sick('a', '2025-03-15', '2025-04-30')],
      },
      '2025-03-01',
      '2025-03-31',
    );
    // March 2025: 21 weekdays; 3-31 March is 21 weekdays, all long (the spell runs to 30 April)
    expect(march).toMatchObject({ shortDays: 0, longDays: 21, daysToWork: 21, short: 0, long: 100, total: 100 });
  });

  it('weighs days by the working-time fraction and counts only days under contract', () => {
    const half = contract({ employeeId: 'h', startsOn: '2025-06-01', endsOn: '2025-06-30', weeklyHours: 19 });
    const full = contract({ employeeId: 'f', startsOn: '2025-01-01' });
    const r = absenteeism(
      {
        contracts: [half, full],
        absences: [sick('h', '2025-06-25', '2025-07-04'), sick('f', '2025-06-02', '2025-06-03')],
      },
      '2025-06-01',
      '2025-06-30',
    );
    // June 2025: 21 weekdays; h: 21 × ½ to work, 25-30 June = 4 weekdays × ½ sick; f: 2 days sick
    expect(r).toMatchObject({ daysToWork: 31.5, shortDays: 4, longDays: 0 });
    expect(r.short).toBe(Math.round((4 / 31.5) * 10_000) / 100);
    expect(absenteeism({ contracts: [], absences: [] }, '2025-01-01', '2025-01-31').total).toBeNull();
  });

  it('never counts more sick days than days to be worked, and short + long = total (property)', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays('2024-01-01', n));
    const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ who: fc.constantFrom('a', 'b'), span, hours: fc.constantFrom(19, 30.4, 38) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.array(fc.record({ who: fc.constantFrom('a', 'b'), span }), { maxLength: 5 }),
        span,
        (cs, as, [from, to]) => {
          // at most one contract at a time per person: keep the first per person
          const contracts = ['a', 'b'].flatMap((who) => {
            const c = cs.find((x) => x.who === who);
            return c
              ? [contract({ employeeId: who, startsOn: c.span[0], endsOn: c.span[1], weeklyHours: c.hours })]
              : [];
          });
          const r = absenteeism({ contracts, absences: as.map((a) => sick(a.who, a.span[0], a.span[1])) }, from, to);
          expect(r.shortDays + r.longDays).toBeLessThanOrEqual(r.daysToWork + 1e-9);
          if (r.total !== null) expect(Math.abs(r.total - (r.short! + r.long!))).toBeLessThanOrEqual(0.011);
        },
      ),
    );
  });
});
