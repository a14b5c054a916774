/** The decision register (who may record which body's decisions) and the board pack, through the API. */
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/calendar.ts';
import { answer, colleague, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { HOUSING } from '../partnerships/testing.ts';

const ctx = testAppForFile();
const inOrg = (orgId: string) => ({ params: { path: { orgId } } });

describe('decision register', () => {
  it('lets the board record the decisions of the general assembly and the board, the staff those of direction and teams', async () => {
    const { client: director, org } = await orgWithMember(ctx, 'directie');
    const staff = await colleague(ctx, org.id, 'staf');
    const board = await colleague(ctx, org.id, 'bestuur');
    const record = (client: typeof director, body: 'raad_van_bestuur' | 'team', extra: object = {}) =>
      answer(
        client.api.POST('/orgs/{orgId}/governance/decisions', {
          ...inOrg(org.id),
          body: { title: `Besluit ${body}`, body, decidedOn: today(), ...extra },
        }),
      );
    const assessment = await answer(
      director.api.POST('/orgs/{orgId}/partnerships/assessments', { ...inOrg(org.id), body: HOUSING }),
    );
    const byBoard = await record(board.client, 'raad_van_bestuur', {
      assessmentId: assessment.body.id,
      followUpOwner: 'Directeur',
      followUpOn: addDays(today(), 10),
    });
    expect(byBoard.status).toBe(200);
    expect((await record(board.client, 'team')).status).toBe(403);
    expect((await record(staff.client, 'raad_van_bestuur')).status).toBe(403);
    expect((await record(staff.client, 'team')).status).toBe(200);
    const choices = async (client: typeof director) =>
      (await answer(client.api.GET('/orgs/{orgId}/governance/choices', inOrg(org.id)))).body.bodies;
    expect(await choices(board.client)).toEqual(['algemene_vergadering', 'raad_van_bestuur']);
    expect(await choices(staff.client)).toEqual(['directie', 'team']);
    expect(await choices(director)).toHaveLength(4);

    // The staff cannot change or remove a board decision.
    const put = await answer(
      staff.client.api.PUT('/orgs/{orgId}/governance/decisions/{decisionId}', {
        params: { path: { orgId: org.id, decisionId: byBoard.body.id } },
        body: { title: 'Anders', body: 'team', decidedOn: today() },
      }),
    );
    expect(put.status).toBe(403);
    const list = await answer(board.client.api.GET('/orgs/{orgId}/governance/decisions', inOrg(org.id)));
    expect(list.body.items.find((d) => d.id === byBoard.body.id)).toMatchObject({
      body: 'raad_van_bestuur',
      assessment: { id: assessment.body.id, name: HOUSING.partner },
      followUpDue: false,
      recordedBy: 'Collega bestuur',
    });

    const other = await orgWithMember(ctx, 'directie');
    const foreign = await answer(
      other.client.api.POST('/orgs/{orgId}/governance/decisions', {
        ...inOrg(other.org.id),
        body: { title: 'X', body: 'team', decidedOn: today(), assessmentId: assessment.body.id },
      }),
    );
    expect([foreign.status, foreign.body.error?.fields?.[0]?.path]).toEqual([400, 'assessmentId']);
  });
});

describe('board pack', () => {
  it('assembles the board view, the decisions due, the reviews and the projects without a plan for a meeting', async () => {
    const { client: director, org } = await orgWithMember(ctx, 'directie');
    const board = await colleague(ctx, org.id, 'bestuur');
    const meeting = addDays(today(), 30);
    const a = await answer(
      director.api.POST('/orgs/{orgId}/partnerships/assessments', { ...inOrg(org.id), body: HOUSING }),
    );
    await answer(
      director.api.PUT('/orgs/{orgId}/partnerships/assessments/{assessmentId}/decision', {
        params: { path: { orgId: org.id, assessmentId: a.body.id } },
        body: { decision: 'supporting_role', decidedOn: today(), reviewOn: addDays(today(), 20) },
      }),
    );
    await answer(
      director.api.POST('/orgs/{orgId}/partnerships/projects', {
        ...inOrg(org.id),
        body: { name: 'Digitale zorg', funder: 'VLAIO', fundingEnd: addDays(today(), 100) },
      }),
    );
    for (const [title, on] of [
      ['Te volgen', addDays(today(), 25)],
      ['Later', addDays(today(), 60)],
    ] as const)
      await answer(
        board.client.api.POST('/orgs/{orgId}/governance/decisions', {
          ...inOrg(org.id),
          body: { title, body: 'raad_van_bestuur', decidedOn: today(), followUpOn: on },
        }),
      );
    const pack = await answer(
      board.client.api.GET('/orgs/{orgId}/governance/board-pack', {
        params: { path: { orgId: org.id }, query: { meeting } },
      }),
    );
    expect(pack.status).toBe(200);
    expect(pack.body.decisionsDue.map((d) => d.title)).toEqual(['Te volgen']);
    expect(pack.body.reviews.map((r) => [r.partner, r.decision])).toEqual([[HOUSING.partner, 'supporting_role']]);
    expect(pack.body.projects.map((p) => p.name)).toEqual(['Digitale zorg']);
    expect(pack.body.board.summary.total).toBe(0);
    const pdf = await board.client.req('GET', `/api/orgs/${org.id}/governance/board-pack.pdf?meeting=${meeting}`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  });
});
