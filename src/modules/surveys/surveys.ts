/**
 * The life of a survey: created blank or from a template, edited while a draft, opened with links
 * (returned once, stored only as hashes), closed; and its results with the 5-response rule. The
 * Kysely queries are in queries.ts.
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { SurveyError } from './errors.ts';
import { surveyResults, type Results } from './logic/results.ts';
import { TEMPLATE_INTRO, TEMPLATES } from './logic/templates.ts';
import { msg } from './messages.ts';
import {
  answersOf,
  deleteQuestions,
  deleteSurvey,
  insertQuestions,
  insertSurvey,
  insertTokenHashes,
  lockedStatus,
  markClosed,
  markOpen,
  questionCount,
  questionsOf,
  setSurveyTexts,
  type SurveyTextsPatch,
  surveySummary,
} from './queries.ts';
import type { QuestionInput, SurveyInput, SurveySummary } from './schema.ts';
import { newToken } from './tokens.ts';
import { today } from '../../lib/calendar.ts';

export async function createSurvey(db: Db, orgId: string, userId: string | null, input: SurveyInput): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const template = input.template ?? null;
    const id = await insertSurvey(tx, orgId, {
      input,
      intro: input.intro ?? (template ? TEMPLATE_INTRO[template] : {}),
      languages: input.languages ?? (template ? ['nl', 'en', 'fr'] : ['nl']),
      createdBy: userId,
    });
    if (template) await insertQuestions(tx, orgId, id, TEMPLATES[template]());
    return id;
  });
}

const notDraft = () =>
  new SurveyError(422, 'survey_not_draft', {
    nl: 'Deze bevraging is al geopend: vragen en teksten wijzigen kan alleen zolang ze een ontwerp is.',
    en: 'This survey has been opened: questions and texts can only be changed while it is a draft.',
    fr: 'Cette enquête est déjà ouverte : les questions et textes ne se modifient que tant qu’elle est un brouillon.',
  });

/** Locks the survey for the transaction; 422 unless it is a draft. */
async function lockDraft(tx: DbOrTx, orgId: string, surveyId: string) {
  if ((await lockedStatus(tx, orgId, surveyId)).status !== 'draft') throw notDraft();
}

export async function updateSurvey(db: Db, orgId: string, surveyId: string, patch: SurveyTextsPatch) {
  await db.transaction().execute(async (tx) => {
    await lockDraft(tx, orgId, surveyId);
    await setSurveyTexts(tx, orgId, surveyId, patch);
  });
}

export async function replaceQuestions(db: Db, orgId: string, surveyId: string, questions: readonly QuestionInput[]) {
  await db.transaction().execute(async (tx) => {
    await lockDraft(tx, orgId, surveyId);
    await deleteQuestions(tx, orgId, surveyId);
    await insertQuestions(tx, orgId, surveyId, questions);
  });
}

export async function deleteDraft(db: Db, orgId: string, surveyId: string) {
  await db.transaction().execute(async (tx) => {
    await lockDraft(tx, orgId, surveyId);
    await deleteSurvey(tx, orgId, surveyId);
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
      fields: [{ path: 'invitations', message: msg('least_without_open_link') }],
    });
  }
  return db.transaction().execute(async (tx) => {
    await lockDraft(tx, orgId, surveyId);
    if ((await questionCount(tx, orgId, surveyId)) === 0) {
      throw new SurveyError(422, 'survey_empty', {
        nl: 'Voeg eerst vragen toe.',
        en: 'Add questions first.',
        fr: 'Ajoutez d’abord des questions.',
      });
    }
    const tokens = Array.from({ length: input.invitations }, () => newToken(surveyId));
    await insertTokenHashes(
      tx,
      orgId,
      surveyId,
      tokens.map((t) => t.hash),
    );
    const open = input.openLink ? newToken(surveyId) : null;
    await markOpen(tx, orgId, surveyId, {
      closesOn: input.closesOn,
      invited: input.invitations,
      openLinkHash: open?.hash ?? null,
    });
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
    await markClosed(tx, orgId, surveyId);
  });
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
