import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposalEffect, requirementsOf, yearlyValueCents } from './calc.ts';
import { languageLevelOf, MATCH_WEIGHTS, type MatchPerson, rankPeople, scorePerson } from './match.ts';
import { type CalcProposal, type CalcRole, type CalcTask, LANGUAGE_LEVELS } from './types.ts';

const roles: CalcRole[] = [
  { id: 'nurse', name: 'Verpleegkundige', certified: true, costPerFteCents: 7_600_000 },
  { id: 'zk', name: 'Zorgkundige', certified: true, costPerFteCents: 5_700_000 },
  { id: 'kitchen', name: 'Keuken', certified: false, costPerFteCents: 4_560_000 },
];
const tasks: CalcTask[] = [
  { id: 't1', roleId: 'nurse', hoursPerWeek: 4, needsCertificate: false },
  { id: 't2', roleId: 'nurse', hoursPerWeek: 6, needsCertificate: true },
  { id: 't3', roleId: 'zk', hoursPerWeek: 15, needsCertificate: false },
  { id: 't4', roleId: 'kitchen', hoursPerWeek: 19, needsCertificate: false },
];
const contract = (taskIds: string[], targetHours = 38): CalcProposal => ({
  taskIds,
  targetHours,
  costBasis: 'contract',
  costPerFteCents: 4_180_000,
  pricePerHourCents: null,
});

describe('proposal effect', () => {
  it('moves the picked tasks per role, frees only certified hours for care, and values them at the role’s cost', () => {
    const e = proposalEffect(roles, tasks, contract(['t1', 't3', 't4']));
    expect(e.roles.map((r) => [r.roleId, r.hoursMoved, r.hoursFreedForCare, r.valueCents])).toEqual([
      ['nurse', 4, 4, 800_000],
      ['zk', 15, 15, 2_250_000],
      ['kitchen', 19, 0, 2_280_000],
    ]);
    expect(e.taskHours).toBe(38);
    expect(e.slackHours).toBe(0);
    expect(e.hoursFreedForCare).toBe(19);
    expect(e.fteFreedForCare).toBe(0.5);
    expect(e.newFunctionFte).toBe(1);
    expect(e.newFunctionCostCents).toBe(4_180_000);
    expect(e.valueMovedCents).toBe(5_330_000);
    expect(e.valueFreedForCareCents).toBe(3_050_000);
    expect(e.netCents).toBe(1_150_000);
    expect(e.issues).toEqual([]);
  });

  it('refuses a task that needs a certificate and names unknown tasks; a task picked twice counts once', () => {
    const e = proposalEffect(roles, tasks, contract(['t1', 't1', 't2', 'gone'], 19));
    expect(e.taskHours).toBe(4);
    expect(e.slackHours).toBe(15);
    expect(e.issues).toEqual([
      { taskId: 't2', reason: 'needs_certificate' },
      { taskId: 'gone', reason: 'unknown_task' },
    ]);
  });

  it('prices a phase-1 agreement per worked hour (46 weeks a year) and says null when a cost is missing', () => {
    const agreement = { ...contract(['t3']), costBasis: 'agreement' as const, pricePerHourCents: 2_000 };
    expect(proposalEffect(roles, tasks, { ...agreement, targetHours: 20 }).newFunctionCostCents).toBe(20 * 46 * 2_000);
    expect(proposalEffect(roles, tasks, { ...agreement, pricePerHourCents: null }).netCents).toBeNull();
    const unknownCost = proposalEffect([{ ...roles[1]!, costPerFteCents: null }], tasks, contract(['t3']));
    expect([unknownCost.valueMovedCents, unknownCost.netCents, unknownCost.hoursFreedForCare]).toEqual([
      null,
      null,
      15,
    ]);
  });

  const arbitrary = fc
    .array(
      fc.record({
        certified: fc.boolean(),
        cost: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }),
        tasks: fc.array(
          fc.record({ hours: fc.integer({ min: 0, max: 4000 }), cert: fc.boolean(), pick: fc.boolean() }),
          {
            maxLength: 12,
          },
        ),
      }),
      { maxLength: 10 },
    )
    .map((spec) => {
      const rs: CalcRole[] = spec.map((r, i) => ({
        id: `r${i}`,
        name: `R${i}`,
        certified: r.certified,
        costPerFteCents: r.cost,
      }));
      const ts: CalcTask[] = spec.flatMap((r, i) =>
        r.tasks.map((t, j) => ({
          id: `r${i}t${j}`,
          roleId: `r${i}`,
          hoursPerWeek: t.hours / 100,
          needsCertificate: t.cert,
        })),
      );
      const picked = spec.flatMap((r, i) => r.tasks.flatMap((t, j) => (t.pick ? [`r${i}t${j}`] : [])));
      return { rs, ts, picked };
    });

  it('property: hours moved equal the certificate-free picked hours; care hours never exceed them; net = value − cost', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 0, max: 76 }), ({ rs, ts, picked }, target) => {
        const e = proposalEffect(rs, ts, contract(picked, target));
        const expected = ts
          .filter((t) => picked.includes(t.id) && !t.needsCertificate)
          .reduce((a, t) => a + t.hoursPerWeek, 0);
        expect(e.taskHours).toBeCloseTo(expected, 6);
        expect(e.hoursFreedForCare).toBeLessThanOrEqual(e.taskHours + 1e-9);
        expect(e.issues.length).toBe(ts.filter((t) => picked.includes(t.id) && t.needsCertificate).length);
        if (e.netCents !== null) expect(e.netCents).toBe((e.valueMovedCents ?? 0) - (e.newFunctionCostCents ?? 0));
        for (const r of e.roles) expect(Number.isInteger(r.valueCents ?? 0)).toBe(true);
      }),
    );
  });

  it('property: adding a certificate-free task never lowers the hours freed for care or the value moved', () => {
    fc.assert(
      fc.property(arbitrary, ({ rs, ts, picked }) => {
        const extra = ts.find((t) => !picked.includes(t.id) && !t.needsCertificate);
        if (!extra) return;
        const before = proposalEffect(rs, ts, contract(picked));
        const after = proposalEffect(rs, ts, contract([...picked, extra.id]));
        expect(after.hoursFreedForCare).toBeGreaterThanOrEqual(before.hoursFreedForCare);
        expect(after.taskHours).toBeGreaterThanOrEqual(before.taskHours);
        if (before.valueMovedCents !== null && after.valueMovedCents !== null)
          expect(after.valueMovedCents).toBeGreaterThanOrEqual(before.valueMovedCents - 1);
      }),
    );
  });

  it('values hours at the share of a full-time week (38 h)', () => {
    expect(yearlyValueCents(38, 5_000_000)).toBe(5_000_000);
    expect(yearlyValueCents(19, 5_000_001)).toBe(2_500_001);
  });

  it('gathers the competences and the highest language level of the picked tasks', () => {
    const ts = [
      { id: 'a', competenceIds: ['c2', 'c1'], languageLevel: 'A2' },
      { id: 'b', competenceIds: ['c1'], languageLevel: 'B1' },
      { id: 'c', competenceIds: ['c9'], languageLevel: 'C2' },
    ];
    expect(requirementsOf(ts, ['a', 'b'], LANGUAGE_LEVELS)).toEqual({
      competenceIds: ['c1', 'c2'],
      languageLevel: 'B1',
    });
    expect(requirementsOf(ts, [], LANGUAGE_LEVELS)).toEqual({ competenceIds: [], languageLevel: 'none' });
  });
});

describe('matching', () => {
  const need = {
    competenceIds: ['c1', 'c2'],
    talents: ['empathy', 'patience'],
    languageLevel: 'B1' as const,
    hoursPerWeek: 30,
  };
  const person = (over: Partial<MatchPerson>): MatchPerson => ({
    id: 'p',
    kind: 'candidate',
    name: 'P',
    competenceIds: ['c1', 'c2'],
    talents: ['empathy', 'patience'],
    languageLevel: 'B1',
    hoursAvailable: 30,
    ...over,
  });

  it('gives 100 to a perfect fit and explains each criterion', () => {
    const r = scorePerson(need, person({}));
    expect(r.score).toBe(100);
    expect(r.criteria.map((c) => [c.criterion, c.score])).toEqual([
      ['competences', 1],
      ['talents', 1],
      ['language', 1],
      ['availability', 1],
    ]);
  });

  it('names what is missing: a competence, a talent, a language level short, hours short', () => {
    const r = scorePerson(
      need,
      person({ competenceIds: ['c1'], talents: [], languageLevel: 'A2', hoursAvailable: 15 }),
    );
    const by = Object.fromEntries(r.criteria.map((c) => [c.criterion, c]));
    expect(by.competences).toMatchObject({ score: 0.5, matched: ['c1'], missing: ['c2'] });
    expect(by.talents).toMatchObject({ score: 0, missing: ['empathy', 'patience'] });
    expect(by.language).toMatchObject({ score: 0.5, missing: ['B1'] });
    expect(by.availability).toMatchObject({ score: 0.5 });
    expect(r.score).toBe(Math.round((0.35 * 0.5 + 0 + 0.2 * 0.5 + 0.2 * 0.5) * 100));
    expect(scorePerson(need, person({ languageLevel: 'A1' })).criteria[2]?.score).toBe(0);
  });

  it('scores what is not recorded as neutral and says so', () => {
    const r = scorePerson(need, person({ talents: null, languageLevel: null, hoursAvailable: null }));
    expect(r.criteria.filter((c) => !c.recorded).map((c) => [c.criterion, c.score])).toEqual([
      ['talents', 0.5],
      ['language', 0.5],
      ['availability', 0.5],
    ]);
  });

  it('ranks best first, then by name, and cuts at the limit', () => {
    const ranked = rankPeople(
      need,
      [
        person({ id: 'b', name: 'Bert', hoursAvailable: 10 }),
        person({ id: 'z', name: 'Zoë' }),
        person({ id: 'a', name: 'An' }),
      ],
      2,
    );
    expect(ranked.map((r) => r.id)).toEqual(['a', 'z']);
  });

  it('reads language levels written by other modules', () => {
    expect([languageLevelOf('b1'), languageLevelOf(' C1+'), languageLevelOf('goed'), languageLevelOf(null)]).toEqual([
      'B1',
      'C1',
      null,
      null,
    ]);
  });

  it('property: a score is 0-100 and never drops when a person gains a competence or hours', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, w) => a + w, 0)).toBeCloseTo(1, 10);
    fc.assert(
      fc.property(
        fc.subarray(['c1', 'c2', 'c3']),
        fc.subarray(['empathy', 'patience', 'motivation']),
        fc.constantFrom(...LANGUAGE_LEVELS),
        fc.integer({ min: 0, max: 40 }),
        (cs, ts, lang, hours) => {
          const p = person({ competenceIds: cs, talents: ts, languageLevel: lang, hoursAvailable: hours });
          const s = scorePerson(need, p).score;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
          expect(scorePerson(need, { ...p, competenceIds: [...cs, 'c1', 'c2'] }).score).toBeGreaterThanOrEqual(s);
          expect(scorePerson(need, { ...p, hoursAvailable: hours + 10 }).score).toBeGreaterThanOrEqual(s);
        },
      ),
    );
  });
});
