/** Self-service (competences.self) and certificate warnings, through the API. */
import { describe, expect, it } from 'vitest';
import { daysFromToday } from '../../lib/calendar.ts';
import { answer, colleague, testAppForFile } from '../../server/testing.ts';
import { sampleEmployee } from '../people/testing.ts';
import { addCompetence, addProfile, competenceTeam, LEVEL_TEXTS, inOrg, person } from './testing.ts';

const ctx = testAppForFile();

describe('self-service', () => {
  it('a begeleider sees their own profile, gap and plan, self-assesses, and reaches nobody else', async () => {
    const t = await competenceTeam(ctx);
    const api = t.director.api;
    const med = await addCompetence(t.director, t.orgId, 'Medicatie');
    const profileId = await addProfile(t.director, t.orgId, 'Begeleider', [{ competenceId: med, level: 2 }]);
    const mine = await sampleEmployee(ctx.db, t.orgId, { firstName: 'Bert', userId: t.coach.userId });
    const carla = await sampleEmployee(ctx.db, t.orgId, { firstName: 'Carla' });
    await api.PUT('/orgs/{orgId}/competences/people/{employeeId}/profile', {
      ...person(t.orgId, mine),
      body: { profileId },
    });
    const plan = await answer(
      api.POST('/orgs/{orgId}/competences/people/{employeeId}/plans', {
        ...person(t.orgId, mine),
        body: { title: 'Groeiplan', reviewOn: '2027-06-30' },
      }),
    );
    const action = await answer(
      api.POST('/orgs/{orgId}/competences/plans/{planId}/actions', {
        params: { path: { orgId: t.orgId, planId: plan.body.id } },
        body: { description: 'Vorming medicatie', competenceId: med, owner: 'Bert', dueOn: '2027-03-31' },
      }),
    );
    const patched = await answer(
      api.PATCH('/orgs/{orgId}/competences/actions/{actionId}', {
        params: { path: { orgId: t.orgId, actionId: action.body.id } },
        body: { status: 'in_progress', followUp: 'Ingeschreven voor maart' },
      }),
    );
    expect(patched.status).toBe(200);

    const coach = t.coach.client.api;
    const me = async () => (await answer(coach.GET('/orgs/{orgId}/competences/me', inOrg(t.orgId)))).body;
    const first = await me();
    expect(first.person?.employee.id).toBe(mine);
    expect(first.person?.profile?.name).toBe('Begeleider');
    expect(first.person?.competences).toEqual([{ competenceId: med, required: 2, current: null, gap: 2 }]);
    expect(first.person?.plans[0]?.actions[0]).toMatchObject({
      status: 'in_progress',
      followUp: 'Ingeschreven voor maart',
    });
    expect(first.catalogue[0]?.levels).toEqual(LEVEL_TEXTS);

    const self = await answer(
      coach.POST('/orgs/{orgId}/competences/me/assessments', {
        ...inOrg(t.orgId),
        body: { competenceId: med, level: 2 },
      }),
    );
    expect(self.status).toBe(200);
    const second = await me();
    expect(second.person?.competences[0]).toMatchObject({ current: { level: 2, source: 'self' }, gap: 0 });
    expect(second.person?.assessments[0]).toMatchObject({ kind: 'self', level: 2 });

    // Everyone else's record: 403 on the management routes, nothing else reachable.
    expect(
      (await answer(coach.GET('/orgs/{orgId}/competences/people/{employeeId}', person(t.orgId, carla)))).status,
    ).toBe(403);
    expect(
      (
        await answer(
          coach.GET('/orgs/{orgId}/competences/heatmap', { params: { path: { orgId: t.orgId }, query: {} } }),
        )
      ).status,
    ).toBe(403);
    // A member not linked to an employee has no person, and cannot self-assess.
    const loose = await colleague(ctx, t.orgId, 'staf');
    const none = await answer(loose.client.api.GET('/orgs/{orgId}/competences/me', inOrg(t.orgId)));
    expect([none.status, none.body.person]).toEqual([200, null]);
    const refused = await answer(
      loose.client.api.POST('/orgs/{orgId}/competences/me/assessments', {
        ...inOrg(t.orgId),
        body: { competenceId: med, level: 1 },
      }),
    );
    expect(refused.status).toBe(404);
    // The board never sees persons.
    expect((await answer(t.board.client.api.GET('/orgs/{orgId}/competences/me', inOrg(t.orgId)))).status).toBe(403);
  });
});

describe('certificates', () => {
  it('warns 90 days ahead: the expired and the expiring are listed with the person, soonest first', async () => {
    const t = await competenceTeam(ctx);
    const api = t.director.api;
    const ann = await sampleEmployee(ctx.db, t.orgId, { firstName: 'Ann', lastName: 'Peeters' });
    const add = (name: string, expiresOn: string | null, issuedOn?: string) =>
      answer(
        api.POST('/orgs/{orgId}/competences/people/{employeeId}/certificates', {
          ...person(t.orgId, ann),
          body: { kind: 'certificate', name, expiresOn, ...(issuedOn ? { issuedOn } : {}) },
        }),
      );
    for (const [name, on] of [
      ['EHBO', daysFromToday(30)],
      ['Visum', daysFromToday(200)],
      ['Brandwacht', daysFromToday(-3)],
      ['Diploma', null],
    ] as const) {
      expect((await add(name, on)).status).toBe(200);
    }
    const backwards = await add('Fout', '2026-01-01', '2026-02-01');
    expect([backwards.status, backwards.body.error?.fields?.[0]?.path]).toEqual([400, 'expiresOn']);
    const expiring = await answer(api.GET('/orgs/{orgId}/competences/expiring', inOrg(t.orgId)));
    expect(expiring.body.items.map((c) => [c.name, c.state, c.daysLeft, c.lastName])).toEqual([
      ['Brandwacht', 'expired', -3, 'Peeters'],
      ['EHBO', 'expiring', 30, 'Peeters'],
    ]);
    const renewed = await answer(
      api.PATCH('/orgs/{orgId}/competences/certificates/{certificateId}', {
        params: { path: { orgId: t.orgId, certificateId: expiring.body.items[0]!.id } },
        body: { expiresOn: daysFromToday(365) },
      }),
    );
    expect(renewed.status).toBe(200);
    const list = await answer(api.GET('/orgs/{orgId}/competences/people', inOrg(t.orgId)));
    expect(list.body.items[0]?.warnings).toBe(1);
  });
});
