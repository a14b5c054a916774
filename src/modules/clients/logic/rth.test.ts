import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_SEED } from './rules.ts';
import { checkRthRegistration, rthContribution, rthPoints, rthUsedPoints, type RthRegistration } from './rth.ts';

const UNIT_TYPES = ['ambulant', 'mobile', 'begeleid_werken', 'group', 'day', 'night'] as const;

describe('RTH points', () => {
  it('counts units × points per unit type and only the asked calendar year', () => {
    expect(rthPoints({ date: '2025-02-03', unitType: 'mobile', units: 2 }, RULE_SEED)).toBe(4_400);
    const regs: RthRegistration[] = [
      { date: '2024-12-31', unitType: 'night', units: 5 },
      { date: '2025-01-02', unitType: 'ambulant', units: 1 },
      { date: '2025-01-03', unitType: 'group', units: 3 },
    ];
    expect(rthUsedPoints(regs, 2025, RULE_SEED)).toBe(1_550 + 2_610);
    expect(rthUsedPoints(regs, 2024, RULE_SEED)).toBe(6_500);
  });
});

describe('checkRthRegistration', () => {
  // 50 ambulant sessions = 7.75 points used; 0.25 left of 8.
  const used: RthRegistration[] = Array.from({ length: 50 }, (_, i) => ({
    date: `2025-0${1 + (i % 9)}-${String(1 + Math.floor(i / 9)).padStart(2, '0')}`,
    unitType: 'ambulant',
    units: 1,
  }));
  it('accepts a registration that fits and says what is left', () => {
    expect(checkRthRegistration(used, { date: '2025-10-01', unitType: 'mobile', units: 1 }, {}, RULE_SEED)).toEqual({
      ok: true,
      neededE4: 2_200,
      usedE4: 77_500,
      capE4: 80_000,
      remainingAfterE4: 300,
    });
  });
  it('refuses the registration that would pass the cap, with the remaining points shown', () => {
    const r = checkRthRegistration(used, { date: '2025-10-01', unitType: 'mobile', units: 2 }, {}, RULE_SEED);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'rth_cap', remainingE4: 2_500, neededE4: 4_400, capE4: 80_000 });
    expect(r.error.nl).toBe(
      'Deze registratie vraagt 0,4400 RTH-punten (2 × mobiele sessie à 0,2200), maar er blijven dit kalenderjaar nog maar 0,2500 van de 8,0000 punten over.',
    );
    expect(r.error.en).toContain('only 0.2500 of the 8.0000 points are left');
  });
  it('uses 7 points with structural volunteers and starts afresh in a new year', () => {
    const r = checkRthRegistration(
      used,
      { date: '2025-10-01', unitType: 'ambulant', units: 1 },
      { withVolunteers: true },
      RULE_SEED,
    );
    expect(!r.ok && r.error).toMatchObject({ code: 'rth_cap', remainingE4: 0 });
    expect(checkRthRegistration(used, { date: '2026-01-05', unitType: 'night', units: 7 }, {}, RULE_SEED).ok).toBe(
      true,
    );
  });
  it('refuses zero, negative or fractional units, bad dates and a second registration of a day and unit type', () => {
    for (const units of [0, -1, 1.5]) {
      const r = checkRthRegistration([], { date: '2025-01-01', unitType: 'day', units }, {}, RULE_SEED);
      expect(!r.ok && r.error.code).toBe('invalid_units');
    }
    expect(checkRthRegistration([], { date: '2025-02-30', unitType: 'day', units: 1 }, {}, RULE_SEED)).toMatchObject({
      ok: false,
      error: { code: 'invalid_date' },
    });
    const dup = checkRthRegistration(used, { date: '2025-01-01', unitType: 'ambulant', units: 1 }, {}, RULE_SEED);
    expect(!dup.ok && dup.error.code).toBe('duplicate_registration');
  });
  it('never lets accepted registrations pass the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.constantFrom(...UNIT_TYPES), units: fc.integer({ min: 1, max: 20 }) }), {
          maxLength: 80,
        }),
        fc.boolean(),
        (tries, volunteers) => {
          const accepted: RthRegistration[] = [];
          tries.forEach((t, i) => {
            const next: RthRegistration = {
              date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`,
              unitType: t.t,
              units: t.units,
            };
            const r = checkRthRegistration(accepted, next, { withVolunteers: volunteers }, RULE_SEED);
            if (r.ok) accepted.push(next);
            else
              expect(
                r.error.code === 'rth_cap' && 'neededE4' in r.error && r.error.neededE4 > r.error.remainingE4,
              ).toBe(true);
          });
          expect(rthUsedPoints(accepted, 2025, RULE_SEED)).toBeLessThanOrEqual(volunteers ? 70_000 : 80_000);
        },
      ),
    );
  });
});

describe('rthContribution', () => {
  it('uses the 2019 maxima per session, day and night', () => {
    expect(rthContribution({ date: '2025-01-01', unitType: 'group', units: 2 }, RULE_SEED)).toBe(1_068);
    expect(rthContribution({ date: '2025-01-01', unitType: 'day', units: 1 }, RULE_SEED)).toBe(1_015);
    expect(rthContribution({ date: '2025-01-01', unitType: 'night', units: 3 }, RULE_SEED)).toBe(7_659);
    expect(() => rthContribution({ date: '2018-12-31', unitType: 'night', units: 1 }, RULE_SEED)).toThrow(/No row/);
  });
});
