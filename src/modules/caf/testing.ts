/** Test set-up for the CAF module: sample records for the isolation test, and helpers to run a round. */
import type { Db } from '../../server/db.ts';
import { hashPassword } from '../../server/secrets.ts';
import { answer, Client, orgWithMember, TEST_PASSWORD } from '../../server/testing.ts';
import { addMember, type Role } from '../orgs/public.ts';
import { SUBCRITERION_CODES } from './model.ts';
import type { ScoreInput } from './schema.ts';

type App = Parameters<typeof orgWithMember>[0]['app'];

/** Typed-client paths and parameters of the CAF API tests. */
export const ROUND = '/orgs/{orgId}/caf/assessments/{assessmentId}';
export const SCORE = '/orgs/{orgId}/caf/assessments/{assessmentId}/scores/{subcriterion}';
export const CONSENSUS = '/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}';
export const inOrg = (orgId: string) => ({ path: { orgId } });
export const inRound = (orgId: string, assessmentId: string) => ({ path: { orgId, assessmentId } });
export const onSub = (orgId: string, assessmentId: string, subcriterion: string) => ({
  path: { orgId, assessmentId, subcriterion },
});
export type ScoreBody = ScoreInput;

let hash: Promise<string> | undefined;
let n = 0;
/** A logged-in member of `orgId` with `role`. */
async function member(ctx: { app: App; db: Db }, orgId: string, role: Role, name: string) {
  hash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}.${++n}.${Date.now()}@caf.test`;
  const { member: m } = await addMember(ctx.db, orgId, { email, name, role, passwordHash: await hash });
  const client = new Client(ctx.app);
  await client.login(email);
  return { id: m.userId as string, client, name };
}

/** An organisation with a director (manager, not scoring), a staf member and a begeleider (the assessors) and a board member. */
export async function cafTeam(ctx: { app: App; db: Db }) {
  const dir = await orgWithMember(ctx, 'directie');
  const orgId = dir.org.id;
  const me = await answer(dir.client.api.GET('/auth/me'));
  return {
    orgId,
    director: { id: me.body.user!.id, client: dir.client },
    anna: await member(ctx, orgId, 'staf', 'Anna Staf'),
    bert: await member(ctx, orgId, 'begeleider', 'Bert Begeleider'),
    board: await member(ctx, orgId, 'bestuur', 'Bea Bestuur'),
  };
}

/** A round of `orgId` in which the client's user is the one assessor, moved to the consensus round with one agreed score. */
export async function cafSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const me = await answer(client.api.GET('/auth/me'));
  const created = await answer(
    client.api.POST('/orgs/{orgId}/caf/assessments', {
      params: { path: { orgId } },
      body: {
        name: 'Zelfevaluatie proef',
        scoring: 'classical',
        startedOn: '2026-01-05',
        assessors: [me.body.user!.id],
      },
    }),
  );
  if (created.status !== 200) throw new Error(`caf sample: ${created.status} ${JSON.stringify(created.body)}`);
  const round = { path: { orgId, assessmentId: created.body.id } };
  const sub = { path: { ...round.path, subcriterion: '1.1' } };
  const body = { score: 40, improvements: 'Missie beter delen' };
  await client.api.PUT('/orgs/{orgId}/caf/assessments/{assessmentId}/scores/{subcriterion}', { params: sub, body });
  await client.api.POST('/orgs/{orgId}/caf/assessments/{assessmentId}/consensus', { params: round });
  await client.api.PUT('/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}', { params: sub, body });
  return { assessmentId: created.body.id, subcriterion: '1.1' };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const CAF_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/caf/assessments': {
    name: 'Overgenomen',
    scoring: 'classical',
    startedOn: '2026-01-05',
    assessors: ['00000000-0000-4000-8000-000000000000'],
  },
  'PUT /api/orgs/:orgId/caf/assessments/:assessmentId/scores/:subcriterion': { score: 50 },
  'PUT /api/orgs/:orgId/caf/assessments/:assessmentId/consensus/:subcriterion': { score: 50 },
  'POST /api/orgs/:orgId/caf/assessments/:assessmentId/finish': {},
  'POST /api/orgs/:orgId/caf/assessments/:assessmentId/consensus/:subcriterion/action': {},
};

/** Scores every subcriterion for one assessor: `scoreOf(code, index)` gives the score. */
export async function scoreAll(
  client: Client,
  orgId: string,
  assessmentId: string,
  scoreOf: (code: string, i: number) => number,
  texts: { evidence?: string; strengths?: string; improvements?: string } = {},
) {
  for (const [i, code] of SUBCRITERION_CODES.entries()) {
    const a = await answer(
      client.api.PUT('/orgs/{orgId}/caf/assessments/{assessmentId}/scores/{subcriterion}', {
        params: { path: { orgId, assessmentId, subcriterion: code } },
        body: { score: scoreOf(code, i), ...texts },
      }),
    );
    if (a.status !== 200) throw new Error(`score ${code}: ${a.status} ${JSON.stringify(a.body)}`);
  }
}
