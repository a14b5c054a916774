/** Partnership assessments (scores, decision, versions, comparison, PDF) and innovation projects, through the API. */
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/calendar.ts';
import { answer, colleague, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { HOUSING, inOrg } from './testing.ts';

const ctx = testAppForFile();
const at = (orgId: string, assessmentId: string) => ({ params: { path: { orgId, assessmentId } } });

describe('partnership assessments', () => {
  it('scores risks, keeps a version at every save once decided, and shows what changed', async () => {
    const { client: staff, org } = await orgWithMember(ctx, 'staf');
    const director = await colleague(ctx, org.id, 'directie');
    const board = await colleague(ctx, org.id, 'bestuur');
    const created = await answer(
      staff.api.POST('/orgs/{orgId}/partnerships/assessments', { ...inOrg(org.id), body: HOUSING }),
    );
    expect(created.status).toBe(200);
    const id = created.body.id;

    const detail = await answer(staff.api.GET('/orgs/{orgId}/partnerships/assessments/{assessmentId}', at(org.id, id)));
    expect(detail.body.risks).toHaveLength(7);
    expect(detail.body.principles).toHaveLength(9);
    expect(detail.body.opportunities).toHaveLength(5);
    expect(detail.body.risks.find((r) => r.risk === 'cream_skimming')).toMatchObject({ score: 16, level: 'high' });
    expect(detail.body.highestRisk).toEqual({ risk: 'cream_skimming', score: 16, level: 'high' });
    expect([detail.body.decision, detail.body.version, detail.body.versions]).toEqual([null, 0, []]);

    // An undecided save keeps no version; the staff cannot decide, the board cannot edit.
    const save = (client: typeof staff, body = HOUSING) =>
      answer(client.api.PUT('/orgs/{orgId}/partnerships/assessments/{assessmentId}', { ...at(org.id, id), body }));
    expect((await save(staff, { ...HOUSING, purpose: 'Wonen en werken' })).body.versions).toEqual([]);
    const decision = {
      decision: 'partnership' as const,
      conditions: 'Jaarlijkse evaluatie',
      decidedOn: today(),
      reviewOn: addDays(today(), 30),
    };
    const decide = (client: typeof staff, body: object = decision) =>
      answer(
        client.api.PUT('/orgs/{orgId}/partnerships/assessments/{assessmentId}/decision', {
          ...at(org.id, id),
          body: body as typeof decision,
        }),
      );
    expect((await decide(staff)).status).toBe(403);
    expect((await save(board.client)).status).toBe(403);
    const late = await decide(director.client, { ...decision, reviewOn: addDays(today(), -1) });
    expect([late.status, late.body.error?.fields?.[0]?.path]).toEqual([400, 'reviewOn']);

    const decided = await decide(director.client);
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      decision: 'partnership',
      version: 1,
      decidedBy: { name: 'Collega directie' },
    });
    const changed = {
      ...HOUSING,
      stage: 'running' as const,
      risks: [{ risk: 'cream_skimming' as const, likelihood: 2, impact: 4, mitigation: 'Gemengde toewijzing' }],
    };
    const second = await save(staff, changed);
    expect(second.body.version).toBe(2);
    expect(second.body.versions.map((v) => v.version)).toEqual([2, 1]);

    const compare = await answer(
      board.client.api.GET('/orgs/{orgId}/partnerships/assessments/{assessmentId}/compare', {
        params: { path: { orgId: org.id, assessmentId: id }, query: { from: 1, to: 2 } },
      }),
    );
    expect(compare.status).toBe(200);
    expect(compare.body.changes).toEqual(
      expect.arrayContaining([
        { field: 'stage', item: null, before: 'proposed', after: 'running' },
        { field: 'likelihood', item: 'cream_skimming', before: 4, after: 2 },
        { field: 'likelihood', item: 'mission_drift', before: 2, after: null },
        { field: 'purpose', item: null, before: 'Wonen en werken', after: HOUSING.purpose },
      ]),
    );
    const missing = await answer(
      board.client.api.GET('/orgs/{orgId}/partnerships/assessments/{assessmentId}/compare', {
        params: { path: { orgId: org.id, assessmentId: id }, query: { from: 1, to: 9 } },
      }),
    );
    expect(missing.status).toBe(404);

    // The decider's queue: only decided assessments whose review has come, and undecided ones.
    const queue = await answer(director.client.api.GET('/orgs/{orgId}/partnerships/to-decide', inOrg(org.id)));
    expect(queue.body.items).toEqual([]);

    // Home reminds of the review within 60 days.
    const home = await answer(board.client.api.GET('/orgs/{orgId}/home', inOrg(org.id)));
    expect(home.body.partnerships?.reviews).toEqual([{ id, partner: HOUSING.partner, reviewOn: decision.reviewOn }]);

    const pdf = await board.client.req('GET', `/api/orgs/${org.id}/partnerships/assessments/${id}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('refuses a risk named twice', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const risk = { risk: 'mission_drift' as const, likelihood: 1, impact: 1, mitigation: '' };
    const a = await answer(
      client.api.POST('/orgs/{orgId}/partnerships/assessments', {
        ...inOrg(org.id),
        body: { ...HOUSING, risks: [risk, risk] },
      }),
    );
    expect([a.status, a.body.error?.fields?.[0]?.path]).toEqual([400, 'risks.1.risk']);
  });
});

describe('innovation projects', () => {
  it('links objectives of the strategy map and warns twelve months before the funding ends without a plan', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const objective = await answer(
      client.api.POST('/orgs/{orgId}/strategy/objectives', {
        ...inOrg(org.id),
        body: { perspective: 'clients', title: 'Wonen in de wijk' },
      }),
    );
    const body = {
      name: 'Buurtgerichte zorg',
      funder: 'Koning Boudewijnstichting',
      amountCents: 12_000_000,
      fundingStart: addDays(today(), -700),
      fundingEnd: addDays(today(), 200),
      objectiveIds: [objective.body.id],
    };
    const created = await answer(client.api.POST('/orgs/{orgId}/partnerships/projects', { ...inOrg(org.id), body }));
    expect(created.status).toBe(200);
    const twice = await answer(client.api.POST('/orgs/{orgId}/partnerships/projects', { ...inOrg(org.id), body }));
    expect([twice.status, twice.body.error?.fields?.[0]?.path]).toEqual([409, 'name']);
    const list = async () =>
      (await answer(client.api.GET('/orgs/{orgId}/partnerships/projects', inOrg(org.id)))).body.items;
    expect((await list())[0]).toMatchObject({
      name: 'Buurtgerichte zorg',
      state: 'warning',
      objectives: [{ id: objective.body.id, title: 'Wonen in de wijk' }],
    });
    const planned = await answer(
      client.api.PUT('/orgs/{orgId}/partnerships/projects/{projectId}', {
        params: { path: { orgId: org.id, projectId: created.body.id } },
        body: { ...body, continuationPlan: 'Structurele erkenning aanvragen' },
      }),
    );
    expect(planned.status).toBe(200);
    expect((await list())[0]!.state).toBe('planned');

    const other = await orgWithMember(ctx, 'directie');
    const foreign = await answer(
      other.client.api.POST('/orgs/{orgId}/partnerships/projects', {
        ...inOrg(other.org.id),
        body: { name: 'X', objectiveIds: [objective.body.id] },
      }),
    );
    expect([foreign.status, foreign.body.error?.fields?.[0]?.path]).toEqual([400, 'objectiveIds.0']);
    const backwards = await answer(
      client.api.POST('/orgs/{orgId}/partnerships/projects', {
        ...inOrg(org.id),
        body: { name: 'Y', fundingStart: '2026-05-01', fundingEnd: '2026-04-01' },
      }),
    );
    expect([backwards.status, backwards.body.error?.fields?.[0]?.path]).toEqual([400, 'fundingEnd']);
  });
});
