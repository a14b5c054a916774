/** The catalogue, role profiles, a person's level and gap, and the team heat map, through the API. */
import { describe, expect, it } from 'vitest';
import { daysFromToday } from '../../lib/calendar.ts';
import { answer, testAppForFile } from '../../server/testing.ts';
import { sampleEmployee, sampleTraining } from '../people/testing.ts';
import { addCompetence, addProfile, competenceTeam, LEVEL_TEXTS, inOrg, person } from './testing.ts';

const ctx = testAppForFile();

describe('catalogue and role profiles', () => {
  it('keeps names unique, checks the competences a profile names, and counts its holders', async () => {
    const t = await competenceTeam(ctx);
    const api = t.director.api;
    const med = await addCompetence(t.director, t.orgId, 'Medicatie');
    const twice = await answer(
      api.POST('/orgs/{orgId}/competences/catalogue', {
        ...inOrg(t.orgId),
        body: { name: 'Medicatie', levels: LEVEL_TEXTS },
      }),
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error?.fields?.[0]?.path).toBe('name');
    const short = await answer(
      api.POST('/orgs/{orgId}/competences/catalogue', {
        ...inOrg(t.orgId),
        body: { name: 'Kort', levels: ['a', 'b', 'c'] as never },
      }),
    );
    expect(short.status).toBe(400);
    const other = await competenceTeam(ctx);
    const foreign = await addCompetence(other.director, other.orgId, 'Vreemd');
    const wrong = await answer(
      api.POST('/orgs/{orgId}/competences/profiles', {
        ...inOrg(t.orgId),
        body: { name: 'Verpleegkundige', requirements: [{ competenceId: foreign, level: 2 }] },
      }),
    );
    expect([wrong.status, wrong.body.error?.fields?.[0]?.path]).toEqual([404, 'requirements.0.competenceId']);
    const profileId = await addProfile(t.director, t.orgId, 'Verpleegkundige', [{ competenceId: med, level: 3 }]);
    const employeeId = await sampleEmployee(ctx.db, t.orgId);
    const put = await answer(
      api.PUT('/orgs/{orgId}/competences/people/{employeeId}/profile', {
        ...person(t.orgId, employeeId),
        body: { profileId },
      }),
    );
    expect(put.status).toBe(200);
    const profiles = await answer(api.GET('/orgs/{orgId}/competences/profiles', inOrg(t.orgId)));
    expect(profiles.body.items).toEqual([
      expect.objectContaining({ id: profileId, people: 1, requirements: [{ competenceId: med, level: 3 }] }),
    ]);
    const edited = await answer(
      api.PUT('/orgs/{orgId}/competences/catalogue/{competenceId}', {
        params: { path: { orgId: t.orgId, competenceId: med } },
        body: { name: 'Medicatiebeheer', cluster: 'Zorg', levels: LEVEL_TEXTS },
      }),
    );
    expect([edited.body.name, edited.body.cluster, edited.body.levels[3]]).toEqual([
      'Medicatiebeheer',
      'Zorg',
      LEVEL_TEXTS[3],
    ]);
    // A new competence goes to the end of the catalogue, whatever its name.
    await addCompetence(t.director, t.orgId, 'Agressiehantering');
    const list = await answer(api.GET('/orgs/{orgId}/competences/catalogue', inOrg(t.orgId)));
    expect(list.body.items.map((c) => c.name)).toEqual(['Medicatiebeheer', 'Agressiehantering']);
  });
});

describe('a person’s level, gap and the team heat map', () => {
  it('the manager’s assessment sets the level over self and training; the gap and the heat map follow', async () => {
    const t = await competenceTeam(ctx);
    const api = t.director.api;
    const med = await addCompetence(t.director, t.orgId, 'Medicatie');
    const crisis = await addCompetence(t.director, t.orgId, 'Crisishantering');
    const profileId = await addProfile(t.director, t.orgId, 'Begeleider', [
      { competenceId: med, level: 3 },
      { competenceId: crisis, level: 2 },
    ]);
    const ann = await sampleEmployee(ctx.db, t.orgId, { firstName: 'Ann', lastName: 'Peeters' });
    const bob = await sampleEmployee(ctx.db, t.orgId, { firstName: 'Bob', lastName: 'Janssens' });
    for (const id of [ann, bob]) {
      await api.PUT('/orgs/{orgId}/competences/people/{employeeId}/profile', {
        ...person(t.orgId, id),
        body: { profileId },
      });
    }
    const heat = async () =>
      (await answer(api.GET('/orgs/{orgId}/competences/heatmap', { params: { path: { orgId: t.orgId }, query: {} } })))
        .body;
    const before = await heat();
    expect(before.people).toBe(2);
    expect(before.rows.find((r) => r.competenceId === med)).toMatchObject({
      byLevel: [2, 0, 0, 0, 0],
      neededLevel: 3,
      holders: 0,
      needing: 2,
      meeting: 0,
      coverage: 0,
      risk: 'uncovered',
    });
    expect(before.risks).toEqual({ uncovered: 2, single: 0 });

    // A training reaches level 2, a manager says 3, a later self-assessment says 4: the manager counts.
    const training = await sampleTraining(ctx.db, t.orgId, ann, { heldOn: '2026-02-01' });
    const link = await answer(
      api.POST('/orgs/{orgId}/competences/people/{employeeId}/training-links', {
        ...person(t.orgId, ann),
        body: { trainingId: training, competenceId: med, level: 2 },
      }),
    );
    expect(link.status).toBe(200);
    const again = await answer(
      api.POST('/orgs/{orgId}/competences/people/{employeeId}/training-links', {
        ...person(t.orgId, ann),
        body: { trainingId: training, competenceId: med, level: 3 },
      }),
    );
    expect([again.status, again.body.error?.fields?.[0]?.path]).toEqual([409, 'competenceId']);
    const bobs = await sampleTraining(ctx.db, t.orgId, bob);
    const notHers = await answer(
      api.POST('/orgs/{orgId}/competences/people/{employeeId}/training-links', {
        ...person(t.orgId, ann),
        body: { trainingId: bobs, competenceId: med, level: 3 },
      }),
    );
    expect([notHers.status, notHers.body.error?.fields?.[0]?.path]).toEqual([404, 'trainingId']);
    const detail = async () =>
      (await answer(api.GET('/orgs/{orgId}/competences/people/{employeeId}', person(t.orgId, ann)))).body;
    expect((await detail()).competences.find((c) => c.competenceId === med)).toEqual({
      competenceId: med,
      required: 3,
      current: { level: 2, source: 'training', on: '2026-02-01' },
      gap: 1,
    });
    const assess = await answer(
      api.POST('/orgs/{orgId}/competences/people/{employeeId}/assessments', {
        ...person(t.orgId, ann),
        body: { competenceId: med, level: 3, assessedOn: '2026-03-01', note: 'Observatie' },
      }),
    );
    expect(assess.status).toBe(200);
    await ctx.db
      .insertInto('cmp_assessment')
      .values({
        org_id: t.orgId,
        employee_id: ann,
        competence_id: med,
        level: 4,
        kind: 'self',
        assessed_on: '2026-04-01',
        assessed_by: null,
      })
      .execute();
    const after = await detail();
    expect(after.competences.find((c) => c.competenceId === med)).toMatchObject({
      current: { level: 3, source: 'manager', on: '2026-03-01' },
      gap: 0,
    });
    expect(after.assessments[1]).toMatchObject({ level: 3, kind: 'manager', note: 'Observatie' });
    expect(after.assessments[1]!.assessedBy).toMatch(/directie/);
    expect(after.trainingLinks).toEqual([expect.objectContaining({ trainingId: training, level: 2 })]);
    const heated = await heat();
    expect(heated.rows.find((r) => r.competenceId === med)).toMatchObject({
      byLevel: [1, 0, 0, 1, 0],
      holders: 1,
      meeting: 1,
      coverage: 0.5,
      risk: 'single',
    });
    const list = await answer(api.GET('/orgs/{orgId}/competences/people', inOrg(t.orgId)));
    expect(list.body.items.find((p) => p.id === ann)).toMatchObject({ required: 2, met: 1, missingLevels: 2 });

    // A future date, an unknown competence, another organisation's employee.
    const future = await answer(
      api.POST('/orgs/{orgId}/competences/people/{employeeId}/assessments', {
        ...person(t.orgId, ann),
        body: { competenceId: med, level: 1, assessedOn: daysFromToday(2) },
      }),
    );
    expect([future.status, future.body.error?.fields?.[0]?.path]).toEqual([400, 'assessedOn']);
    const other = await competenceTeam(ctx);
    const stranger = await sampleEmployee(ctx.db, other.orgId);
    expect(
      (await answer(api.GET('/orgs/{orgId}/competences/people/{employeeId}', person(t.orgId, stranger)))).status,
    ).toBe(404);
    // A competence with assessments is kept.
    const del = await answer(
      api.DELETE('/orgs/{orgId}/competences/catalogue/{competenceId}', {
        params: { path: { orgId: t.orgId, competenceId: med } },
      }),
    );
    expect(del.status).toBe(409);
    // The team of one role profile; an unknown profile is 404.
    const team = await answer(
      api.GET('/orgs/{orgId}/competences/heatmap', { params: { path: { orgId: t.orgId }, query: { profileId } } }),
    );
    expect(team.body.people).toBe(2);
    const unknown = await answer(
      api.GET('/orgs/{orgId}/competences/heatmap', {
        params: { path: { orgId: t.orgId }, query: { profileId: crypto.randomUUID() } },
      }),
    );
    expect(unknown.status).toBe(404);
    // Reads of a person are audited.
    const reads = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('org_id', '=', t.orgId)
      .where('action', 'like', 'competences.person%')
      .execute();
    expect(reads).toContainEqual({ action: 'competences.person_read', entity_id: ann });
  });
});
