import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FinanceLogicError } from './errors.ts';
import { compareScenarios, costAt, costPerUnit, curve, optimalScale, type CostLine } from './simulator.ts';

/** The seed example: a cook per 200 meals (step), a director (fixed), food per meal (variable). */
const kitchen: CostLine[] = [
  { name: 'Kok', behaviour: 'step', amountCents: 4_500_000, capacityPerStep: 200 },
  { name: 'Directeur', behaviour: 'fixed', amountCents: 7_000_000 },
  { name: 'Voeding', behaviour: 'variable', amountCents: 350 },
];

describe('costAt', () => {
  it('adds fixed, variable and step costs; a second cook appears at the 201st meal', () => {
    expect(costAt(kitchen, 200)).toEqual({
      volume: 200,
      totalCents: 11_570_000,
      fixedCents: 7_000_000,
      variableCents: 70_000,
      stepCents: 4_500_000,
      perUnitCents: 57_850,
    });
    expect(costAt(kitchen, 201).stepCents).toBe(9_000_000);
    expect(costAt(kitchen, 400).stepCents).toBe(9_000_000);
    expect(costAt(kitchen, 0)).toMatchObject({ totalCents: 7_000_000, stepCents: 0, perUnitCents: null });
    expect(costPerUnit(kitchen, 800)).toBe(31_600); // (70 000 + 4 × 45 000) / 800 + 3,50 = 316,00 euro
  });

  it('refuses a step cost without capacity, a negative volume and amounts that are not cents', () => {
    expect(() => costAt([{ name: 'Kok', behaviour: 'step', amountCents: 1 }], 10)).toThrow(FinanceLogicError);
    expect(() => costAt(kitchen, -1)).toThrow(/zero or more/);
    expect(() => costAt([{ name: 'x', behaviour: 'fixed', amountCents: 1.5 }], 1)).toThrow(FinanceLogicError);
  });
});

describe('curve', () => {
  it('gives evenly spaced points including both ends', () => {
    const c = curve(kitchen, 100, 1000, 10);
    expect(c.map((p) => p.volume)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(c[0]?.perUnitCents).toBe(115_350); // (70 000 + 45 000) / 100 + 3,50
    expect(() => curve(kitchen, 10, 5, 3)).toThrow(FinanceLogicError);
  });
});

describe('optimalScale', () => {
  it('finds the optimum right at a step capacity, not just past it', () => {
    // 800 meals: 316,00/meal; 801 meals needs a fifth cook: (70 000 + 225 000) / 801 + 3,50 ≈ 371,79.
    const best = optimalScale(kitchen, 50, 850);
    expect(best?.volume).toBe(800);
    expect(best?.perUnitCents).toBe(31_600);
  });

  it('takes the end of the range when that is cheaper than the last boundary', () => {
    expect(optimalScale(kitchen, 50, 950)?.volume).toBe(950);
    expect(optimalScale(kitchen, 0, 150)?.volume).toBe(150);
  });

  it('with only fixed and variable costs the largest volume is best; an empty range gives null', () => {
    expect(optimalScale(kitchen.slice(1), 1, 500)?.volume).toBe(500);
    expect(optimalScale(kitchen, 0, 0)).toBeNull();
  });

  it('no whole volume in the range is cheaper per unit than the optimum (random cost lines)', () => {
    const line = fc.oneof(
      fc.record({
        name: fc.constant('f'),
        behaviour: fc.constant('fixed' as const),
        amountCents: fc.integer({ min: 0, max: 1e8 }),
      }),
      fc.record({
        name: fc.constant('v'),
        behaviour: fc.constant('variable' as const),
        amountCents: fc.integer({ min: 0, max: 1e5 }),
      }),
      fc.record({
        name: fc.constant('s'),
        behaviour: fc.constant('step' as const),
        amountCents: fc.integer({ min: 0, max: 1e8 }),
        capacityPerStep: fc.integer({ min: 1, max: 120 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 300 }),
        (lines, from, span) => {
          const best = optimalScale(lines, from, from + span)!;
          for (let v = from; v <= from + span; v++) {
            expect(costAt(lines, v).totalCents / v).toBeGreaterThanOrEqual(best.totalCents / best.volume - 1e-9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('compareScenarios', () => {
  it('puts up to three named scenarios side by side', () => {
    const twoCooks = kitchen.map((l) => (l.name === 'Kok' ? { ...l, capacityPerStep: 300 } : l));
    const rows = compareScenarios([
      { name: 'Nu', lines: kitchen, volume: 450, range: { from: 50, to: 850 } },
      { name: 'Grotere keuken', lines: twoCooks, volume: 450 },
    ]);
    expect(rows.map((r) => [r.name, r.atVolume.totalCents, r.optimum?.volume ?? null])).toEqual([
      ['Nu', 7_000_000 + 3 * 4_500_000 + 157_500, 800],
      ['Grotere keuken', 7_000_000 + 2 * 4_500_000 + 157_500, null],
    ]);
  });

  it('refuses more than three scenarios or two with the same name', () => {
    const s = { name: 'a', lines: kitchen, volume: 1 };
    expect(() => compareScenarios([s, { ...s, name: 'b' }, { ...s, name: 'c' }, { ...s, name: 'd' }])).toThrow(
      expect.objectContaining({ code: 'too_many_scenarios' }),
    );
    expect(() => compareScenarios([s, s])).toThrow(expect.objectContaining({ code: 'duplicate_scenario' }));
  });
});
