import { describe, expect, it } from 'vitest';
import { bandOf, compare, criterionScores, fineScore, readScore, spread } from './logic.ts';
import { CRITERIA, ENABLER_BANDS, RESULT_BANDS, SUBCRITERIA, SUBCRITERION_CODES } from './model.ts';

describe('the CAF 2020 model', () => {
  it('has 9 criteria and 28 subcriteria, 1-5 enablers and 6-9 results, texts in nl and en', () => {
    expect(CRITERIA.map((c) => c.subcriteria.length)).toEqual([4, 4, 3, 6, 3, 2, 2, 2, 2]);
    expect(SUBCRITERIA).toHaveLength(28);
    expect(SUBCRITERION_CODES[0]).toBe('1.1');
    expect(SUBCRITERION_CODES.at(-1)).toBe('9.2');
    expect(CRITERIA.map((c) => c.kind)).toEqual([
      'enabler',
      'enabler',
      'enabler',
      'enabler',
      'enabler',
      'result',
      'result',
      'result',
      'result',
    ]);
    for (const s of SUBCRITERIA)
      for (const t of [s.title, s.description]) expect(t.nl && t.en && t.nl !== t.en).toBeTruthy();
  });

  it('bands cover 0-100 without gaps, six each', () => {
    for (const bands of [ENABLER_BANDS, RESULT_BANDS]) {
      expect(bands).toHaveLength(6);
      expect(bands[0]!.min).toBe(0);
      expect(bands.at(-1)!.max).toBe(100);
      bands.slice(1).forEach((b, i) => {
        expect(b.min).toBe(bands[i]!.max + 1);
      });
    }
  });
});

describe('bands', () => {
  it('puts a score in its enabler or result band, at the edges too', () => {
    expect(bandOf(0, 'enabler').band.short.en).toBe('No evidence');
    expect(bandOf(10, 'enabler').index).toBe(0);
    expect(bandOf(11, 'enabler').band.short.en).toBe('Plan');
    expect(bandOf(50, 'enabler').band.short.en).toBe('Do');
    expect(bandOf(70, 'enabler').band.short.en).toBe('Check');
    expect(bandOf(71, 'enabler').band.short.en).toBe('Act');
    expect(bandOf(91, 'enabler').band.short.nl).toBe('Volledige PDCA');
    expect(bandOf(45, 'result').band.short.nl).toBe('Stabiel');
    expect(bandOf(100, 'result').band.short.en).toBe('Excellent');
    expect(() => bandOf(101, 'result')).toThrow(RangeError);
  });
});

describe('fine-tuned scoring', () => {
  it('is the mean of P, D, C, A (or trends and targets), rounded half up, once every part is rated', () => {
    expect(fineScore('enabler', { plan: 60, do: 50, check: 30, act: 20 })).toBe(40);
    expect(fineScore('enabler', { plan: 61, do: 50, check: 30, act: 20 })).toBe(40); // 40.25
    expect(fineScore('enabler', { plan: 62, do: 50, check: 30, act: 20 })).toBe(41); // 40.5 → 41
    expect(fineScore('result', { trends: 45, targets: 50 })).toBe(48); // 47.5 → 48
    expect(fineScore('enabler', { plan: 60, do: 50 })).toBeNull();
  });
});

describe('reading a score', () => {
  it('names the field of a score out of range or not whole', () => {
    expect(readScore('1.1', 'classical', { score: 101 }).errors.map((e) => e.path)).toEqual(['score']);
    expect(readScore('1.1', 'classical', { score: 12.5 }).errors.map((e) => e.path)).toEqual(['score']);
    expect(readScore('1.1', 'classical', { score: -1 }).errors).toHaveLength(1);
    expect(readScore('1.1', 'classical', { score: 55 })).toEqual({ score: 55, fine: null, errors: [] });
    expect(readScore('1.1', 'classical', { score: null })).toEqual({ score: null, fine: null, errors: [] });
  });

  it('checks the parts of fine-tuned scoring against the kind of subcriterion', () => {
    expect(
      readScore('2.1', 'finetuned', { fine: { plan: 40, do: 40, check: 200, act: 0 } }).errors.map((e) => e.path),
    ).toEqual(['fine.check']);
    expect(readScore('6.1', 'finetuned', { fine: { plan: 40 } }).errors.map((e) => e.path)).toEqual(['fine.plan']);
    expect(readScore('6.1', 'finetuned', { fine: { trends: 40, targets: 61 } })).toEqual({
      score: 51,
      fine: { trends: 40, targets: 61 },
      errors: [],
    });
    expect(readScore('6.1', 'finetuned', { fine: { trends: 40 } })).toEqual({
      score: null,
      fine: { trends: 40 },
      errors: [],
    });
    expect(readScore('6.1', 'finetuned', { score: 50 }).errors.map((e) => e.path)).toEqual(['score']);
    expect(readScore('6.1', 'classical', { fine: { trends: 40 } }).errors.map((e) => e.path)).toEqual(['fine']);
  });

  it('a consensus needs a score, given or from complete parts', () => {
    expect(readScore('3.1', 'classical', {}, { consensus: true }).errors.map((e) => e.path)).toEqual(['score']);
    expect(
      readScore('3.1', 'finetuned', { score: 47, fine: { plan: 40, do: 40, check: 60, act: 50 } }, { consensus: true })
        .score,
    ).toBe(47);
    expect(
      readScore('3.1', 'finetuned', { fine: { plan: 40, do: 40, check: 60, act: 50 } }, { consensus: true }).score,
    ).toBe(48); // 47.5
  });
});

describe('criterion scores', () => {
  it('are the mean of the scored subcriteria with one decimal; the overall score the mean of the criteria', () => {
    const { criteria, overall } = criterionScores({
      '1.1': 40,
      '1.2': 45,
      '1.3': 50,
      '1.4': 56,
      '4.1': 30,
      '9.1': 60,
      '9.2': 61,
    });
    expect(criteria[0]).toEqual({ criterion: 1, kind: 'enabler', score: 47.8, scored: 4, total: 4 });
    expect(criteria[3]).toMatchObject({ score: 30, scored: 1, total: 6 });
    expect(criteria[8]).toMatchObject({ kind: 'result', score: 60.5 });
    expect(criteria[1]!.score).toBeNull();
    expect(overall).toBe(46.1); // (47.75→47.8, 30, 60.5) / 3 = 46.1
    expect(criterionScores({}).overall).toBeNull();
  });
});

describe('spread between assessors', () => {
  it('gives min, max, mean, standard deviation and flags a range of 20 or more for discussion', () => {
    expect(spread([40, 50, 60])).toEqual({
      count: 3,
      min: 40,
      max: 60,
      mean: 50,
      stdDev: 8.2,
      range: 20,
      discuss: true,
    });
    expect(spread([40, 59])).toMatchObject({ range: 19, discuss: false, stdDev: 9.5, mean: 49.5 });
    expect(spread([35])).toMatchObject({ count: 1, stdDev: 0, discuss: false });
    expect(spread([])).toBeNull();
  });
});

describe('comparison with an earlier assessment', () => {
  it('gives the delta per subcriterion and per criterion, null where one side is missing', () => {
    const c = compare({ '1.1': 50, '1.2': 60, '5.1': 40 }, { '1.1': 40, '1.2': 55 });
    expect(c.subcriteria.find((s) => s.code === '1.1')).toEqual({ code: '1.1', current: 50, previous: 40, delta: 10 });
    expect(c.subcriteria.find((s) => s.code === '5.1')).toEqual({
      code: '5.1',
      current: 40,
      previous: null,
      delta: null,
    });
    expect(c.criteria[0]).toEqual({ criterion: 1, current: 55, previous: 47.5, delta: 7.5 });
    expect(c.criteria[4]).toEqual({ criterion: 5, current: 40, previous: null, delta: null });
    expect(c.subcriteria).toHaveLength(28);
  });
});
