import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClientsLogicError } from './errors.ts';
import { RULE_SEED } from './rules.ts';
import {
  buildStatement,
  careLines,
  correctionLines,
  livingLine,
  type CareLine,
  type StatementRegistration,
} from './statements.ts';

const reg = (
  clientId: string,
  fn: string,
  date: string,
  units: number,
  pointsE4: number,
  funding: StatementRegistration['funding'] = 'voucher',
): StatementRegistration => ({ clientId, function: fn, date, units, pointsE4, funding });

const march: StatementRegistration[] = [
  reg('c1', 'dag', '2025-03-03', 1, 2_100),
  reg('c1', 'dag', '2025-03-04', 1, 2_100),
  reg('c1', 'dag', '2025-04-01', 1, 2_100), // April: not on the March statement
  reg('c2', 'wonen', '2025-03-10', 1, 1_300, 'rth'),
  reg('c3', 'dag', '2025-03-03', 1, 2_100, 'cash'),
];

describe('careLines and buildStatement', () => {
  it('groups a month per client, function and funding with euro at the month point value', () => {
    const lines = careLines('2025-03', march, RULE_SEED);
    expect(lines.map((l) => [l.clientId, l.funding, l.units, l.pointsE4])).toEqual([
      ['c1', 'voucher', 2, 4_200],
      ['c2', 'rth', 1, 1_300],
      ['c3', 'cash', 1, 2_100],
    ]);
    // 0.42 × €980.00 = €411.60; organisation 25.35% → 0.1065 (0.106470) × 980 = €104.37.
    expect(lines[0]).toMatchObject({
      cents: 41_160,
      organisationE4: 1_065,
      organisationCents: 10_437,
      totalCents: 51_597,
      correction: false,
    });
    expect(lines[1]).toMatchObject({ organisationE4: 0, organisationCents: 0, totalCents: 12_740 });
  });
  it('uses the point value valid in the month of the statement', () => {
    expect(careLines('2023-12', [reg('c1', 'dag', '2023-12-01', 1, 10_000, 'cash')], RULE_SEED)[0]?.cents).toBe(81_736);
  });
  it('totals per funding type, woon- en leefkosten, and a grand total', () => {
    const s = buildStatement(
      {
        month: '2025-03',
        registrations: march,
        livingCosts: [
          { clientId: 'c1', label: 'Verblijf', tariffCents: 2_350, per: 'day', quantity: 20 },
          { clientId: 'c2', label: 'Huur', tariffCents: 45_000, per: 'month', quantity: 0.5 },
        ],
      },
      RULE_SEED,
    );
    expect(s.centsPerPoint).toBe(98_000);
    expect(s.totalsByFunding.voucher).toEqual({ pointsE4: 4_200, organisationE4: 1_065, cents: 51_597 });
    expect(s.totalsByFunding.cash).toEqual({ pointsE4: 2_100, organisationE4: 0, cents: 20_580 });
    expect(s.totalsByFunding.other).toEqual({ pointsE4: 0, organisationE4: 0, cents: 0 });
    expect(s.livingLines.map((l) => l.totalCents)).toEqual([47_000, 22_500]);
    expect(s.livingTotalCents).toBe(69_500);
    expect(s.totalCents).toBe(51_597 + 12_740 + 20_580 + 69_500);
  });
  it('refuses negative tariffs and fractional days', () => {
    expect(() => livingLine({ clientId: 'c', label: 'x', tariffCents: -1, per: 'day', quantity: 1 })).toThrow(
      ClientsLogicError,
    );
    expect(() => livingLine({ clientId: 'c', label: 'x', tariffCents: 100, per: 'day', quantity: 1.5 })).toThrow(
      /whole/,
    );
    expect(livingLine({ clientId: 'c', label: 'x', tariffCents: 101, per: 'month', quantity: 0.5 }).totalCents).toBe(
      51,
    );
  });
  it('has a total equal to the sum of its lines to the cent, for any input', () => {
    const regArb = fc.record({
      c: fc.constantFrom('a', 'b', 'c', 'd'),
      f: fc.constantFrom('dag', 'wonen', 'ipb'),
      d: fc.integer({ min: 1, max: 31 }),
      p: fc.integer({ min: -5_000, max: 50_000 }),
      funding: fc.constantFrom('voucher', 'cash', 'rth', 'other'),
    });
    const livingArb = fc.record({
      t: fc.integer({ min: 0, max: 100_000 }),
      per: fc.constantFrom('day', 'month'),
      q: fc.integer({ min: 0, max: 31 }),
    });
    fc.assert(
      fc.property(fc.array(regArb, { maxLength: 80 }), fc.array(livingArb, { maxLength: 5 }), (rs, ls) => {
        const s = buildStatement(
          {
            month: '2025-01',
            registrations: rs.map((r) =>
              reg(r.c, r.f, `2025-01-${String(r.d).padStart(2, '0')}`, 1, r.p, r.funding as 'cash'),
            ),
            livingCosts: ls.map((l) => ({
              clientId: 'a',
              label: 'x',
              tariffCents: l.t,
              per: l.per as 'day',
              quantity: l.q,
            })),
          },
          RULE_SEED,
        );
        const lines = [...s.careLines, ...s.corrections, ...s.livingLines].reduce((a, l) => a + l.totalCents, 0);
        expect(s.totalCents).toBe(lines);
        const byFunding = Object.values(s.totalsByFunding).reduce((a, t) => a + t.cents, 0);
        expect(byFunding + s.livingTotalCents).toBe(s.totalCents);
        for (const l of s.careLines) expect(l.totalCents).toBe(l.cents + l.organisationCents);
        expect(s.careLines.reduce((a, l) => a + l.pointsE4, 0)).toBe(rs.reduce((a, r) => a + r.p, 0));
      }),
    );
  });
});

describe('corrections', () => {
  it('puts a change to an issued month on the next statement as a difference line', () => {
    const issued = careLines('2025-03', march, RULE_SEED);
    // After issuing: c1 had a third day on 5 March, c2's RTH night is removed, c3 unchanged.
    const changed = [...march.filter((r) => r.clientId !== 'c2'), reg('c1', 'dag', '2025-03-05', 1, 2_100)];
    const diff = correctionLines(issued, careLines('2025-03', changed, RULE_SEED));
    expect(diff.map((l) => [l.month, l.clientId, l.funding, l.units, l.pointsE4, l.totalCents, l.correction])).toEqual([
      ['2025-03', 'c1', 'voucher', 1, 2_100, 77_391 - 51_597, true], // 0.63 × 980 = 617.40 + 0.1597 × 980 = 156.51
      ['2025-03', 'c2', 'rth', -1, -1_300, -12_740, true],
    ]);
    const april = buildStatement({ month: '2025-04', registrations: march, corrections: diff }, RULE_SEED);
    expect(april.careLines.map((l) => l.pointsE4)).toEqual([2_100]);
    expect(april.corrections).toHaveLength(2);
    expect(april.totalsByFunding.rth.cents).toBe(-12_740);
    // April's own line (0.21 voucher: 205.80 + 52.14) plus the two corrections.
    expect(april.totalCents).toBe(25_794 + 25_794 - 12_740);
  });
  it('gives no lines when nothing changed, and issued + corrections = recomputed for any change', () => {
    expect(correctionLines(careLines('2025-03', march, RULE_SEED), careLines('2025-03', march, RULE_SEED))).toEqual([]);
    const arb = fc.array(
      fc.record({
        c: fc.constantFrom('a', 'b'),
        f: fc.constantFrom('dag', 'wonen'),
        p: fc.integer({ min: 0, max: 30_000 }),
        funding: fc.constantFrom('voucher', 'cash'),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, arb, (before, after) => {
        const toRegs = (xs: typeof before) => xs.map((x) => reg(x.c, x.f, '2025-02-10', 1, x.p, x.funding as 'cash'));
        const issued = careLines('2025-02', toRegs(before), RULE_SEED);
        const recomputed = careLines('2025-02', toRegs(after), RULE_SEED);
        const diff = correctionLines(issued, recomputed);
        const sum = (ls: CareLine[], f: 'totalCents' | 'pointsE4') => ls.reduce((a, l) => a + l[f], 0);
        expect(sum(issued, 'totalCents') + sum(diff, 'totalCents')).toBe(sum(recomputed, 'totalCents'));
        expect(sum(issued, 'pointsE4') + sum(diff, 'pointsE4')).toBe(sum(recomputed, 'pointsE4'));
      }),
    );
  });
});

describe('applied prices', () => {
  const priced = (
    date: string,
    units: number,
    priceE4: number,
    source: 'agreement' | 'offer' = 'agreement',
  ): StatementRegistration => ({ ...reg('c1', 'dag', date, units, units * priceE4), priceE4, priceSource: source });
  it('shows per line which price per unit applied, split where the price changed within the month', () => {
    const [line] = careLines(
      '2025-03',
      [
        priced('2025-03-10', 1, 1_000),
        priced('2025-03-11', 1, 1_000),
        priced('2025-03-17', 1, 1_200),
        priced('2025-03-12', 1, 1_000),
      ],
      RULE_SEED,
    );
    expect(line).toMatchObject({ units: 4, pointsE4: 4_200 });
    expect(line!.prices).toEqual([
      { priceE4: 1_000, source: 'agreement', units: 3, pointsE4: 3_000 },
      { priceE4: 1_200, source: 'agreement', units: 1, pointsE4: 1_200 },
    ]);
  });
  it('splits a correction per price: issued prices + correction prices = recomputed prices', () => {
    const issued = careLines(
      '2025-03',
      [priced('2025-03-10', 2, 800, 'offer'), priced('2025-03-17', 1, 1_200)],
      RULE_SEED,
    );
    // After the agreement was entered, 10 March is valued at the agreed 0.1000.
    const [diff] = correctionLines(
      issued,
      careLines('2025-03', [priced('2025-03-10', 2, 1_000), priced('2025-03-17', 1, 1_200)], RULE_SEED),
    );
    expect(diff).toMatchObject({ units: 0, pointsE4: 400 });
    expect(diff!.prices).toEqual([
      { priceE4: 800, source: 'offer', units: -2, pointsE4: -1_600 },
      { priceE4: 1_000, source: 'agreement', units: 2, pointsE4: 2_000 },
    ]);
  });
  it('leaves the prices out of a correction of a line issued before prices were recorded', () => {
    const [old] = careLines('2025-03', [reg('c1', 'dag', '2025-03-10', 1, 800)], RULE_SEED);
    delete old!.prices;
    const [diff] = correctionLines([old!], careLines('2025-03', [priced('2025-03-10', 1, 1_000)], RULE_SEED));
    expect(diff!.pointsE4).toBe(200);
    expect(diff!.prices).toBeUndefined();
  });
});
