import { describe, expect, it } from 'vitest';
import { startOf, today } from '../lib/calendar.ts';
import { answer, orgWithMember, testAppForFile } from '../server/testing.ts';
import { createDemoPartnerships } from './partnerships.ts';
import { Random } from './random.ts';

const ctx = testAppForFile();

describe('demo partnerships and governance', () => {
  it('makes the two assessments, a project ending within the year without a plan, and decisions of every body', async () => {
    const { org, member, email, client } = await orgWithMember(ctx, 'directie');
    const people = [{ id: member.userId as string, email, role: 'directie' as const }];
    await createDemoPartnerships({ db: ctx.db, orgId: org.id, people, rnd: new Random(3), now: startOf(today()) });
    const params = { params: { path: { orgId: org.id } } };
    const assessments = (await answer(client.api.GET('/orgs/{orgId}/partnerships/assessments', params))).body.items;
    expect(assessments.map((a) => [a.sphere, a.decision, a.version])).toEqual([
      ['community', 'supporting_role', 1],
      ['state', 'partnership', 2],
    ]);
    const projects = (await answer(client.api.GET('/orgs/{orgId}/partnerships/projects', params))).body.items;
    expect(projects.map((p) => p.state)).toEqual(['warning', 'open']);
    const decisions = (await answer(client.api.GET('/orgs/{orgId}/governance/decisions', params))).body.items;
    expect(new Set(decisions.map((d) => d.body))).toEqual(
      new Set(['algemene_vergadering', 'raad_van_bestuur', 'directie', 'team']),
    );
    const pack = await answer(
      client.api.GET('/orgs/{orgId}/governance/board-pack', {
        params: { path: { orgId: org.id }, query: { meeting: today() } },
      }),
    );
    expect(pack.body.decisionsDue.map((d) => d.body)).toEqual(['team']);
    expect(pack.body.projects).toHaveLength(1);
  });
});
