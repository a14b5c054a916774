import { describe, expect, it } from 'vitest';
import type { Answers, Question } from './question.ts';
import {
  figuresOf,
  herzbergFactors,
  MIN_RESPONSES,
  npsOf,
  satisfactionOf,
  servqualGaps,
  surveyResults,
} from './results.ts';
import { herzbergTemplate, servqualTemplate } from './templates.ts';
import { questionOf as q } from './testing.ts';
const withIds = (inputs: ReturnType<typeof servqualTemplate>): Question[] =>
  inputs.map((x, i) => ({
    ...x,
    id: `q${i}`,
    position: i,
    dimension: x.dimension ?? null,
    item: x.item ?? null,
    aspect: x.aspect ?? null,
  }));

describe('NPS', () => {
  it('is % promoters (9-10) minus % detractors (0-6)', () => {
    expect(npsOf([10, 9, 8, 7, 6, 0, 10, 10, 3, 9])!.score).toBe(20); // 5 promoters, 3 detractors of 10
    expect(npsOf([10, 10, 10])!.score).toBe(100);
    expect(npsOf([0, 6])!.score).toBe(-100);
    expect(npsOf([7, 8])).toMatchObject({ score: 0, passives: 2 });
    expect(npsOf([])).toBeNull();
  });
});

describe('SERVQUAL gaps', () => {
  const questions = [
    q('e1', 'likert7', { aspect: 'expectation', item: 1, dimension: 'tangibles' }),
    q('p1', 'likert7', { aspect: 'perception', item: 1, dimension: 'tangibles' }),
    q('e2', 'likert7', { aspect: 'expectation', item: 2, dimension: 'tangibles' }),
    q('p2', 'likert7', { aspect: 'perception', item: 2, dimension: 'tangibles' }),
    q('e5', 'likert7', { aspect: 'expectation', item: 5, dimension: 'reliability' }),
    q('p5', 'likert7', { aspect: 'perception', item: 5, dimension: 'reliability' }),
  ];
  const responses: Answers[] = [
    { e1: 7, p1: 5, e2: 6, p2: 6, e5: 7, p5: 4 },
    { e1: 6, p1: 6, e2: 6, p2: 7, e5: 7, p5: 6 },
  ];
  it('gap = mean perception − mean expectation per item; per dimension the mean of item gaps', () => {
    const s = servqualGaps(questions, responses)!;
    expect(s.items).toEqual([
      { item: 1, dimension: 'tangibles', expectation: 6.5, perception: 5.5, gap: -1 },
      { item: 2, dimension: 'tangibles', expectation: 6, perception: 6.5, gap: 0.5 },
      { item: 5, dimension: 'reliability', expectation: 7, perception: 5, gap: -2 },
    ]);
    expect(s.dimensions.map((d) => [d.dimension, d.gap])).toEqual([
      ['tangibles', -0.25],
      ['reliability', -2],
    ]);
    expect(s.overall).toBe(-1.13); // (-0.25 + -2) / 2
  });
  it('satisfaction counts the perceptions only, rescaled to 0-100', () => {
    // perceptions 5,6,4,6,7,6 on 1-7 → (4+5+3+5+6+5)/6 /6*100 = 77.8
    expect(satisfactionOf(questions, responses)).toBe(77.8);
  });
  it('the template has 22 items in 5 dimensions, each as expectation and perception', () => {
    const t = servqualTemplate();
    const paired = t.filter((x) => x.aspect);
    expect(paired).toHaveLength(44);
    expect(new Set(paired.map((x) => x.item))).toEqual(new Set(Array.from({ length: 22 }, (_, i) => i + 1)));
    const dims = Object.fromEntries(
      ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'].map((d) => [
        d,
        paired.filter((x) => x.dimension === d && x.aspect === 'perception').map((x) => x.item),
      ]),
    );
    expect(dims).toEqual({
      tangibles: [1, 2, 3, 4],
      reliability: [5, 6, 7, 8, 9],
      responsiveness: [10, 11, 12, 13],
      assurance: [14, 15, 16, 17],
      empathy: [18, 19, 20, 21, 22],
    });
    expect(paired.every((x) => x.kind === 'likert7' && x.text.en && x.text.fr)).toBe(true);
    expect(paired.find((x) => x.aspect === 'expectation')!.text.nl).toMatch(/^Een uitstekende zorgorganisatie /);
    expect(paired.find((x) => x.aspect === 'perception')!.text.nl).toMatch(/^Onze organisatie /);
  });
});

describe('Herzberg', () => {
  it('means per factor and motivators vs hygiene', () => {
    const questions = withIds(herzbergTemplate());
    const likert = questions.filter((x) => x.kind === 'likert5');
    expect(new Set(likert.map((x) => x.dimension)).size).toBe(14);
    const answers: Answers = Object.fromEntries(
      likert.map((x) => [x.id, ['achievement', 'work'].includes(x.dimension!) ? 5 : x.dimension === 'salary' ? 1 : 3]),
    );
    const h = herzbergFactors(questions, [answers, answers])!;
    expect(h.factors.find((f) => f.factor === 'achievement')).toMatchObject({
      group: 'motivator',
      mean: 5,
      answered: 4,
    });
    expect(h.factors.find((f) => f.factor === 'salary')!.mean).toBe(1);
    expect(h.motivators).toBe(3.67); // (5 + 5 + 3*4) / 6
    expect(h.hygiene).toBe(2.75); // (1 + 3*7) / 8
    expect(questions.find((x) => x.kind === 'nps')!.text.nl).toBe('Zou je onze organisatie aanraden als werkgever?');
  });
});

describe('the 5-response rule', () => {
  const team = q('team', 'single', { breakdown: true, options: [{ nl: 'Team A' }, { nl: 'Team B' }] });
  const questions = [team, q('sat', 'likert5'), q('nps', 'nps'), q('why', 'open')];
  const response = (t: number, sat: number): Answers => ({ team: t, sat, nps: 9, why: `reden ${sat}` });

  it(`gives counts only below ${MIN_RESPONSES} responses`, () => {
    const r = surveyResults(questions, [response(0, 4), response(0, 5), response(1, 2)], 10);
    expect(r).toMatchObject({ responses: 3, invited: 10, responseRate: 30, shown: false, figures: null });
    for (const x of r.questions) {
      expect(x).not.toHaveProperty('distribution');
      expect(x).not.toHaveProperty('mean');
      expect(x).not.toHaveProperty('openAnswers');
    }
    expect(r.questions.find((x) => x.id === 'sat')!.answered).toBe(3);
    expect(r.breakdowns[0]!.groups.map((g) => [g.responses, g.shown, g.figures])).toEqual([
      [2, false, null],
      [1, false, null],
    ]);
  });

  it('shows everything from the fifth response; a group only from its own fifth', () => {
    const four = [response(0, 4), response(0, 5), response(0, 3), response(1, 2)];
    expect(surveyResults(questions, four, 10).shown).toBe(false);
    const five = [...four, response(0, 4)];
    const r = surveyResults(questions, five, 10);
    expect(r.shown).toBe(true);
    expect(r.figures!.nps!.score).toBe(100);
    expect(r.questions.find((x) => x.id === 'sat')).toMatchObject({
      mean: 3.6,
      distribution: [
        { value: 1, count: 0 },
        { value: 2, count: 1 },
        { value: 3, count: 1 },
        { value: 4, count: 2 },
        { value: 5, count: 1 },
      ],
    });
    expect(r.questions.find((x) => x.id === 'why')!.openAnswers).toEqual([
      'reden 2',
      'reden 3',
      'reden 4',
      'reden 4',
      'reden 5',
    ]);
    const [a, b] = r.breakdowns[0]!.groups;
    expect([a!.responses, a!.shown, b!.responses, b!.shown, b!.figures, b!.means]).toEqual([
      4,
      false,
      1,
      false,
      null,
      null,
    ]);
    const nine = [...five, response(0, 5), response(1, 1), response(1, 1), response(1, 1), response(1, 1)];
    const g = surveyResults(questions, nine, 10).breakdowns[0]!.groups;
    expect(g.map((x) => x.shown)).toEqual([true, true]);
    expect(g[1]!.means).toEqual({ sat: 1.2 });
    expect(g[1]!.figures!.satisfaction).toBe(5); // 1.2 on 1-5 → 5 on 0-100
  });

  it('has no response rate without invitations (open link only)', () => {
    expect(surveyResults(questions, [], 0).responseRate).toBeNull();
    expect(figuresOf(questions, []).nps).toBeNull();
  });
});
