/**
 * Survey records in Kysely, every one scoped to the organisation: the list and one survey with its
 * counts, questions, the status lock, inserts and updates, tokens, answers. The rules around them
 * (draft only, opening, closing, results) are in surveys.ts.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import type { Answers, Question } from './logic/question.ts';
import type { Language, QuestionInput, SurveyInput, SurveySummary } from './schema.ts';
import type { Texts } from './tables.ts';
import { today } from '../../lib/calendar.ts';

export type { SurveySummary } from './schema.ts';

const summaryColumns = [
  's.id',
  's.title',
  's.intro',
  's.audience',
  's.template',
  's.languages',
  's.status',
  's.closes_on',
  's.opened_on',
  's.closed_on',
  's.invited',
  's.open_link_hash',
  's.is_test',
] as const;

function summaryQuery(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('survey as s')
    .where('s.org_id', '=', orgId)
    .select(summaryColumns)
    .select((eb) => [
      eb
        .selectFrom('survey_response as r')
        .whereRef('r.survey_id', '=', 's.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('responses'),
      eb
        .selectFrom('survey_question as q')
        .whereRef('q.survey_id', '=', 's.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('questions'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;
function toSummary(r: SummaryRow): SurveySummary {
  const responses = Number(r.responses ?? 0);
  return {
    id: r.id,
    title: r.title,
    intro: r.intro,
    audience: r.audience,
    template: r.template,
    languages: r.languages as Language[],
    status: r.status,
    closesOn: r.closes_on,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    invited: r.invited,
    openLink: r.open_link_hash !== null,
    test: r.is_test,
    responses,
    responseRate: r.invited > 0 ? Math.round((responses / r.invited) * 1000) / 10 : null,
    questions: Number(r.questions ?? 0),
    expired: r.status === 'open' && r.closes_on !== null && r.closes_on < today(),
  };
}

export async function listSurveys(db: DbOrTx, orgId: string): Promise<SurveySummary[]> {
  const rows = await summaryQuery(db, orgId).orderBy('s.created_at', 'desc').execute();
  return rows.map(toSummary);
}

export async function surveySummary(db: DbOrTx, orgId: string, surveyId: string): Promise<SurveySummary> {
  const row = await summaryQuery(db, orgId).where('s.id', '=', surveyId).executeTakeFirst();
  if (!row) throw AppError.notFound();
  return toSummary(row);
}

export async function questionsOf(db: DbOrTx, orgId: string, surveyId: string): Promise<Question[]> {
  const rows = await db
    .selectFrom('survey_question')
    .where('org_id', '=', orgId)
    .where('survey_id', '=', surveyId)
    .orderBy('position')
    .select([
      'id',
      'position',
      'kind',
      'text',
      'section',
      'options',
      'required',
      'breakdown',
      'dimension',
      'item',
      'aspect',
    ])
    .execute();
  return rows.map((r) => ({ ...r, item: r.item === null ? null : Number(r.item) }));
}

function questionRows(orgId: string, surveyId: string, questions: readonly QuestionInput[]) {
  return questions.map((q, position) => ({
    org_id: orgId,
    survey_id: surveyId,
    position,
    kind: q.kind,
    text: JSON.stringify(q.text),
    section: JSON.stringify(q.section ?? {}),
    options: JSON.stringify(q.options ?? []),
    required: q.required,
    breakdown: q.breakdown,
    dimension: q.dimension ?? null,
    item: q.item ?? null,
    aspect: q.aspect ?? null,
  }));
}

export async function insertSurvey(
  tx: DbOrTx,
  orgId: string,
  values: { input: SurveyInput; intro: Texts; languages: string[]; createdBy: string | null },
): Promise<string> {
  const { input } = values;
  const row = await tx
    .insertInto('survey')
    .values({
      org_id: orgId,
      title: JSON.stringify(input.title),
      audience: input.audience,
      template: input.template ?? null,
      is_test: input.test ?? false,
      intro: JSON.stringify(values.intro),
      languages: JSON.stringify(values.languages),
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertQuestions(
  tx: DbOrTx,
  orgId: string,
  surveyId: string,
  questions: readonly QuestionInput[],
) {
  if (questions.length)
    await tx
      .insertInto('survey_question')
      .values(questionRows(orgId, surveyId, questions))
      .execute();
}

export async function deleteQuestions(tx: DbOrTx, orgId: string, surveyId: string) {
  await tx.deleteFrom('survey_question').where('org_id', '=', orgId).where('survey_id', '=', surveyId).execute();
}

export async function questionCount(tx: DbOrTx, orgId: string, surveyId: string): Promise<number> {
  const count = await tx
    .selectFrom('survey_question')
    .where('org_id', '=', orgId)
    .where('survey_id', '=', surveyId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(count.n);
}

/** The survey's status, locked for the rest of the transaction; 404 outside the organisation. */
export async function lockedStatus(tx: DbOrTx, orgId: string, surveyId: string) {
  const row = await tx
    .selectFrom('survey')
    .where('org_id', '=', orgId)
    .where('id', '=', surveyId)
    .select(['status', 'closes_on'])
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

/** What a draft survey's owner may change besides its questions (absent: unchanged). */
export interface SurveyTextsPatch {
  title?: Texts | undefined;
  audience?: 'staff' | 'clients' | undefined;
  intro?: Texts | undefined;
  languages?: Language[] | undefined;
  test?: boolean | undefined;
}

export async function setSurveyTexts(tx: DbOrTx, orgId: string, surveyId: string, patch: SurveyTextsPatch) {
  await tx
    .updateTable('survey')
    .where('org_id', '=', orgId)
    .where('id', '=', surveyId)
    .set({
      title: patch.title ? JSON.stringify(patch.title) : undefined,
      audience: patch.audience,
      intro: patch.intro ? JSON.stringify(patch.intro) : undefined,
      languages: patch.languages ? JSON.stringify(patch.languages) : undefined,
      is_test: patch.test,
    })
    .execute();
}

export async function deleteSurvey(tx: DbOrTx, orgId: string, surveyId: string) {
  await tx.deleteFrom('survey').where('org_id', '=', orgId).where('id', '=', surveyId).execute();
}

/** Stores the single-use links' hashes, 1000 a statement. */
export async function insertTokenHashes(tx: DbOrTx, orgId: string, surveyId: string, hashes: readonly string[]) {
  for (let i = 0; i < hashes.length; i += 1000) {
    await tx
      .insertInto('survey_token')
      .values(hashes.slice(i, i + 1000).map((h) => ({ org_id: orgId, survey_id: surveyId, token_hash: h })))
      .execute();
  }
}

export async function markOpen(
  tx: DbOrTx,
  orgId: string,
  surveyId: string,
  values: { closesOn: string; invited: number; openLinkHash: string | null },
) {
  await tx
    .updateTable('survey')
    .where('org_id', '=', orgId)
    .where('id', '=', surveyId)
    .set({
      status: 'open',
      opened_on: today(),
      closes_on: values.closesOn,
      invited: values.invited,
      open_link_hash: values.openLinkHash,
    })
    .execute();
}

/** Closes the survey today; the closing date becomes today when closed early, so "closed on" is what respondents are told. */
export async function markClosed(tx: DbOrTx, orgId: string, surveyId: string) {
  await tx
    .updateTable('survey')
    .where('org_id', '=', orgId)
    .where('id', '=', surveyId)
    .set({ status: 'closed', closed_on: today(), closes_on: sql<string>`LEAST(closes_on, ${today()}::date)` })
    .execute();
}

export async function answersOf(db: DbOrTx, orgId: string, surveyId: string): Promise<Answers[]> {
  const rows = await db
    .selectFrom('survey_response')
    .where('org_id', '=', orgId)
    .where('survey_id', '=', surveyId)
    .select('answers')
    .execute();
  return rows.map((r) => r.answers);
}
