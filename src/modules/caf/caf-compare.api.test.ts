/** CAF rounds compared with the previous one, fine-tuned scoring, and rounds of another organisation. */
import { describe, expect, it } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { SUBCRITERION_CODES } from './model.ts';
import { CONSENSUS, cafTeam, inOrg, inRound, onSub, ROUND, SCORE, type ScoreBody as Body } from './testing.ts';

const ctx = testAppForFile();
const team = () => cafTeam(ctx);

describe('a whole round with two assessors', () => {
  it('compares with the previous round, scores fine-tuned, and keeps rounds of another organisation out of reach', async () => {
    const t = await team();
    const create = (body: {
      name: string;
      scoring: 'classical' | 'finetuned';
      startedOn: string;
      assessors: string[];
      previousId?: string | null;
    }) => answer(t.director.client.api.POST('/orgs/{orgId}/caf/assessments', { params: inOrg(t.orgId), body }));
    const run = async (
      name: string,
      scoring: 'classical' | 'finetuned',
      previousId: string | null,
      score: (code: string) => number,
    ) => {
      const c = await create({ name, scoring, startedOn: '2025-03-01', assessors: [t.director.id], previousId });
      expect(c.status).toBe(200);
      const round = inRound(t.orgId, c.body.id);
      await t.director.client.api.POST(`${ROUND}/consensus`, { params: round });
      for (const code of SUBCRITERION_CODES) {
        const params = onSub(t.orgId, c.body.id, code);
        expect(
          (await answer(t.director.client.api.PUT(CONSENSUS, { params, body: { score: score(code) } }))).status,
        ).toBe(200);
      }
      expect((await answer(t.director.client.api.POST(`${ROUND}/finish`, { params: round, body: {} }))).status).toBe(
        200,
      );
      return c.body.id;
    };
    const first = await run('Ronde 2025', 'classical', null, () => 30);
    const second = await run('Ronde 2026', 'finetuned', first, (code) => (code.startsWith('1') ? 50 : 30));
    const results = await answer(t.director.client.api.GET(`${ROUND}/results`, { params: inRound(t.orgId, second) }));
    expect(results.body.comparison!.previous).toMatchObject({ id: first, name: 'Ronde 2025' });
    expect(results.body.comparison!.criteria[0]).toEqual({ criterion: 1, current: 50, previous: 30, delta: 20 });
    expect(results.body.comparison!.subcriteria[0]).toEqual({ code: '1.1', current: 50, previous: 30, delta: 20 });
    expect(results.body.radar.previous).toEqual(Array(9).fill(30));

    // Fine-tuned scoring: P, D, C, A for enablers, trends and targets for results.
    const fine = await create({
      name: 'Verfijnd',
      scoring: 'finetuned',
      startedOn: '2026-05-01',
      assessors: [t.bert.id],
    });
    const score = (code: string, body: Body) =>
      answer(t.bert.client.api.PUT(SCORE, { params: onSub(t.orgId, fine.body.id, code), body }));
    expect((await score('2.1', { fine: { plan: 60, do: 50, check: 31, act: 20 } })).body).toMatchObject({
      score: 40,
      fine: { plan: 60, do: 50, check: 31, act: 20 },
    });
    const wrongPart = await score('6.1', { fine: { plan: 60, targets: 140 } });
    expect(wrongPart.status).toBe(422);
    expect(wrongPart.body.error!.fields!.map((f) => f.path)).toEqual(['fine.plan', 'fine.targets']);
    expect((await score('6.1', { fine: { trends: 45 } })).body.score).toBeNull();
    expect((await score('6.1', { fine: { trends: 45, targets: 50 } })).body.score).toBe(48);

    // Another organisation's round is not found, even for its director or an assessor role.
    const other = await orgWithMember(ctx, 'directie');
    const theirs = inRound(other.org.id, second);
    const reads = [
      () => other.client.api.GET(ROUND, { params: theirs }),
      () => other.client.api.GET(`${ROUND}/my-scores`, { params: theirs }),
      () => other.client.api.GET(`${ROUND}/results`, { params: theirs }),
      () => other.client.api.GET(`${ROUND}/consensus`, { params: theirs }),
      () => other.client.api.GET(`${ROUND}/report.pdf`, { params: theirs }),
    ];
    for (const read of reads) expect((await read()).response.status).toBe(404);
    const foreign = await answer(
      other.client.api.PUT(CONSENSUS, { params: onSub(other.org.id, second, '1.1'), body: { score: 1 } }),
    );
    expect(foreign.status).toBe(404);
    expect((await answer(other.client.api.GET(ROUND, { params: inRound(t.orgId, second) }))).status).toBe(404);
    // A begeleider who is not an assessor of a round does not see it either.
    expect((await answer(t.bert.client.api.GET(`${ROUND}/results`, { params: inRound(t.orgId, second) }))).status).toBe(
      404,
    );
  });
});
