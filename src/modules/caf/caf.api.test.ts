import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAF_COMMANDS } from '../../cli/caf-commands.ts';
import type { Role } from '../orgs/public.ts';
import { addMember } from '../orgs/public.ts';
import { Client, orgWithMember, TEST_PASSWORD, testApp } from '../../server/testing.ts';
import { SUBCRITERION_CODES } from './model.ts';
import { scoreAll } from './testing.ts';
import { hashPassword } from '../../server/secrets.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
let hash: string;
beforeAll(async () => {
  ctx = await testApp();
  hash = await hashPassword(TEST_PASSWORD);
});
afterAll(() => ctx.close());

let n = 0;
/** A logged-in member of `orgId` with `role`. */
async function member(orgId: string, role: Role, name: string) {
  const email = `${role}.${++n}.${Date.now()}@caf.test`;
  const { member: m } = await addMember(ctx.db, orgId, { email, name, role, passwordHash: hash });
  const client = new Client(ctx.app);
  await client.login(email);
  return { id: m.userId as string, client, name };
}

/** An organisation with a director (manager, not scoring), a staf member and a begeleider (the assessors) and a board member. */
async function team() {
  const dir = await orgWithMember(ctx, 'directie');
  const orgId = dir.org.id;
  const me = await dir.client.get('/api/auth/me');
  return {
    orgId,
    director: { id: me.body.user.id as string, client: dir.client },
    anna: await member(orgId, 'staf', 'Anna Staf'),
    bert: await member(orgId, 'begeleider', 'Bert Begeleider'),
    board: await member(orgId, 'bestuur', 'Bea Bestuur'),
  };
}

const path = (orgId: string, rest = '') => `/api/orgs/${orgId}/caf${rest}`;

describe('the CAF model and the permission probe', () => {
  it('serves the 28 subcriteria with bands to scorers and readers; my-assessments is 200 for scorers, 403 for the board', async () => {
    const t = await team();
    const model = await t.bert.client.get(path(t.orgId, '/model'));
    expect(model.status).toBe(200);
    expect(model.body.criteria.flatMap((c: { subcriteria: unknown[] }) => c.subcriteria)).toHaveLength(28);
    expect(model.body.bands.enabler[2].short.nl).toBe('Do');
    expect((await t.board.client.get(path(t.orgId, '/model'))).status).toBe(200);
    for (const c of [t.director.client, t.anna.client, t.bert.client])
      expect((await c.get(path(t.orgId, '/my-assessments'))).status).toBe(200);
    expect((await t.board.client.get(path(t.orgId, '/my-assessments'))).status).toBe(403);
    expect((await t.bert.client.get(path(t.orgId, '/assessments'))).status).toBe(403);
  });
});

describe('creating a round', () => {
  it('needs assessors who are members whose role may score, and a finished previous round', async () => {
    const t = await team();
    const other = await orgWithMember(ctx, 'staf');
    const base = { name: 'Ronde 2026', scoring: 'classical', startedOn: '2026-02-01' };
    const none = await t.director.client.post(path(t.orgId, '/assessments'), { ...base, assessors: [] });
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].path).toBe('assessors');
    const outsider = await t.director.client.post(path(t.orgId, '/assessments'), {
      ...base,
      assessors: [t.anna.id, other.member.userId, t.board.id],
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['assessors.1', 'assessors.2']);
    expect(outsider.body.error.fields[1].message).toMatch(/bestuur/);
    const ok = await t.director.client.post(path(t.orgId, '/assessments'), { ...base, assessors: [t.anna.id] });
    expect(ok.status).toBe(200);
    const notFinished = await t.director.client.post(path(t.orgId, '/assessments'), {
      ...base,
      assessors: [t.anna.id],
      previousId: ok.body.id,
    });
    expect(notFinished.status).toBe(400);
    expect(notFinished.body.error.fields[0].path).toBe('previousId');
    expect((await t.anna.client.post(path(t.orgId, '/assessments'), { ...base, assessors: [t.anna.id] })).status).toBe(
      200,
    );
    expect((await t.bert.client.post(path(t.orgId, '/assessments'), { ...base, assessors: [t.anna.id] })).status).toBe(
      403,
    );
    const candidates = await t.director.client.get(path(t.orgId, '/assessors'));
    expect(candidates.body.items.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Anna Staf', 'Bert Begeleider']),
    );
    expect(candidates.body.items.map((c: { name: string }) => c.name)).not.toContain('Bea Bestuur');
  });
});

describe('a whole round with two assessors', () => {
  it('scores independently, reaches consensus, finishes, makes an action from an improvement point, and reports', async () => {
    const t = await team();
    const created = await t.director.client.post(path(t.orgId, '/assessments'), {
      name: 'Zelfevaluatie 2026',
      scoring: 'classical',
      startedOn: '2026-03-02',
      assessors: [t.anna.id, t.bert.id],
    });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    const a = (rest = '') => path(t.orgId, `/assessments/${id}${rest}`);

    // Anna scores everything with her own texts; Bert starts.
    await scoreAll(t.anna.client, t.orgId, id, (code, i) => (code.startsWith('9') ? 70 : 30 + i), {
      evidence: 'Jaarverslag 2025',
      strengths: 'Anna ziet een sterke teamgeest',
      improvements: 'Anna: de opvolging van klachten verbeteren',
    });
    expect((await t.bert.client.req('PUT', a('/scores/1.1'), { score: 45, evidence: 'Bert zijn bewijs' })).status).toBe(
      200,
    );

    // Independence: Bert only ever sees his own scores; nobody sees the scores side by side while scoring.
    const bertsView = await t.bert.client.get(a('/my-scores'));
    expect(bertsView.body.scored).toBe(1);
    expect(bertsView.body.scores[0]).toMatchObject({ subcriterion: '1.1', score: 45, evidence: 'Bert zijn bewijs' });
    expect(JSON.stringify(bertsView.body)).not.toContain('Anna');
    for (const c of [t.bert.client, t.anna.client, t.director.client]) {
      const early = await c.get(a('/consensus'));
      expect(early.status).toBe(409);
      expect((await c.get(a('/results'))).status).toBe(409);
    }
    const detail = await t.bert.client.get(a());
    expect(detail.status).toBe(200);
    expect(detail.body.assessors.map((x: { name: string; scored: number }) => [x.name, x.scored])).toEqual([
      ['Anna Staf', 28],
      ['Bert Begeleider', 1],
    ]);
    expect(JSON.stringify(detail.body)).not.toContain('Jaarverslag');

    // A non-assessor gets 404 on the scoring routes; the board reads the round but cannot score.
    expect((await t.director.client.get(a('/my-scores'))).status).toBe(404);
    expect((await t.director.client.req('PUT', a('/scores/1.1'), { score: 50 })).status).toBe(404);
    expect((await t.board.client.req('PUT', a('/scores/1.1'), { score: 50 })).status).toBe(403);

    // Bad input: out of range names the field; unknown subcriteria are not found.
    const tooHigh = await t.bert.client.req('PUT', a('/scores/1.2'), { score: 101 });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.error.fields).toEqual([{ path: 'score', message: 'een geheel getal van 0 tot en met 100' }]);
    expect((await t.bert.client.req('PUT', a('/scores/1.2'), { score: 55.5 })).status).toBe(422);
    expect((await t.bert.client.req('PUT', a('/scores/1.2'), { score: 'vijftig' })).status).toBe(400);
    expect((await t.bert.client.req('PUT', a('/scores/4.7'), { score: 50 })).status).toBe(404);
    expect((await t.bert.client.req('PUT', a('/scores/10.1'), { score: 50 })).status).toBe(404);
    expect((await t.bert.client.req('PUT', a('/scores/1.2'), { fine: { plan: 50 } })).status).toBe(422);

    // Submitting needs all 28 scores.
    const early = await t.bert.client.post(a('/submit'));
    expect(early.status).toBe(422);
    expect(early.body.error.details.missing).toHaveLength(27);
    await scoreAll(t.bert.client, t.orgId, id, (code, i) => (code.startsWith('9') ? 45 : 35 + i), {
      strengths: 'Bert: goede zorgplannen',
      improvements: 'Bert: vorming rond agressie',
    });
    expect((await t.bert.client.post(a('/submit'))).status).toBe(200);
    expect((await t.anna.client.post(a('/submit'))).status).toBe(200);
    expect((await t.anna.client.req('PUT', a('/scores/1.1'), { score: 10 })).status).toBe(409);
    const mine = await t.bert.client.get(path(t.orgId, '/my-assessments'));
    expect(mine.body.items[0]).toMatchObject({ id, scored: 28, total: 28 });
    expect(mine.body.items[0].submittedAt).toBeTruthy();

    // Consensus: the manager opens it; every assessor's score is shown by name with the spread.
    expect((await t.anna.client.post(a('/consensus'))).status).toBe(200); // staf may manage
    const view = await t.bert.client.get(a('/consensus'));
    expect(view.status).toBe(200);
    const s11 = view.body.subcriteria[0];
    expect(s11.scores.map((x: { name: string; score: number }) => [x.name, x.score])).toEqual([
      ['Anna Staf', 30],
      ['Bert Begeleider', 35],
    ]);
    expect(s11.spread).toMatchObject({ min: 30, max: 35, discuss: false });
    const s91 = view.body.subcriteria.find((s: { code: string }) => s.code === '9.1');
    expect(s91.spread).toMatchObject({ min: 45, max: 70, range: 25, discuss: true });
    expect(s91.scores[0]).toMatchObject({ strengths: 'Anna ziet een sterke teamgeest' });
    expect((await t.bert.client.req('PUT', a('/consensus/1.1'), { score: 33 })).status).toBe(403);

    for (const code of SUBCRITERION_CODES.slice(0, 27)) {
      const saved = await t.director.client.req('PUT', a(`/consensus/${code}`), {
        score: code === '9.1' ? 60 : 40,
        evidence: 'Zelfevaluatie',
        strengths: 'Teamgeest',
        improvements: code === '4.3' ? 'Kostprijs per dienst berekenen\nBudget per team' : '',
      });
      expect(saved.status).toBe(200);
    }
    expect((await t.director.client.req('PUT', a('/consensus/9.2'), { score: 120 })).body.error.fields[0].path).toBe(
      'score',
    );
    expect((await t.director.client.req('PUT', a('/consensus/9.2'), {})).status).toBe(422);
    const missing = await t.director.client.post(a('/finish'), {});
    expect(missing.status).toBe(422);
    expect(missing.body.error.details.missing).toEqual(['9.2']);
    expect(missing.body.error.message).toContain('9.2');
    expect((await t.director.client.req('PUT', a('/consensus/9.2'), { score: 50 })).status).toBe(200);
    const finished = await t.director.client.post(a('/finish'), { finishedOn: '2026-04-15' });
    expect(finished.status).toBe(200);
    expect((await t.director.client.req('PUT', a('/consensus/9.2'), { score: 51 })).status).toBe(409);

    // Results: consensus per criterion, radar data; the board reads them.
    const results = await t.board.client.get(a('/results'));
    expect(results.status).toBe(200);
    expect(results.body.provisional).toBe(false);
    expect(results.body.criteria[0]).toMatchObject({ criterion: 1, score: 40, band: 2 });
    expect(results.body.criteria[8]).toMatchObject({ criterion: 9, score: 55, band: 3 });
    expect(results.body.radar.current).toHaveLength(9);
    expect(results.body.comparison).toBeNull();

    // An improvement point becomes an action with one click; a second click refers to it.
    const action = await t.director.client.post(a('/consensus/4.3/action'), {});
    expect(action.status).toBe(200);
    expect(action.body.title).toBe('CAF 4.3: Kostprijs per dienst berekenen');
    const again = await t.director.client.post(a('/consensus/4.3/action'), {});
    expect(again.status).toBe(409);
    expect(again.body.error.details.actionId).toBe(action.body.id);
    expect((await t.director.client.post(a('/consensus/1.1/action'), {})).status).toBe(400); // no improvement points
    const withAction = await t.director.client.get(a('/results'));
    expect(withAction.body.subcriteria.find((s: { code: string }) => s.code === '4.3').actions).toEqual([
      expect.objectContaining({ id: action.body.id, status: 'plan' }),
    ]);
    const link = await ctx.db
      .selectFrom('perf_action_caf')
      .selectAll()
      .where('action_id', '=', action.body.id)
      .execute();
    expect(link).toEqual([expect.objectContaining({ subcriterion: '4.3', assessment_id: id, org_id: t.orgId })]);

    // PDF and CLI.
    const pdf = await t.board.client.get(a('/report.pdf'));
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
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('org_id', '=', t.orgId)
      .where('action', 'like', 'caf.%')
      .execute();
    expect(new Set(audit.map((x) => x.action))).toEqual(
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

  it('compares with the previous round, scores fine-tuned, and keeps rounds of another organisation out of reach', async () => {
    const t = await team();
    const run = async (name: string, scoring: string, previousId: string | null, score: (code: string) => number) => {
      const c = await t.director.client.post(path(t.orgId, '/assessments'), {
        name,
        scoring,
        startedOn: '2025-03-01',
        assessors: [t.director.id],
        previousId,
      });
      expect(c.status).toBe(200);
      const base = path(t.orgId, `/assessments/${c.body.id}`);
      await t.director.client.post(`${base}/consensus`);
      for (const code of SUBCRITERION_CODES)
        expect((await t.director.client.req('PUT', `${base}/consensus/${code}`, { score: score(code) })).status).toBe(
          200,
        );
      expect((await t.director.client.post(`${base}/finish`, {})).status).toBe(200);
      return c.body.id as string;
    };
    const first = await run('Ronde 2025', 'classical', null, () => 30);
    const second = await run('Ronde 2026', 'finetuned', first, (code) => (code.startsWith('1') ? 50 : 30));
    const results = await t.director.client.get(path(t.orgId, `/assessments/${second}/results`));
    expect(results.body.comparison.previous).toMatchObject({ id: first, name: 'Ronde 2025' });
    expect(results.body.comparison.criteria[0]).toEqual({ criterion: 1, current: 50, previous: 30, delta: 20 });
    expect(results.body.comparison.subcriteria[0]).toEqual({ code: '1.1', current: 50, previous: 30, delta: 20 });
    expect(results.body.radar.previous).toEqual(Array(9).fill(30));

    // Fine-tuned scoring: P, D, C, A for enablers, trends and targets for results.
    const fine = await t.director.client.post(path(t.orgId, '/assessments'), {
      name: 'Verfijnd',
      scoring: 'finetuned',
      startedOn: '2026-05-01',
      assessors: [t.bert.id],
    });
    const fp = (rest: string) => path(t.orgId, `/assessments/${fine.body.id}${rest}`);
    expect(
      (await t.bert.client.req('PUT', fp('/scores/2.1'), { fine: { plan: 60, do: 50, check: 31, act: 20 } })).body,
    ).toMatchObject({ score: 40, fine: { plan: 60, do: 50, check: 31, act: 20 } });
    const wrongPart = await t.bert.client.req('PUT', fp('/scores/6.1'), { fine: { plan: 60, targets: 140 } });
    expect(wrongPart.status).toBe(422);
    expect(wrongPart.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['fine.plan', 'fine.targets']);
    expect((await t.bert.client.req('PUT', fp('/scores/6.1'), { fine: { trends: 45 } })).body.score).toBeNull();
    expect((await t.bert.client.req('PUT', fp('/scores/6.1'), { fine: { trends: 45, targets: 50 } })).body.score).toBe(
      48,
    );

    // Another organisation's round is not found, even for its director or an assessor role.
    const other = await orgWithMember(ctx, 'directie');
    for (const rest of ['', '/my-scores', '/results', '/consensus', '/report.pdf'])
      expect((await other.client.get(path(other.org.id, `/assessments/${second}${rest}`))).status).toBe(404);
    expect(
      (await other.client.req('PUT', path(other.org.id, `/assessments/${second}/consensus/1.1`), { score: 1 })).status,
    ).toBe(404);
    expect((await other.client.get(path(t.orgId, `/assessments/${second}`))).status).toBe(404);
    // A begeleider who is not an assessor of a round does not see it either.
    expect((await t.bert.client.get(path(t.orgId, `/assessments/${second}/results`))).status).toBe(404);
  });
});
