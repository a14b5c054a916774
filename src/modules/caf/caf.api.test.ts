import { describe, expect, it } from 'vitest';
import { CAF_COMMANDS } from '../../cli/caf-commands.ts';
import { answer, auditedActions, type Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { SUBCRITERION_CODES } from './model.ts';
import {
  CONSENSUS,
  cafTeam,
  inOrg,
  inRound,
  onSub,
  ROUND,
  SCORE,
  type ScoreBody as Body,
  scoreAll,
} from './testing.ts';

const ctx = testAppForFile();
const team = () => cafTeam(ctx);

describe('the CAF model and the permission probe', () => {
  it('serves the 28 subcriteria with bands to scorers and readers; my-assessments is 200 for scorers, 403 for the board', async () => {
    const t = await team();
    const model = await answer(t.bert.client.api.GET('/orgs/{orgId}/caf/model', { params: inOrg(t.orgId) }));
    expect(model.status).toBe(200);
    expect(model.body.criteria.flatMap((c) => c.subcriteria)).toHaveLength(28);
    expect(model.body.bands.enabler[2]!.short.nl).toBe('Do');
    expect((await t.board.client.api.GET('/orgs/{orgId}/caf/model', { params: inOrg(t.orgId) })).response.status).toBe(
      200,
    );
    const mine = (c: Client) => answer(c.api.GET('/orgs/{orgId}/caf/my-assessments', { params: inOrg(t.orgId) }));
    for (const c of [t.director.client, t.anna.client, t.bert.client]) expect((await mine(c)).status).toBe(200);
    expect((await mine(t.board.client)).status).toBe(403);
    const list = await answer(t.bert.client.api.GET('/orgs/{orgId}/caf/assessments', { params: inOrg(t.orgId) }));
    expect(list.status).toBe(403);
  });
});

describe('creating a round', () => {
  it('needs assessors who are members whose role may score, and a finished previous round', async () => {
    const t = await team();
    const other = await orgWithMember(ctx, 'staf');
    const base = { name: 'Ronde 2026', scoring: 'classical' as const, startedOn: '2026-02-01' };
    const create = (c: Client, body: { assessors: string[]; previousId?: string }) =>
      answer(c.api.POST('/orgs/{orgId}/caf/assessments', { params: inOrg(t.orgId), body: { ...base, ...body } }));
    const none = await create(t.director.client, { assessors: [] });
    expect(none.status).toBe(400);
    expect(none.body.error!.fields![0]!.path).toBe('assessors');
    const outsider = await create(t.director.client, { assessors: [t.anna.id, other.member.userId, t.board.id] });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error!.fields!.map((f) => f.path)).toEqual(['assessors.1', 'assessors.2']);
    expect(outsider.body.error!.fields![1]!.message).toMatch(/bestuur/);
    const ok = await create(t.director.client, { assessors: [t.anna.id] });
    expect(ok.status).toBe(200);
    const notFinished = await create(t.director.client, { assessors: [t.anna.id], previousId: ok.body.id });
    expect(notFinished.status).toBe(400);
    expect(notFinished.body.error!.fields![0]!.path).toBe('previousId');
    expect((await create(t.anna.client, { assessors: [t.anna.id] })).status).toBe(200);
    expect((await create(t.bert.client, { assessors: [t.anna.id] })).status).toBe(403);
    const candidates = await answer(
      t.director.client.api.GET('/orgs/{orgId}/caf/assessors', { params: inOrg(t.orgId) }),
    );
    expect(candidates.body.items.map((c) => c.name)).toEqual(expect.arrayContaining(['Anna Staf', 'Bert Begeleider']));
    expect(candidates.body.items.map((c) => c.name)).not.toContain('Bea Bestuur');
  });
});

describe('a whole round with two assessors', () => {
  it('scores independently, reaches consensus, finishes, makes an action from an improvement point, and reports', async () => {
    const t = await team();
    const created = await answer(
      t.director.client.api.POST('/orgs/{orgId}/caf/assessments', {
        params: inOrg(t.orgId),
        body: {
          name: 'Zelfevaluatie 2026',
          scoring: 'classical',
          startedOn: '2026-03-02',
          assessors: [t.anna.id, t.bert.id],
        },
      }),
    );
    expect(created.status).toBe(200);
    const id = created.body.id;
    const round = inRound(t.orgId, id);
    const score = (c: Client, code: string, body: Body) =>
      answer(c.api.PUT(SCORE, { params: onSub(t.orgId, id, code), body }));
    const agree = (c: Client, code: string, body: Body) =>
      answer(c.api.PUT(CONSENSUS, { params: onSub(t.orgId, id, code), body }));
    const submit = (c: Client) => answer(c.api.POST(`${ROUND}/submit`, { params: round }));
    const finish = (c: Client, finishedOn?: string) =>
      answer(c.api.POST(`${ROUND}/finish`, { params: round, body: finishedOn ? { finishedOn } : {} }));
    const results = (c: Client) => answer(c.api.GET(`${ROUND}/results`, { params: round }));
    const makeAction = (code: string) =>
      answer(t.director.client.api.POST(`${CONSENSUS}/action`, { params: onSub(t.orgId, id, code), body: {} }));

    // Anna scores everything with her own texts; Bert starts.
    await scoreAll(t.anna.client, t.orgId, id, (code, i) => (code.startsWith('9') ? 70 : 30 + i), {
      evidence: 'Jaarverslag 2025',
      strengths: 'Anna ziet een sterke teamgeest',
      improvements: 'Anna: de opvolging van klachten verbeteren',
    });
    expect((await score(t.bert.client, '1.1', { score: 45, evidence: 'Bert zijn bewijs' })).status).toBe(200);

    // Independence: Bert only ever sees his own scores; nobody sees the scores side by side while scoring.
    const bertsView = await answer(t.bert.client.api.GET(`${ROUND}/my-scores`, { params: round }));
    expect(bertsView.body.scored).toBe(1);
    expect(bertsView.body.scores[0]).toMatchObject({ subcriterion: '1.1', score: 45, evidence: 'Bert zijn bewijs' });
    expect(JSON.stringify(bertsView.body)).not.toContain('Anna');
    for (const c of [t.bert.client, t.anna.client, t.director.client]) {
      const early = await answer(c.api.GET(`${ROUND}/consensus`, { params: round }));
      expect(early.status).toBe(409);
      expect((await results(c)).status).toBe(409);
    }
    const detail = await answer(t.bert.client.api.GET(ROUND, { params: round }));
    expect(detail.status).toBe(200);
    expect(detail.body.assessors.map((x) => [x.name, x.scored])).toEqual([
      ['Anna Staf', 28],
      ['Bert Begeleider', 1],
    ]);
    expect(JSON.stringify(detail.body)).not.toContain('Jaarverslag');

    // A non-assessor gets 404 on the scoring routes; the board reads the round but cannot score.
    expect((await answer(t.director.client.api.GET(`${ROUND}/my-scores`, { params: round }))).status).toBe(404);
    expect((await score(t.director.client, '1.1', { score: 50 })).status).toBe(404);
    expect((await score(t.board.client, '1.1', { score: 50 })).status).toBe(403);

    // Bad input: out of range names the field; unknown subcriteria are not found.
    const tooHigh = await score(t.bert.client, '1.2', { score: 101 });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.error!.fields).toEqual([{ path: 'score', message: 'een geheel getal van 0 tot en met 100' }]);
    expect((await score(t.bert.client, '1.2', { score: 55.5 })).status).toBe(422);
    // Deliberately malformed (a text score): the untyped request.
    expect(
      (await t.bert.client.req('PUT', `/api/orgs/${t.orgId}/caf/assessments/${id}/scores/1.2`, { score: 'vijftig' }))
        .status,
    ).toBe(400);
    expect((await score(t.bert.client, '4.7', { score: 50 })).status).toBe(404);
    expect((await score(t.bert.client, '10.1', { score: 50 })).status).toBe(404);
    expect((await score(t.bert.client, '1.2', { fine: { plan: 50 } })).status).toBe(422);

    // Submitting needs all 28 scores.
    const early = await submit(t.bert.client);
    expect(early.status).toBe(422);
    expect(early.body.error!.details!.missing).toHaveLength(27);
    await scoreAll(t.bert.client, t.orgId, id, (code, i) => (code.startsWith('9') ? 45 : 35 + i), {
      strengths: 'Bert: goede zorgplannen',
      improvements: 'Bert: vorming rond agressie',
    });
    expect((await submit(t.bert.client)).status).toBe(200);
    expect((await submit(t.anna.client)).status).toBe(200);
    expect((await score(t.anna.client, '1.1', { score: 10 })).status).toBe(409);
    const mine = await answer(t.bert.client.api.GET('/orgs/{orgId}/caf/my-assessments', { params: inOrg(t.orgId) }));
    expect(mine.body.items[0]).toMatchObject({ id, scored: 28, total: 28 });
    expect(mine.body.items[0]!.submittedAt).toBeTruthy();

    // Consensus: the manager opens it; every assessor's score is shown by name with the spread.
    expect((await answer(t.anna.client.api.POST(`${ROUND}/consensus`, { params: round }))).status).toBe(200); // staf may manage
    const view = await answer(t.bert.client.api.GET(`${ROUND}/consensus`, { params: round }));
    expect(view.status).toBe(200);
    const s11 = view.body.subcriteria[0]!;
    expect(s11.scores.map((x) => [x.name, x.score])).toEqual([
      ['Anna Staf', 30],
      ['Bert Begeleider', 35],
    ]);
    expect(s11.spread).toMatchObject({ min: 30, max: 35, discuss: false });
    const s91 = view.body.subcriteria.find((s) => s.code === '9.1')!;
    expect(s91.spread).toMatchObject({ min: 45, max: 70, range: 25, discuss: true });
    expect(s91.scores[0]).toMatchObject({ strengths: 'Anna ziet een sterke teamgeest' });
    expect((await agree(t.bert.client, '1.1', { score: 33 })).status).toBe(403);

    for (const code of SUBCRITERION_CODES.slice(0, 27)) {
      const saved = await agree(t.director.client, code, {
        score: code === '9.1' ? 60 : 40,
        evidence: 'Zelfevaluatie',
        strengths: 'Teamgeest',
        improvements: code === '4.3' ? 'Kostprijs per dienst berekenen\nBudget per team' : '',
      });
      expect(saved.status).toBe(200);
    }
    expect((await agree(t.director.client, '9.2', { score: 120 })).body.error!.fields![0]!.path).toBe('score');
    expect((await agree(t.director.client, '9.2', {})).status).toBe(422);
    const missing = await finish(t.director.client);
    expect(missing.status).toBe(422);
    expect(missing.body.error!.details!.missing).toEqual(['9.2']);
    expect(missing.body.error!.message).toContain('9.2');
    expect((await agree(t.director.client, '9.2', { score: 50 })).status).toBe(200);
    const finished = await finish(t.director.client, '2026-04-15');
    expect(finished.status).toBe(200);
    expect((await agree(t.director.client, '9.2', { score: 51 })).status).toBe(409);

    // Results: consensus per criterion, radar data; the board reads them.
    const res = await results(t.board.client);
    expect(res.status).toBe(200);
    expect(res.body.provisional).toBe(false);
    expect(res.body.criteria[0]).toMatchObject({ criterion: 1, score: 40, band: 2 });
    expect(res.body.criteria[8]).toMatchObject({ criterion: 9, score: 55, band: 3 });
    expect(res.body.radar.current).toHaveLength(9);
    expect(res.body.comparison).toBeNull();

    // An improvement point becomes an action with one click; a second click refers to it.
    const action = await makeAction('4.3');
    expect(action.status).toBe(200);
    expect(action.body.title).toBe('CAF 4.3: Kostprijs per dienst berekenen');
    const again = await makeAction('4.3');
    expect(again.status).toBe(409);
    expect(again.body.error!.details!.actionId).toBe(action.body.id);
    expect((await makeAction('1.1')).status).toBe(400); // no improvement points
    const withAction = await results(t.director.client);
    expect(withAction.body.subcriteria.find((s) => s.code === '4.3')!.actions).toEqual([
      expect.objectContaining({ id: action.body.id, status: 'plan' }),
    ]);
    const link = await ctx.db
      .selectFrom('perf_action_caf')
      .selectAll()
      .where('action_id', '=', action.body.id)
      .execute();
    expect(link).toEqual([expect.objectContaining({ subcriterion: '4.3', assessment_id: id, org_id: t.orgId })]);

    // PDF and CLI.
    const pdf = await answer(t.board.client.api.GET(`${ROUND}/report.pdf`, { params: round, parseAs: 'text' }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(String(pdf.body).slice(0, 5)).toBe('%PDF-');
    const cli = await CAF_COMMANDS['caf:report']!.run(ctx.db, { org: t.orgId, assessment: id, json: true });
    expect(cli.text).toContain('Totaalscore: 41,7');
    expect(cli.text).toContain('4.3  40  Do');
    expect(cli.data).toMatchObject({
      overall: 41.7,
      assessors: [
        { name: 'Anna Staf', submitted: true },
        { name: 'Bert Begeleider', submitted: true },
      ],
    });
    await expect(CAF_COMMANDS['caf:report']!.run(ctx.db, { org: t.orgId, assessment: 'x' })).rejects.toThrow(
      /assessment/,
    );

    // Every change is audited.
    expect(new Set(await auditedActions(ctx.db, t.orgId, 'caf.'))).toEqual(
      new Set([
        'caf.assessment_created',
        'caf.score_saved',
        'caf.scores_submitted',
        'caf.consensus_started',
        'caf.consensus_saved',
        'caf.assessment_finished',
        'caf.action_created',
        'caf.report_downloaded',
      ]),
    );
  });
});
