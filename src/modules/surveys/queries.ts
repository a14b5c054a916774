/** Survey records: list, create (blank or from a template), edit while draft, open with links, close, results. */
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { SurveyError } from './errors.ts';
import type { Answers, Question } from './logic/question.ts';
import { surveyResults, type Results } from './logic/results.ts';
import { TEMPLATE_INTRO, TEMPLATES } from './logic/templates.ts';
import type { Language, QuestionInput, SurveyInput, SurveySummary } from './schema.ts';

export type { SurveySummary } from './schema.ts';
import type { Texts } from './tables.ts';
import { newToken } from './tokens.ts';
import { today } from '../../lib/calendar.ts';
import { msg } from './messages.ts';

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

export async function createSurvey(db: Db, orgId: string, userId: string | null, input: SurveyInput): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const template = input.template ?? null;
    const row = await tx
      .insertInto('survey')
      .values({
        org_id: orgId,
        title: JSON.stringify(input.title),
        audience: input.audience,
        template,
        intro: JSON.stringify(input.intro ?? (template ? TEMPLATE_INTRO[template] : {})),
        languages: JSON.stringify(input.languages ?? (template ? ['nl', 'en', 'fr'] : ['nl'])),
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (template)
      await tx
        .insertInto('survey_question')
        .values(questionRows(orgId, row.id, TEMPLATES[template]()))
        .execute();
    return row.id;
  });
}

const notDraft = () =>
  new SurveyError(422, 'survey_not_draft', {
    nl: 'Deze bevraging is al geopend: vragen en teksten wijzigen kan alleen zolang ze een ontwerp is.',
    en: 'This survey has been opened: questions and texts can only be changed while it is a draft.',
    fr: 'Cette enquête est déjà ouverte : les questions et textes ne se modifient que tant qu’elle est un brouillon.',
  });

/** The survey's status, locked for the rest of the transaction; 404 outside the organisation. */
async function lockedStatus(tx: DbOrTx, orgId: string, surveyId: string) {
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

export async function updateSurvey(
  db: Db,
  orgId: string,
  surveyId: string,
  patch: {
    title?: Texts | undefined;
    audience?: 'staff' | 'clients' | undefined;
    intro?: Texts | undefined;
    languages?: string[] | undefined;
  },
) {
  await db.transaction().execute(async (tx) => {
    if ((await lockedStatus(tx, orgId, surveyId)).status !== 'draft') throw notDraft();
    await tx
      .updateTable('survey')
      .where('org_id', '=', orgId)
      .where('id', '=', surveyId)
      .set({
        title: patch.title ? JSON.stringify(patch.title) : undefined,
        audience: patch.audience,
        intro: patch.intro ? JSON.stringify(patch.intro) : undefined,
        languages: patch.languages ? JSON.stringify(patch.languages) : undefined,
      })
      .execute();
  });
}

export async function replaceQuestions(db: Db, orgId: string, surveyId: string, questions: readonly QuestionInput[]) {
  await db.transaction().execute(async (tx) => {
    if ((await lockedStatus(tx, orgId, surveyId)).status !== 'draft') throw notDraft();
    await tx.deleteFrom('survey_question').where('org_id', '=', orgId).where('survey_id', '=', surveyId).execute();
    if (questions.length)
      await tx
        .insertInto('survey_question')
        .values(questionRows(orgId, surveyId, questions))
        .execute();
  });
}

export async function deleteDraft(db: Db, orgId: string, surveyId: string) {
  await db.transaction().execute(async (tx) => {
    if ((await lockedStatus(tx, orgId, surveyId)).status !== 'draft') throw notDraft();
    await tx.deleteFrom('survey').where('org_id', '=', orgId).where('id', '=', surveyId).execute();
  });
}

/** Opens a draft: `invitations` single-use links and optionally one open link. The links exist only in this answer. */
export async function openSurvey(
  db: Db,
  orgId: string,
  surveyId: string,
  input: { invitations: number; closesOn: string; openLink: boolean },
) {
  if (input.closesOn < today()) {
    throw new AppError('validation', msg('closing_date_past'), {
      fields: [{ path: 'closesOn', message: msg('today_later') }],
    });
  }
  if (input.invitations === 0 && !input.openLink) {
    throw new AppError('validation', msg('choose_number_invitations_open'), {
      fields: [
        {
          path: 'invitations',
          message: msg('least_without_open_link'),
        },
      ],
    });
  }
  return db.transaction().execute(async (tx) => {
    if ((await lockedStatus(tx, orgId, surveyId)).status !== 'draft') throw notDraft();
    const count = await tx
      .selectFrom('survey_question')
      .where('survey_id', '=', surveyId)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(count.n) === 0) {
      throw new SurveyError(422, 'survey_empty', {
        nl: 'Voeg eerst vragen toe.',
        en: 'Add questions first.',
        fr: 'Ajoutez d’abord des questions.',
      });
    }
    const tokens = Array.from({ length: input.invitations }, () => newToken(surveyId));
    for (let i = 0; i < tokens.length; i += 1000) {
      await tx
        .insertInto('survey_token')
        .values(tokens.slice(i, i + 1000).map((t) => ({ org_id: orgId, survey_id: surveyId, token_hash: t.hash })))
        .execute();
    }
    const open = input.openLink ? newToken(surveyId) : null;
    await tx
      .updateTable('survey')
      .where('id', '=', surveyId)
      .set({
        status: 'open',
        opened_on: today(),
        closes_on: input.closesOn,
        invited: input.invitations,
        open_link_hash: open?.hash ?? null,
      })
      .execute();
    return { tokens: tokens.map((t) => t.token), openToken: open?.token ?? null };
  });
}

export async function closeSurvey(db: Db, orgId: string, surveyId: string) {
  await db.transaction().execute(async (tx) => {
    const { status } = await lockedStatus(tx, orgId, surveyId);
    if (status !== 'open') {
      throw new SurveyError(422, 'survey_not_open', {
        nl: 'Alleen een open bevraging kan worden afgesloten.',
        en: 'Only an open survey can be closed.',
        fr: 'Seule une enquête ouverte peut être clôturée.',
      });
    }
    // The closing date becomes today when closed early, so "closed on" is what respondents are told.
    await tx
      .updateTable('survey')
      .where('id', '=', surveyId)
      .set({ status: 'closed', closed_on: today(), closes_on: sql<string>`LEAST(closes_on, ${today()}::date)` })
      .execute();
  });
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

/** The survey and its results (the 5-response rule applied). */
export async function resultsOf(
  db: DbOrTx,
  orgId: string,
  surveyId: string,
): Promise<{ survey: SurveySummary; results: Results }> {
  const survey = await surveySummary(db, orgId, surveyId);
  const [questions, answers] = await Promise.all([questionsOf(db, orgId, surveyId), answersOf(db, orgId, surveyId)]);
  return { survey, results: surveyResults(questions, answers, survey.invited) };
}
