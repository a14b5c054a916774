import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysLeft, expiryState, needingWarning } from './expiry.ts';
import { heatMap } from './heatmap.ts';
import { currentLevels, gapOf, gapSummary } from './levels.ts';
import type { LevelEvidence, LevelSource } from './types.ts';

const ev = (source: LevelSource, level: number, on: string, seq = 0): LevelEvidence => ({
  employeeId: 'e1',
  competenceId: 'c1',
  level,
  source,
  on,
  seq,
});
const levelOf = (evidence: LevelEvidence[]) => currentLevels(evidence).get('e1')?.get('c1');

describe('current level', () => {
  it('is the latest manager assessment, even when a later self-assessment or training says more', () => {
    const level = levelOf([
      ev('manager', 2, '2026-01-10'),
      ev('manager', 3, '2026-03-01'),
      ev('self', 4, '2026-05-01'),
      ev('training', 4, '2026-06-01'),
      ev('manager', 1, '2025-12-01'),
    ]);
    expect(level).toEqual({ level: 3, source: 'manager', on: '2026-03-01' });
  });

  it('falls back to the latest self-assessment, then to the highest level reached by training', () => {
    expect(
      levelOf([ev('self', 1, '2026-01-01'), ev('self', 2, '2026-02-01'), ev('training', 4, '2026-03-01')]),
    ).toEqual({ level: 2, source: 'self', on: '2026-02-01' });
    expect(levelOf([ev('training', 3, '2025-01-01'), ev('training', 2, '2026-01-01')])).toEqual({
      level: 3,
      source: 'training',
      on: '2025-01-01',
    });
    expect(levelOf([])).toBeUndefined();
  });

  it('on one day, the assessment recorded last wins', () => {
    expect(levelOf([ev('manager', 2, '2026-01-10', 2), ev('manager', 3, '2026-01-10', 1)])?.level).toBe(2);
  });

  it('does not depend on the order of the evidence (property)', () => {
    const evidence = fc.record({
      source: fc.constantFrom<LevelSource>('manager', 'self', 'training'),
      level: fc.integer({ min: 1, max: 4 }),
      day: fc.integer({ min: 1, max: 28 }),
      seq: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(evidence, { selector: (e) => e.seq, maxLength: 30 }), (list) => {
        const items = list.map((e) => ev(e.source, e.level, `2026-02-${String(e.day).padStart(2, '0')}`, e.seq));
        const forward = levelOf(items);
        expect(levelOf([...items].reverse())).toEqual(forward);
        if (items.length > 0) {
          // The winner's source is the strongest one present.
          const strongest = ['manager', 'self', 'training'].find((s) => items.some((i) => i.source === s));
          expect(forward?.source).toBe(strongest);
        }
      }),
    );
  });
});

describe('gap', () => {
  it('is what the role profile needs minus the current level, never negative; unknown counts as 0', () => {
    const current = new Map([
      ['a', { level: 2, source: 'manager' as const, on: '2026-01-01' }],
      ['b', { level: 4, source: 'self' as const, on: '2026-01-01' }],
    ]);
    const rows = gapOf(
      [
        { competenceId: 'a', level: 3 },
        { competenceId: 'b', level: 2 },
        { competenceId: 'c', level: 2 },
      ],
      current,
    );
    expect(rows).toEqual([
      { competenceId: 'a', required: 3, current: 2, gap: 1, met: false },
      { competenceId: 'b', required: 2, current: 4, gap: 0, met: true },
      { competenceId: 'c', required: 2, current: null, gap: 2, met: false },
    ]);
    expect(gapSummary(rows)).toEqual({ required: 3, met: 1, missingLevels: 3 });
  });
});

describe('heat map', () => {
  const at = (level: number) => ({ level, source: 'manager' as const, on: '2026-01-01' });
  const levels = new Map([
    ['ann', new Map([['med', at(3)]])],
    ['bob', new Map([['med', at(2)]])],
    ['cas', new Map([['crisis', at(4)]])],
  ]);
  const requirements = new Map([
    ['nurse', [{ competenceId: 'med', level: 3 }]],
    [
      'coach',
      [
        { competenceId: 'med', level: 2 },
        { competenceId: 'crisis', level: 3 },
      ],
    ],
    ['unused', [{ competenceId: 'ido', level: 2 }]],
  ]);
  const team = [
    { employeeId: 'ann', profileId: 'nurse' },
    { employeeId: 'bob', profileId: 'coach' },
    { employeeId: 'cas', profileId: 'coach' },
    { employeeId: 'dirk', profileId: null },
  ];

  it('counts levels, holders of the needed level, coverage of the roles’ needs, and flags one carrier', () => {
    const [med, crisis, ido] = heatMap(['med', 'crisis', 'ido'], team, requirements, levels);
    expect(med).toMatchObject({ byLevel: [2, 0, 1, 1, 0], neededLevel: 3, holders: 1, needing: 3, meeting: 2 });
    expect(med!.coverage).toBeCloseTo(2 / 3);
    expect(med!.risk).toBe('single');
    expect(crisis).toMatchObject({ neededLevel: 3, holders: 1, needing: 2, meeting: 1, coverage: 0.5, risk: 'single' });
    // A profile nobody in the team holds does not count as a need of the team.
    expect(ido).toMatchObject({ neededLevel: null, needing: 0, coverage: null, risk: null, byProfile: [] });
  });

  it('a team of one role only sees that role’s needs; nobody holding a needed level is "uncovered"', () => {
    const [med, crisis] = heatMap(['med', 'crisis'], team.slice(1, 3), requirements, levels);
    expect(med).toMatchObject({ neededLevel: 2, holders: 1, risk: 'single' });
    expect(crisis).toMatchObject({ neededLevel: 3, holders: 1, meeting: 1, risk: 'single' });
    const none = heatMap(['crisis'], [{ employeeId: 'bob', profileId: 'coach' }], requirements, levels);
    expect(none[0]).toMatchObject({ holders: 0, risk: 'uncovered', coverage: 0 });
  });

  it('per competence, the level counts add up to the team and meeting ≤ needing (property)', () => {
    const arb = fc.array(
      fc.record({ profile: fc.constantFrom('nurse', 'coach', null), med: fc.integer({ min: 0, max: 4 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (people) => {
        const t = people.map((p, i) => ({ employeeId: `p${i}`, profileId: p.profile }));
        const l = new Map(people.map((p, i) => [`p${i}`, new Map(p.med ? [['med', at(p.med)]] : [])]));
        const [row] = heatMap(['med'], t, requirements, l);
        expect(row!.byLevel.reduce((a, b) => a + b, 0)).toBe(people.length);
        expect(row!.meeting).toBeLessThanOrEqual(row!.needing);
        expect(row!.holders).toBe(
          row!.neededLevel === null ? 0 : people.filter((p) => p.med >= row!.neededLevel!).length,
        );
        expect(row!.risk === 'single').toBe(row!.neededLevel !== null && row!.holders === 1);
      }),
    );
  });
});

describe('certificate expiry', () => {
  it('warns 90 days ahead, counting the 90th day, and marks what has expired', () => {
    expect(expiryState('2026-03-31', '2026-04-01')).toBe('expired');
    expect(expiryState('2026-04-01', '2026-04-01')).toBe('expiring');
    expect(expiryState('2026-06-30', '2026-04-01')).toBe('expiring');
    expect(expiryState('2026-07-01', '2026-04-01')).toBe('valid');
    expect(expiryState(null, '2026-04-01')).toBe('no_expiry');
    expect(daysLeft('2026-06-30', '2026-04-01')).toBe(90);
  });

  it('lists only the expired and expiring, soonest first', () => {
    const items = [
      { id: 'late', expiresOn: '2026-06-01' },
      { id: 'none', expiresOn: null },
      { id: 'far', expiresOn: '2027-01-01' },
      { id: 'gone', expiresOn: '2026-02-01' },
    ];
    expect(needingWarning(items, '2026-04-01').map((i) => [i.id, i.state, i.daysLeft])).toEqual([
      ['gone', 'expired', -59],
      ['late', 'expiring', 61],
    ]);
  });
});
