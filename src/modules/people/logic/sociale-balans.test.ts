import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formOf, formRounded, modelCodes } from './sociale-balans-form.ts';
import { sampleData } from './sociale-balans-sample.ts';
import { socialeBalans } from './sociale-balans.ts';
import { spellsOf } from './sociale-balans-time.ts';
import { CONTRACT_TYPES, type PeopleData } from './types.ts';

const NO_SIZE = { turnoverCents: null, balanceTotalCents: null };
const BIG = { turnoverCents: 1_000_000_000, balanceTotalCents: 500_000_000 };
const valuesOf = (b: ReturnType<typeof socialeBalans>) => new Map(b.figures.map((f) => [f.code, f.value]));

/**
 * The lines of each model in the order of the NBB's filing form, with their cell codes (line code +
 * column number; during the year in the full model: total, men …1, women …2). Sources: the NBB's
 * models of the sociale balans (full: sex split since 2012, "VOL 6 - Opdeling van de staat van de
 * tewerkgestelde personen volgens het geslacht", driessensaccountants.be news of 8/1/2013; NBB FAQ
 * sociale balans no. 3: 10231/10232, 58032/58132); cells as 1303 "Managers in FTE"
 * (trendstop.knack.be/en/key-figure/workforce--ra25); the abbreviated model without 103, 150-152 and
 * the breakdown of movements (www.icb-institute.be/verkort-model/); 340-343 and 350 (ICB, "Tabel van
 * de personeelsbewegingen"). See docs/sociale-balans.md.
 */
const CLOSING = [
  ['105', '1051', '1052', '1053'],
  ...['110', '111', '112', '113'].map((l) => [l, `${l}1`, `${l}2`, `${l}3`]),
  ...['120', '1200', '1201', '1202', '1203', '121', '1210', '1211', '1212', '1213'].map((l) => [
    l,
    `${l}1`,
    `${l}2`,
    `${l}3`,
  ]),
  ...['130', '134', '132', '133'].map((l) => [l, `${l}1`, `${l}2`, `${l}3`]),
];
const TRAINING = [
  ['5801', '5801', '5811'],
  ['5802', '5802', '5812'],
  ['5803', '5803', '5813'],
  ['58031', '58031', '58131'],
  ['58032', '58032', '58132'],
  ['58033', '58033', '58133'],
  ['5821', '5821', '5831'],
  ['5822', '5822', '5832'],
  ['5823', '5823', '5833'],
  ['5841', '5841', '5851'],
  ['5842', '5842', '5852'],
  ['5843', '5843', '5853'],
];
const regime = (l: string) => [l, `${l}1`, `${l}2`, `${l}3`];
const FULL_FORM = [
  {
    columns: ['total', 'men', 'women'],
    lines: ['1001', '1002', '1003', '1011', '1012', '1013', '1021', '1022', '1023', '1033'].map((l) => [
      l,
      l,
      `${l}1`,
      `${l}2`,
    ]),
  },
  {
    columns: ['previousTotal', 'previousMen', 'previousWomen'],
    lines: ['1003', '1013', '1023', '1033'].map((l) => [l, l, `${l}1`, `${l}2`]),
  },
  { columns: ['fulltime', 'parttime', 'fte'], lines: CLOSING },
  {
    columns: ['agency', 'placed'],
    lines: [
      ['150', '1501', '1502'],
      ['151', '1511', '1512'],
      ['152', '1521', '1522'],
    ],
  },
  {
    columns: ['fulltime', 'parttime', 'fte'],
    lines: [
      '205',
      '210',
      '211',
      '212',
      '213',
      '305',
      '310',
      '311',
      '312',
      '313',
      '340',
      '341',
      '342',
      '343',
      '350',
    ].map(regime),
  },
  { columns: ['men', 'women'], lines: TRAINING },
];
const ABBREVIATED_FORM = [
  {
    columns: ['fulltime', 'parttime', 'totalOrFte', 'previousTotalOrFte'],
    lines: [
      ['100', '1001', '1002', '1003', '1003'],
      ['101', '1011', '1012', '1013', '1013'],
      ['102', '1021', '1022', '1023', '1023'],
    ],
  },
  { columns: ['fulltime', 'parttime', 'fte'], lines: CLOSING },
  { columns: ['fulltime', 'parttime', 'fte'], lines: [regime('205'), regime('305')] },
  { columns: ['men', 'women'], lines: TRAINING },
];

describe('the form of each model', () => {
  const shape = (model: 'full' | 'abbreviated') =>
    formOf(model).map((s) => ({
      columns: s.columns,
      lines: s.lines.map((l) => [l.code, ...s.columns.map((c) => l.cells[c]!.code)]),
    }));

  it('has the lines, columns and cell codes of the full model in the order of the form', () => {
    expect(shape('full')).toEqual(FULL_FORM);
    expect(formOf('full').map((s) => s.part)).toEqual([1, 1, 1, 1, 2, 3]);
  });

  it('has those of the abbreviated model: no sex split during the year, no 103, 150-152 or breakdown of movements', () => {
    expect(shape('abbreviated')).toEqual(ABBREVIATED_FORM);
    const codes = new Set(modelCodes('abbreviated'));
    for (const absent of ['10011', '10012', '1033', '1501', '1522', '2101', '3403', '3501'])
      expect(codes.has(absent), absent).toBe(false);
  });

  it('gives every cell a unit: head counts whole, averages and FTE to one decimal, money in whole euros', () => {
    const unit = (model: 'full' | 'abbreviated', code: string) =>
      formOf(model)
        .flatMap((s) => s.lines.flatMap((l) => Object.values(l.cells)))
        .find((c) => c.code === code)!.unit;
    expect(
      ['1051', '1053', '1001', '10011', '1003', '1013', '1023', '1501', '5802', '58033'].map((c) => unit('full', c)),
    ).toEqual(['count', 'fte', 'average', 'average', 'fte', 'hours', 'cents', 'average', 'hours', 'cents']);
    expect(['1001', '1003', '1011', '1023'].map((c) => unit('abbreviated', c))).toEqual([
      'average',
      'fte',
      'hours',
      'cents',
    ]);
    expect([formRounded('fte', 1.8333), formRounded('average', 1.25), formRounded('hours', 3679.6)]).toEqual([
      1.8, 1.3, 3680,
    ]);
    expect(formRounded('cents', 8_600_049)).toBe(8_600_000);
    expect(formRounded('cents', 8_600_050)).toBe(8_600_100);
    // A half reached through float sums (27 twelfths = 2.2499999…) still rounds up.
    const twelfths = Array.from({ length: 27 }, () => 1 / 12).reduce((a, b) => a + b, 0);
    expect([formRounded('fte', twelfths), formRounded('average', twelfths)]).toEqual([2.3, 2.3]);
  });
});

describe('sociale balans, hand-computed', () => {
  const b = socialeBalans(sampleData(), 2025, 8_500_000, NO_SIZE);
  const v = valuesOf(b);
  const full = socialeBalans(sampleData(), 2025, 8_500_000, BIG);
  const f = valuesOf(full);

  it('averages the twelve month-end counts (100), by sex in the full model, a part-timer counting her fraction', () => {
    expect(v.get('1001')).toBeCloseTo(17 / 12, 9);
    expect(v.get('1002')).toBeCloseTo(10 / 12, 9);
    expect(v.get('1003')).toBeCloseTo(22 / 12, 9);
    expect(v.has('10011')).toBe(false);
    expect(f.get('10011')).toBeCloseTo(1, 9);
    expect(f.get('10012')).toBeCloseTo(5 / 12, 9);
    expect(b.figures.find((x) => x.code === '1002')!.ids).toEqual(['e2']);
  });

  it('takes hours and costs from payroll (101, 102), someone leaving mid-month counted by her contract', () => {
    expect([v.get('1011'), v.get('1012'), v.get('1013')]).toEqual([2880, 800, 3680]);
    expect([v.get('1021'), v.get('1022'), v.get('1023')]).toEqual([6_600_000, 2_000_000, 8_600_000]);
    expect([f.get('10231'), f.get('10232')]).toEqual([4_800_000, 3_800_000]);
    expect(b.crossCheck).toEqual({ payrollCents: 8_600_000, ledgerCents: 8_500_000, differenceCents: 100_000 });
  });

  it('counts at the closing date in full-time, part-time and FTE by contract type, sex, education and category', () => {
    expect([v.get('1051'), v.get('1052'), v.get('1053')]).toEqual([1, 1, 1.5]);
    expect([v.get('1101'), v.get('1102'), v.get('1103'), v.get('1113')]).toEqual([1, 1, 1.5, 0]);
    expect([v.get('1201'), v.get('1202'), v.get('1203')]).toEqual([1, 0, 1]);
    expect([v.get('1211'), v.get('1212'), v.get('1213')]).toEqual([0, 1, 0.5]);
    expect([v.get('12011'), v.get('12013'), v.get('12132'), v.get('12133'), v.get('12001')]).toEqual([1, 1, 1, 0.5, 0]);
    expect([v.get('1341'), v.get('1342'), v.get('1343'), v.get('1323')]).toEqual([1, 1, 1.5, 0]);
  });

  it('derives entries and exits from spells in full-time, part-time and FTE (Part II), not by sex', () => {
    expect([v.get('2051'), v.get('2052'), v.get('2053')]).toEqual([0, 1, 0.5]);
    expect([v.get('3051'), v.get('3052'), v.get('3053')]).toEqual([1, 0, 1]);
    expect(v.has('2112')).toBe(false);
    expect([f.get('2112'), f.get('2113'), f.get('2102')]).toEqual([1, 0.5, 0]);
    expect([f.get('3101'), f.get('3401'), f.get('3403')]).toEqual([1, 1, 1]);
    expect(b.figures.find((x) => x.code === '2052')!.ids).toEqual(['e2']);
  });

  it('gives training by kind and sex with net cost = gross − subsidies + contributions and its three parts (Part III)', () => {
    expect([v.get('5801'), v.get('5802'), v.get('5803')]).toEqual([1, 8, 45_000]);
    expect([v.get('58031'), v.get('58032'), v.get('58033')]).toEqual([50_000, 5_000, 10_000]);
    expect([v.get('5811'), v.get('5812'), v.get('5813'), v.get('58131')]).toEqual([1, 4, 0, 0]);
  });

  it('lists what is missing per code with the reason, never a zero, and only codes of the model', () => {
    const reasons = new Map(b.missing.map((m) => [m.code, m.reason]));
    for (const code of ['5821', '5831', '5843', '5853']) expect(reasons.get(code), code).toBe('none_registered');
    for (const code of reasons.keys()) expect(v.has(code), code).toBe(false);
    const abbreviated = new Set(modelCodes('abbreviated'));
    for (const m of b.missing) expect(abbreviated.has(m.code), m.code).toBe(true);
    for (const x of b.figures) expect(abbreviated.has(x.code), x.code).toBe(true);
    const fullReasons = new Map(full.missing.map((m) => [m.code, m.reason]));
    for (const code of ['1501', '1522']) expect(fullReasons.get(code), code).toBe('none_registered');
    for (const code of ['3501', '3502', '3503']) expect(fullReasons.get(code), code).toBe('not_recorded');
  });

  it('chooses the model by size: full over 100 FTE, or when two of 50 FTE, € 7.3M receipts, € 3.65M balance total are exceeded', () => {
    expect(b.model).toBe('abbreviated');
    expect(b.mustFile).toBe(false);
    expect(v.has('1033')).toBe(false);
    expect(full.model).toBe('full');
    expect(f.get('1033')).toBe(0);
    const model = (turnoverCents: number, balanceTotalCents: number) =>
      socialeBalans(sampleData(), 2025, null, { turnoverCents, balanceTotalCents }).model;
    expect(model(730_000_100, 365_000_100)).toBe('full');
    // Only one criterion exceeded, or both just at the threshold: abbreviated (the companies' € 9M / € 4.5M
    // do not apply to an association).
    expect(model(900_000_100, 300_000_000)).toBe('abbreviated');
    expect(model(730_000_000, 365_000_000)).toBe('abbreviated');
    expect(socialeBalans(sampleData(), 2025, null, BIG).crossCheck.differenceCents).toBeNull();
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
    expect(missing.get('12101')).toEqual({ code: '12101', reason: 'education_unknown', ids: ['e3'] });
    expect(valuesOf(c).has('1013')).toBe(false);
    expect(valuesOf(c).get('1213')).toBe(1.5);
    const exitless = sampleData();
    exitless.contracts[3] = { ...exitless.contracts[3]!, exitReason: null };
    const d = socialeBalans(exitless, 2025, null, BIG);
    expect(d.missing.find((m) => m.code === '3431')).toMatchObject({ reason: 'exit_reason_unknown', ids: ['e3'] });
  });

  it('splits agency and placed staff by the part of their period in the year (150-152), without a total', () => {
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
    const v2 = valuesOf(socialeBalans(data, 2025, null, BIG));
    expect(v2.get('1501')).toBeCloseTo(62 / 365, 9);
    expect(v2.get('1502')).toBeCloseTo(0.5, 9);
    expect(v2.get('1511')).toBe(300);
    expect(v2.get('1512')).toBeCloseTo(1000 * (365 / 548), 6);
    expect(v2.get('1521')).toBe(900_000);
    expect(v2.get('1522')).toBe(Math.round((1_000_000 * 365) / 548));
    expect(v2.has('152')).toBe(false);
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
  it('men + women = total, FTE ≤ headcount, the breakdowns add up to their line in every column', () => {
    const sexed = formOf('full')[0]!.lines;
    fc.assert(
      fc.property(people, fc.integer({ min: 2022, max: 2026 }), (data, year) => {
        const v = valuesOf(socialeBalans(data, year, null, BIG));
        const get = (c: string) => v.get(c) ?? 0;
        for (const l of sexed)
          if (v.has(l.code)) expect(get(`${l.code}1`) + get(`${l.code}2`)).toBeCloseTo(get(l.code), 9);
        expect(get('1003')).toBeLessThanOrEqual(get('1001') + get('1002') + 1e-9);
        expect(get('1053')).toBeLessThanOrEqual(get('1051') + get('1052') + 1e-9);
        const sum = (lines: string[], col: string) => lines.reduce((a, l) => a + get(`${l}${col}`), 0);
        for (const col of ['1', '2', '3']) {
          const near = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);
          near(sum(['210', '211', '212', '213'], col), get(`205${col}`));
          near(sum(['310', '311', '312', '313'], col), get(`305${col}`));
          near(sum(['340', '341', '342', '343'], col), get(`305${col}`));
          near(sum(['110', '111', '112', '113'], col), get(`105${col}`));
          near(sum(['120', '121'], col), get(`105${col}`));
          near(sum(['130', '134', '132', '133'], col), get(`105${col}`));
          near(sum(['1200', '1201', '1202', '1203'], col), get(`120${col}`));
        }
        const spells = spellsOf(data.contracts);
        expect(spells.length).toBeGreaterThanOrEqual(new Set(data.contracts.map((c) => c.employeeId)).size);
      }),
      { numRuns: 200 },
    );
  });
});
