import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM } from './sociale-balans-form.ts';
import { sampleData } from './sociale-balans-sample.ts';
import { socialeBalans } from './sociale-balans.ts';
import { spellsOf } from './sociale-balans-time.ts';
import { CONTRACT_TYPES, type PeopleData } from './types.ts';

const NO_SIZE = { turnoverCents: null, balanceTotalCents: null };
const valuesOf = (b: ReturnType<typeof socialeBalans>) => new Map(b.figures.map((f) => [f.code, f.value]));

describe('sociale balans, hand-computed', () => {
  const b = socialeBalans(sampleData(), 2025, 8_500_000, NO_SIZE);
  const v = valuesOf(b);

  it('averages the twelve month-end counts by sex (100), a part-timer counting her fraction', () => {
    expect(v.get('1001')).toBeCloseTo(17 / 12, 9);
    expect(v.get('10011')).toBeCloseTo(1, 9);
    expect(v.get('10012')).toBeCloseTo(5 / 12, 9);
    expect(v.get('1002')).toBeCloseTo(10 / 12, 9);
    expect(v.get('1003')).toBeCloseTo(22 / 12, 9);
    expect(b.figures.find((f) => f.code === '1002')!.ids).toEqual(['e2']);
  });

  it('takes hours and costs from payroll (101, 102), someone leaving mid-month counted by her contract', () => {
    expect([v.get('1011'), v.get('1012'), v.get('1013')]).toEqual([2880, 800, 3680]);
    expect([v.get('1021'), v.get('1022'), v.get('1023')]).toEqual([6_600_000, 2_000_000, 8_600_000]);
    expect(b.crossCheck).toEqual({ payrollCents: 8_600_000, ledgerCents: 8_500_000, differenceCents: 100_000 });
  });

  it('counts at the closing date by contract type, sex, education and category (105-134)', () => {
    expect([v.get('1051'), v.get('1052'), v.get('1053')]).toEqual([1, 1, 1.5]);
    expect([v.get('110'), v.get('111'), v.get('120'), v.get('121')]).toEqual([2, 0, 1, 1]);
    expect([v.get('1201'), v.get('1213'), v.get('1200')]).toEqual([1, 1, 0]);
    expect([v.get('134'), v.get('132')]).toEqual([2, 0]);
  });

  it('derives entries and exits from spells: a conversion fixed-term → indefinite is neither (Part II)', () => {
    expect([v.get('205'), v.get('2052'), v.get('211'), v.get('210')]).toEqual([1, 1, 1, 0]);
    expect([v.get('305'), v.get('310'), v.get('340'), v.get('3402')]).toEqual([1, 1, 1, 1]);
    expect(b.figures.find((f) => f.code === '205')!.ids).toEqual(['e2']);
  });

  it('gives training by kind and sex with net cost = gross − subsidies + contributions (Part III)', () => {
    expect([v.get('5801'), v.get('5802'), v.get('5803')]).toEqual([1, 8, 45_000]);
    expect([v.get('5811'), v.get('5812'), v.get('5813')]).toEqual([1, 4, 0]);
  });

  it('lists what is missing per code with the reason, never a zero', () => {
    const reasons = new Map(b.missing.map((m) => [m.code, m.reason]));
    for (const code of ['5821', '5831', '5843', '5853', '150', '1511', '152'])
      expect(reasons.get(code), code).toBe('none_registered');
    for (const code of reasons.keys()) expect(v.has(code), code).toBe(false);
  });

  it('chooses the abbreviated model for a small association and leaves 103 out', () => {
    expect(b.model).toBe('abbreviated');
    expect(b.mustFile).toBe(false);
    expect(v.has('1033')).toBe(false);
    const big = socialeBalans(sampleData(), 2025, null, {
      turnoverCents: 1_000_000_000,
      balanceTotalCents: 500_000_000,
    });
    expect(big.model).toBe('full');
    expect(valuesOf(big).get('1033')).toBe(0);
    // The association thresholds of the NBB: € 7.3M receipts and € 3.65M balance total, two of three.
    const vzw = (turnoverCents: number, balanceTotalCents: number) =>
      socialeBalans(sampleData(), 2025, null, { turnoverCents, balanceTotalCents }).model;
    expect(vzw(800_000_000, 400_000_000)).toBe('full');
    expect(vzw(800_000_000, 300_000_000)).toBe('abbreviated');
    expect(big.crossCheck.differenceCents).toBeNull();
  });

  it('refuses incomplete payroll, unknown education and exits without reason as missing', () => {
    const data = sampleData();
    data.payroll = data.payroll.filter((p) => !(p.employeeId === 'e2' && p.month === '2025-12-01'));
    data.contracts[3] = { ...data.contracts[3]!, endsOn: null, exitReason: null };
    data.contracts.push({
      ...data.contracts[0]!,
      id: 'c5',
      employeeId: 'e1',
      startsOn: '2019-01-01',
      endsOn: '2019-06-30',
    });
    const c = socialeBalans(data, 2025, null, NO_SIZE);
    const missing = new Map(c.missing.map((m) => [m.code, m]));
    expect(missing.get('1013')).toEqual({ code: '1013', reason: 'payroll_incomplete', ids: ['e2', 'e3'] });
    expect(missing.get('1210')).toEqual({ code: '1210', reason: 'education_unknown', ids: ['e3'] });
    expect(valuesOf(c).has('1013')).toBe(false);
    const exitless = sampleData();
    exitless.contracts[3] = { ...exitless.contracts[3]!, exitReason: null };
    const d = socialeBalans(exitless, 2025, null, NO_SIZE);
    expect(d.missing.find((m) => m.code === '343')).toMatchObject({ reason: 'exit_reason_unknown', ids: ['e3'] });
  });

  it('splits agency and placed staff by the part of their period in the year (150-152)', () => {
    const data = sampleData();
    data.externals = [
      {
        id: 'x1',
        kind: 'agency',
        description: 'zomer',
        startsOn: '2025-07-01',
        endsOn: '2025-08-31',
        fte: 1,
        hours: 300,
        costCents: 900_000,
      },
      {
        id: 'x2',
        kind: 'placed',
        description: 'OCMW',
        startsOn: '2024-07-02',
        endsOn: '2025-12-31',
        fte: 0.5,
        hours: 1000,
        costCents: 1_000_000,
      },
    ];
    const v2 = valuesOf(socialeBalans(data, 2025, null, NO_SIZE));
    expect(v2.get('1501')).toBeCloseTo(62 / 365, 9);
    expect(v2.get('1502')).toBeCloseTo(0.5, 9);
    expect(v2.get('1511')).toBe(300);
    expect(v2.get('1512')).toBeCloseTo(1000 * (365 / 548), 6);
    expect(v2.get('152')).toBe(900_000 + Math.round((1_000_000 * 365) / 548));
  });
});

const day = fc
  .integer({ min: 0, max: 5 * 365 })
  .map((n) => new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10));
const people = fc
  .array(
    fc.record({
      sex: fc.constantFrom('male' as const, 'female' as const),
      contracts: fc.array(
        fc.record({
          start: day,
          length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
          hours: fc.integer({ min: 1, max: 38 }),
          type: fc.constantFrom(...CONTRACT_TYPES),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { maxLength: 12 },
  )
  .map((list): PeopleData => {
    const employees = list.map((p, i) => ({
      id: `e${i}`,
      externalRef: null,
      firstName: 'X',
      lastName: 'Y',
      sex: p.sex,
      birthYear: 1980,
      education: 'secondary' as const,
    }));
    const contracts = list.flatMap((p, i) =>
      p.contracts.map((c, j) => ({
        id: `c${i}-${j}`,
        employeeId: `e${i}`,
        startsOn: c.start,
        endsOn:
          c.length === null ? null : new Date(Date.parse(c.start) + c.length * 86_400_000).toISOString().slice(0, 10),
        contractType: c.type,
        weeklyHours: c.hours,
        fullTimeHours: 38,
        category: 'employee' as const,
        jointCommittee: '',
        functionTitle: '',
        monthlyCostCents: 0,
        exitReason: 'other' as const,
      })),
    );
    return { employees, contracts, payroll: [], absences: [], trainings: [], externals: [] };
  });

describe('sociale balans, properties', () => {
  it('men + women = total, FTE ≤ headcount, the types add up to the entries and exits', () => {
    const sexed = FORM.flatMap((s) => s.lines).filter((l) => l.cells.men === `${l.code}1` && l.cells.total === l.code);
    fc.assert(
      fc.property(people, fc.integer({ min: 2022, max: 2026 }), (data, year) => {
        const v = valuesOf(socialeBalans(data, year, null, NO_SIZE));
        const get = (c: string) => v.get(c) ?? 0;
        for (const l of sexed)
          if (v.has(l.code)) expect(get(`${l.code}1`) + get(`${l.code}2`)).toBeCloseTo(get(l.code), 9);
        expect(get('1003')).toBeLessThanOrEqual(get('1001') + get('1002') + 1e-9);
        expect(get('1053')).toBeLessThanOrEqual(get('1051') + get('1052') + 1e-9);
        expect(get('210') + get('211') + get('212') + get('213')).toBe(get('205'));
        expect(get('310') + get('311') + get('312') + get('313')).toBe(get('305'));
        expect(get('110') + get('111') + get('112') + get('113')).toBe(get('1051') + get('1052'));
        const spells = spellsOf(data.contracts);
        expect(spells.length).toBeGreaterThanOrEqual(new Set(data.contracts.map((c) => c.employeeId)).size);
      }),
      { numRuns: 200 },
    );
  });
});
