import { describe, expect, it } from 'vitest';
import { sampleEmployee } from '../modules/people/testing.ts';
import { orgWithMember, testAppForFile } from '../server/testing.ts';
import { createDemoCompetences } from './competences.ts';
import { Random } from './random.ts';

const ctx = testAppForFile();

const count = async (table: 'cmp_competence' | 'cmp_profile' | 'cmp_assignment' | 'cmp_assessment', orgId: string) =>
  (await ctx.db.selectFrom(table).select('org_id').where('org_id', '=', orgId).execute()).length;

describe('demo competences', () => {
  it('gives every employee a role profile, assessments near its needs, and certificates', async () => {
    const { org } = await orgWithMember(ctx, 'directie');
    for (let i = 0; i < 40; i++)
      await sampleEmployee(ctx.db, org.id, { lastName: `Demo ${String(i).padStart(2, '0')}` });
    await createDemoCompetences(ctx.db, org.id, [], new Random(7), new Date('2026-06-15T10:00:00Z'));
    expect(await count('cmp_competence', org.id)).toBe(12);
    expect(await count('cmp_profile', org.id)).toBe(5);
    expect(await count('cmp_assignment', org.id)).toBe(40);
    const assessments = await count('cmp_assessment', org.id);
    expect(assessments).toBeGreaterThan(100);
    const profiles = await ctx.db
      .selectFrom('cmp_assignment as a')
      .innerJoin('cmp_profile as p', 'p.id', 'a.profile_id')
      .select('p.name')
      .where('a.org_id', '=', org.id)
      .execute();
    const begeleiders = profiles.filter((p) => p.name === 'Begeleider').length;
    expect(begeleiders).toBeGreaterThanOrEqual(20);
    expect(new Set(profiles.map((p) => p.name)).size).toBe(5);
    const registrations = await ctx.db
      .selectFrom('cmp_certificate')
      .select('kind')
      .where('org_id', '=', org.id)
      .where('kind', '=', 'registration')
      .execute();
    expect(registrations.length).toBe(profiles.filter((p) => p.name === 'Verpleegkundige').length);
  });

  it('without employees makes only the catalogue and the profiles', async () => {
    const { org } = await orgWithMember(ctx, 'directie');
    await createDemoCompetences(ctx.db, org.id, [], new Random(7), new Date('2026-06-15T10:00:00Z'));
    expect([await count('cmp_competence', org.id), await count('cmp_profile', org.id)]).toEqual([12, 5]);
    expect(await count('cmp_assessment', org.id)).toBe(0);
  });
});
