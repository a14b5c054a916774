import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateModel, type AllocationOutcome, type AllocationResult, type CostModel } from './allocation.ts';
import { reciprocal, solveLinear } from './reciprocal.ts';
import { splitCents } from './split.ts';
import { stepDown, suggestOrder } from './stepdown.ts';

function ok(outcome: AllocationOutcome): AllocationResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}
const total = (r: AllocationResult, code: string) => r.centres.find((c) => c.code === code)?.totalCents;
const flow = (r: AllocationResult, from: string, to: string) =>
  r.flows.find((f) => f.from === from && f.to === to)?.amountCents;

/** Admin (A) and facility (B) serve each other and two services; worked by hand in the comments. */
function mutualModel(): CostModel {
  return {
    centres: [
      { code: 'A', name: 'Administratie', kind: 'auxiliary' },
      { code: 'B', name: 'Facilitair', kind: 'auxiliary' },
      { code: 'M1', name: 'Dagbesteding', kind: 'main', unit: 'day', volume: 1000 },
      { code: 'M2', name: 'Wonen', kind: 'main', unit: 'night', volume: 2000 },
    ],
    keys: [
      { code: 'fte', name: 'VTE', driver: 'fte', quantities: { B: 1, M1: 2, M2: 2 } },
      { code: 'm2', name: 'm²', driver: 'm2', quantities: { A: 1, M1: 1, M2: 2 } },
    ],
    rules: [
      { from: 'A', key: 'fte' },
      { from: 'B', key: 'm2' },
    ],
    direct: { A: 1_400_000, B: 2_000_000, M1: 0, M2: 0 },
  };
}

describe('splitCents (largest remainder)', () => {
  it('splits 100 cents in three as 34/33/33 and keeps the sign of a negative total', () => {
    expect(splitCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitCents(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(splitCents(10, [0, 3, 1])).toEqual([0, 8, 2]);
  });
  it('refuses weights that sum to zero and totals that are not whole cents', () => {
    expect(() => splitCents(5, [0, 0])).toThrow(RangeError);
    expect(() => splitCents(1.5, [1])).toThrow(RangeError);
  });
  it('always adds up exactly and never gives a zero weight anything', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 20,
        }),
        (cents, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = splitCents(cents, weights);
          expect(parts.reduce((a, p) => a + p, 0)).toBe(cents);
          weights.forEach((w, i) => {
            if (w === 0) expect(parts[i]).toBe(0);
          });
          const sum = weights.reduce((a, w) => a + w, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (cents * weights[i]!) / sum)).toBeLessThan(1.0001);
          });
        },
      ),
    );
  });
});

describe('solveLinear', () => {
  it('solves a system that needs a row swap, and reports a singular one', () => {
    expect(
      solveLinear(
        [
          [0, 1],
          [2, 0],
        ],
        [3, 4],
      ),
    ).toEqual([2, 3]);
    expect(
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toBeNull();
  });
});

describe('reciprocal method', () => {
  it('matches the hand-worked example of two centres serving each other', () => {
    // x_A = 14 000 + 0.25·x_B and x_B = 20 000 + 0.20·x_A  →  x_A = 20 000, x_B = 24 000 (euros).
    // M1 = 0.4·20 000 + 0.25·24 000 = 14 000; M2 = 0.4·20 000 + 0.5·24 000 = 20 000.
    const r = ok(reciprocal(mutualModel()));
    expect(r.method).toBe('reciprocal');
    expect(total(r, 'A')).toBe(2_000_000);
    expect(total(r, 'B')).toBe(2_400_000);
    expect(total(r, 'M1')).toBe(1_400_000);
    expect(total(r, 'M2')).toBe(2_000_000);
    expect(flow(r, 'A', 'B')).toBe(400_000);
    expect(flow(r, 'B', 'A')).toBe(600_000);
    expect(flow(r, 'B', 'M2')).toBe(1_200_000);
    const a = r.centres.find((c) => c.code === 'A')!;
    expect(a).toEqual({
      code: 'A',
      kind: 'auxiliary',
      directCents: 1_400_000,
      receivedCents: 600_000,
      allocatedOutCents: 2_000_000,
      totalCents: 2_000_000,
    });
    expect(r.mainTotalCents).toBe(r.totalCostCents);
    expect(r.totalCostCents).toBe(3_400_000);
  });

  it('refuses auxiliary centres whose costs never reach a main centre', () => {
    const m = mutualModel();
    m.keys = [
      { code: 'fte', name: 'VTE', driver: 'fte', quantities: { B: 1 } },
      { code: 'm2', name: 'm²', driver: 'm2', quantities: { A: 1 } },
    ];
    const out = reciprocal(m);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.code)).toEqual(['no_path_to_main']);
  });

  it('with a model without auxiliary centres, every centre keeps its direct cost', () => {
    const r = ok(
      reciprocal({ centres: [{ code: 'M', name: 'M', kind: 'main' }], keys: [], rules: [], direct: { M: 123 } }),
    );
    expect(r.flows).toEqual([]);
    expect(r.mainTotalCents).toBe(123);
  });
});

describe('step-down method', () => {
  it('computes mutual service in the chosen order: a closed centre receives nothing back, the back-flow is listed', () => {
    // A: 14 000 → B 2 800, M1 5 600, M2 5 600. B: 22 800 → M1 1/3 = 7 600, M2 2/3 = 15 200;
    // B's key would give A 1/4 of 22 800 = 5 700, ignored because A is closed.
    const r = ok(stepDown(mutualModel(), ['A', 'B']));
    expect(flow(r, 'A', 'B')).toBe(280_000);
    expect(flow(r, 'B', 'A')).toBeUndefined();
    expect(total(r, 'M1')).toBe(1_320_000);
    expect(total(r, 'M2')).toBe(2_080_000);
    expect(r.ignoredBackflows).toEqual([{ from: 'B', to: 'A', amountCents: 570_000, share: 0.25 }]);
    expect(ok(reciprocal(mutualModel())).ignoredBackflows).toEqual([]);
  });

  it('suggests the centre that serves the other auxiliary centres most first, and names the mutual ones', () => {
    // A gives B 1/5 of its key, B gives A 1/4: B first. B: 20 000 → A 5 000, M1 5 000, M2 10 000;
    // A: 19 000 → M1 9 500, M2 9 500, and A's 1/5 for B (3 800) is ignored.
    expect(suggestOrder(mutualModel())).toEqual({ order: ['B', 'A'], mutual: ['A', 'B'] });
    const r = ok(stepDown(mutualModel(), ['B', 'A']));
    expect(total(r, 'M1')).toBe(1_450_000);
    expect(total(r, 'M2')).toBe(1_950_000);
    expect(r.ignoredBackflows).toEqual([{ from: 'A', to: 'B', amountCents: 380_000, share: 0.2 }]);
  });

  it('without mutual service suggests an order that ignores nothing, whatever order was chosen', () => {
    const m = mutualModel();
    m.keys[1] = { code: 'm2', name: 'm²', driver: 'm2', quantities: { M1: 1, M2: 2 } }; // B no longer serves A
    expect(suggestOrder(m, ['B', 'A'])).toEqual({ order: ['A', 'B'], mutual: [] });
    const wrong = ok(stepDown(m, ['B', 'A']));
    expect(wrong.ignoredBackflows).toEqual([{ from: 'A', to: 'B', amountCents: 280_000, share: 0.2 }]);
    const r = ok(stepDown(m, ['A', 'B']));
    // A: 14 000 → B 2 800, M1 5 600, M2 5 600; B: 22 800 → M1 7 600, M2 15 200.
    expect(total(r, 'M1')).toBe(1_320_000);
    expect(r.ignoredBackflows).toEqual([]);
  });

  it('names only the centres caught in mutual service, not those downstream of them', () => {
    const m = mutualModel();
    m.centres.push({ code: 'C', name: 'Keuken', kind: 'auxiliary' });
    m.keys.push({ code: 'meals', name: 'maaltijden', driver: 'meals', quantities: { M1: 1 } });
    m.rules.push({ from: 'C', key: 'meals' });
    m.keys[0]!.quantities.C = 1; // A also serves the kitchen: A serves 1/3 of its key to B and C, B 1/4 to A
    expect(suggestOrder(m)).toEqual({ order: ['A', 'B', 'C'], mutual: ['A', 'B'] });
    expect(ok(stepDown(m, ['C', 'A', 'B'])).ignoredBackflows.map((f) => `${f.from}→${f.to}`)).toEqual(['A→C', 'B→A']);
  });

  it('refuses an order that misses or repeats an auxiliary centre', () => {
    for (const order of [['A'], ['A', 'A'], ['A', 'B', 'M1']]) {
      const out = stepDown(mutualModel(), order);
      expect(out.ok ? [] : out.errors.map((e) => e.code)).toEqual(['invalid_order']);
    }
  });

  it('reports a centre left with nobody to allocate to in the chosen order', () => {
    const m = mutualModel();
    m.keys[1] = { code: 'm2', name: 'm²', driver: 'm2', quantities: { A: 1 } };
    const out = stepDown(m, ['A', 'B']);
    expect(out.ok ? [] : out.errors.map((e) => e.code)).toEqual(['key_sum_zero']);
  });
});

describe('validateModel', () => {
  it('accepts a sound model', () => {
    expect(validateModel(mutualModel())).toEqual([]);
  });
  it('names every problem: duplicates, unknown references, missing rules, zero keys, negative quantities', () => {
    const m: CostModel = {
      centres: [
        { code: 'A', name: 'Admin', kind: 'auxiliary' },
        { code: 'A', name: 'Admin 2', kind: 'auxiliary' },
        { code: 'K', name: 'Keuken', kind: 'auxiliary' },
        { code: 'T', name: 'Vervoer', kind: 'auxiliary' },
        { code: 'M', name: 'Wonen', kind: 'main' },
      ],
      keys: [
        { code: 'k1', name: 'alleen zichzelf', driver: 'custom', quantities: { A: 5, M: 0 } },
        { code: 'k2', name: 'negatief', driver: 'm2', quantities: { M: -1, X: 3 } },
      ],
      rules: [
        { from: 'A', key: 'k1' },
        { from: 'K', key: 'nope' },
        { from: 'M', key: 'k1' },
        { from: 'Z', key: 'k1' },
        { from: 'K', key: 'k1' },
      ],
      direct: { A: 10, Q: 5, M: 1.5 },
    };
    const codes = validateModel(m)
      .map((e) => e.code)
      .sort();
    expect(codes).toEqual(
      [
        'duplicate_centre',
        'duplicate_rule',
        'invalid_amount',
        'key_sum_zero',
        'missing_rule',
        'negative_quantity',
        'rule_from_main',
        'unknown_centre',
        'unknown_centre',
        'unknown_centre',
        'unknown_key',
      ].sort(),
    );
    const zero = validateModel(m).find((e) => e.code === 'key_sum_zero' && e.centres?.[0] === 'A');
    expect(zero?.key).toBe('k1');
    expect(zero?.nl).toContain('alleen zichzelf');
    expect(zero?.nl).toContain('Admin (A)');
    expect(validateModel(m).find((e) => e.code === 'missing_rule')?.centres).toEqual(['T']);
  });
  it('allocation refuses an invalid model with the validation errors', () => {
    const m = mutualModel();
    m.centres.push({ code: 'M1', name: 'dubbel', kind: 'main' });
    expect(reciprocal(m).ok).toBe(false);
    const out = stepDown(m, ['A', 'B']);
    expect(out.ok ? [] : out.errors.map((e) => e.code)).toEqual(['duplicate_centre']);
  });
});

/**
 * Random valid models: 1-8 main and 0-10 auxiliary centres, keys with aux→aux service. With
 * `auxOnly`, some auxiliary centres serve only other auxiliary centres (X_k then always serves
 * X_k-1, and X0 always serves a main centre, so every cost still reaches a main centre).
 */
function modelArb(auxOnly: boolean) {
  return fc
    .record({ mains: fc.integer({ min: 1, max: 8 }), auxes: fc.integer({ min: 0, max: 10 }) })
    .chain(({ mains, auxes }) => {
      const codes = [
        ...Array.from({ length: mains }, (_, i) => `M${i}`),
        ...Array.from({ length: auxes }, (_, i) => `X${i}`),
      ];
      const quantities = fc.tuple(
        fc.array(
          fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 50, noNaN: true })),
          { minLength: codes.length, maxLength: codes.length },
        ),
        fc.integer({ min: 0, max: mains - 1 }),
        auxOnly ? fc.boolean() : fc.constant(false),
      );
      return fc.record({
        codes: fc.constant(codes),
        mains: fc.constant(mains),
        keys: fc.array(quantities, { minLength: auxes, maxLength: auxes }),
        direct: fc.array(fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: -1e6, max: 0 })), {
          minLength: codes.length,
          maxLength: codes.length,
        }),
        order: fc.shuffledSubarray(codes.slice(mains), { minLength: auxes, maxLength: auxes }),
      });
    })
    .map(({ codes, mains, keys, direct, order }): { model: CostModel; order: string[] } => ({
      order,
      model: {
        centres: codes.map((code, i) => ({ code, name: code, kind: i < mains ? 'main' : 'auxiliary' })),
        keys: keys.map(([qs, mainIndex, noMain], k) => ({
          code: `k${k}`,
          name: `key ${k}`,
          driver: 'custom',
          quantities: Object.fromEntries(
            codes.map((code, i) => {
              const q = qs[i] ?? 0;
              if (noMain && k > 0) {
                if (i < mains) return [code, 0];
                return [code, i === mains + k - 1 ? q + 1 : q];
              }
              // Otherwise the key gives at least one main centre a positive quantity.
              return [code, i === mainIndex ? q + 1 : q];
            }),
          ),
        })),
        rules: codes.slice(mains).map((from, k) => ({ from, key: `k${k}` })),
        direct: Object.fromEntries(codes.map((code, i) => [code, direct[i] ?? 0])),
      },
    }));
}

function expectConserved(r: AllocationResult, model: CostModel): void {
  const direct = Object.values(model.direct).reduce((a, v) => a + v, 0);
  expect(r.totalCostCents).toBe(direct);
  expect(r.mainTotalCents).toBe(direct);
  expect(r.centres.filter((c) => c.kind === 'main').reduce((a, c) => a + c.totalCents, 0)).toBe(direct);
  for (const c of r.centres) {
    expect(Number.isSafeInteger(c.totalCents)).toBe(true);
    expect(c.totalCents).toBe(c.directCents + c.receivedCents);
    expect(c.allocatedOutCents).toBe(c.kind === 'main' ? 0 : c.totalCents);
  }
}

describe('invariant: the main centres carry the total cost to the cent (random models)', () => {
  it('reciprocal, also with centres that serve only other auxiliary centres', () => {
    fc.assert(
      fc.property(modelArb(true), ({ model }) => expectConserved(ok(reciprocal(model)), model)),
      { numRuns: 300 },
    );
  });
  it('step-down in a random order, ignoring back-flows', () => {
    fc.assert(
      fc.property(modelArb(false), ({ model, order }) => expectConserved(ok(stepDown(model, order)), model)),
      { numRuns: 300 },
    );
  });
  it('step-down lists exactly the back-flows to closed centres, and none in the suggested order without mutual service', () => {
    fc.assert(
      fc.property(modelArb(false), ({ model, order }) => {
        const r = ok(stepDown(model, order));
        const expected: string[] = [];
        order.forEach((from, i) => {
          const key = model.keys[Number(from.slice(1))]!.quantities;
          for (const to of order.slice(0, i)) if ((key[to] ?? 0) > 0) expected.push(`${from}→${to}`);
        });
        expect(r.ignoredBackflows.map((f) => `${f.from}→${f.to}`).sort()).toEqual(expected.sort());
        for (const f of r.ignoredBackflows) expect(f.share > 0 && f.share < 1).toBe(true);
        const suggestion = suggestOrder(model);
        if (suggestion.mutual.length === 0) expect(ok(stepDown(model, suggestion.order)).ignoredBackflows).toEqual([]);
        else expect(ok(stepDown(model, suggestion.order)).ignoredBackflows.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
  it('reciprocal totals satisfy the simultaneous equations x_i = direct_i + Σ share(j→i)·x_j within rounding', () => {
    fc.assert(
      fc.property(modelArb(true), ({ model }) => {
        const r = ok(reciprocal(model));
        const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
        const share = (from: string, to: string) => {
          const q = model.keys[aux.indexOf(from)]!.quantities;
          const sum = Object.entries(q).reduce((a, [c, v]) => (c === from ? a : a + v), 0);
          return to === from ? 0 : (q[to] ?? 0) / sum;
        };
        for (const c of model.centres) {
          const expected =
            (model.direct[c.code] ?? 0) + aux.reduce((a, from) => a + share(from, c.code) * total(r, from)!, 0);
          expect(Math.abs(total(r, c.code)! - expected)).toBeLessThanOrEqual(aux.length + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('without mutual service, step-down in the suggested order equals reciprocal within rounding', () => {
    fc.assert(
      fc.property(modelArb(false), ({ model }) => {
        const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
        // Remove service from later to earlier auxiliary centres, so the graph has no cycle.
        for (const [j, k] of model.keys.entries()) {
          for (const earlier of aux.slice(0, j)) k.quantities[earlier] = 0;
        }
        const suggestion = suggestOrder(model);
        expect(suggestion.mutual).toEqual([]);
        const s = ok(stepDown(model, suggestion.order));
        const r = ok(reciprocal(model));
        for (const c of s.centres)
          expect(Math.abs(c.totalCents - total(r, c.code)!)).toBeLessThanOrEqual(aux.length + 1);
      }),
      { numRuns: 200 },
    );
  });
});
