import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../modules/orgs/queries.ts';
import { handbookOverview } from '../modules/handbook/handbook.ts';
import { testAppForFile } from '../server/testing.ts';
import { createDemoHandbook } from './handbook.ts';
import { Random } from './random.ts';
import { addMember } from '../modules/orgs/public.ts';

const ctx = testAppForFile();

describe('demo handbook', () => {
  it('has fifteen documents in three processes, versions, one under review and the intake asked of the begeleiders', async () => {
    const org = await createOrganisation(ctx.db, {
      name: 'Demo handboek',
      type: 'vza',
      fiscalYearStartMonth: 1,
      language: 'nl',
    });
    const people = [];
    for (const role of ['directie', 'staf', 'begeleider', 'begeleider', 'begeleider'] as const) {
      const { member } = await addMember(ctx.db, org.id, {
        email: `${role}.${people.length}@demo.test`,
        name: `Demo ${role} ${people.length}`,
        role,
        passwordHash: 'x',
      });
      people.push({ id: member.userId as string, email: `${role}@demo.test`, role });
    }
    const now = new Date('2026-11-23T09:00:00Z');
    await createDemoHandbook({ db: ctx.db, orgId: org.id, people, rnd: new Random(3), now });
    const caller = { orgId: org.id, userId: people[0]!.id, role: 'directie' as const, today: '2026-11-23' };
    const all = await handbookOverview(ctx.db, caller, {});
    expect([all.processes.length, all.documents.length]).toEqual([3, 15]);
    expect(all.documents.filter((d) => d.status === 'in_review').map((d) => d.title)).toEqual([
      'Procedure evaluatie ondersteuningsplan',
    ]);
    expect(all.documents.filter((d) => d.latestVersion === 2).length).toBeGreaterThanOrEqual(4);
    expect(all.reviewDue.length).toBeGreaterThanOrEqual(2);
    const coach = await handbookOverview(
      ctx.db,
      { ...caller, userId: people[2]!.id, role: 'begeleider' },
      { role: 'begeleider' },
    );
    expect(coach.documents.map((d) => [d.title, d.readByMe])).toEqual([['Procedure aanmelding en intake', true]]);
  });
});
