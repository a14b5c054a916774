/**
 * The respondent's side: the form behind a link, and one submission. A single-use link is spent and
 * the response stored in one statement (`UPDATE … WHERE used_on IS NULL RETURNING` feeding the
 * INSERT), so a link can never give two responses; the response row holds no token, user or
 * address, only the day it came in.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/db.ts';
import { respondentErrors } from './errors.ts';
import { checkAnswers } from './logic/answers.ts';
import { questionsOf } from './queries.ts';
import type { Question } from './logic/question.ts';
import type { Language } from './schema.ts';
import type { Texts } from './tables.ts';
import { parseToken, sameHash } from './tokens.ts';
import { today } from '../../lib/calendar.ts';

interface Form {
  title: Texts;
  intro: Texts;
  languages: Language[];
  audience: 'staff' | 'clients';
  easy: boolean;
  questions: Question[];
  openLinkHash: string | null;
}

/**
 * Forms of open surveys, by survey id. The questions and texts of a survey cannot change once it is
 * open, so they are cached (only after `access` found the survey open or closed), with the open
 * link's hash (set when the survey opens, never changed after); status, closing date and single-use
 * links are read fresh on every request.
 */
const forms = new WeakMap<Db, Map<string, Form>>();

const cachedForm = (db: Db, surveyId: string) => forms.get(db)?.get(surveyId);

async function formOf(db: Db, surveyId: string): Promise<Form> {
  let cache = forms.get(db);
  if (!cache) {
    cache = new Map();
    forms.set(db, cache);
  }
  const hit = cache.get(surveyId);
  if (hit) return hit;
  const survey = await db
    .selectFrom('survey')
    .where('id', '=', surveyId)
    .where('status', '<>', 'draft')
    .select(['org_id', 'title', 'intro', 'languages', 'audience', 'template', 'open_link_hash'])
    .executeTakeFirstOrThrow();
  const questions = await questionsOf(db, survey.org_id, surveyId);
  const form: Form = {
    title: survey.title,
    intro: survey.intro,
    languages: survey.languages as Language[],
    audience: survey.audience,
    easy: survey.template === 'easy',
    openLinkHash: survey.open_link_hash,
    questions,
  };
  if (cache.size > 500) cache.delete(cache.keys().next().value!);
  cache.set(surveyId, form);
  return form;
}

export type Access = {
  surveyId: string;
  orgId: string;
  hash: string;
  kind: 'single' | 'open';
  closesOn: string | null;
};

/**
 * Who may answer with `token`: 404 when it is not a link of an open or closed survey, 410 when the
 * survey is closed (or its closing date has passed) or the single-use link is spent.
 */
export async function access(db: Db, token: string, language?: Language): Promise<Access> {
  const parsed = parseToken(token);
  if (!parsed) throw respondentErrors.notFound(language);
  const row = await db
    .selectFrom('survey as s')
    .leftJoin('survey_token as t', (j) => j.onRef('t.survey_id', '=', 's.id').on('t.token_hash', '=', parsed.hash))
    .where('s.id', '=', parsed.surveyId)
    .where('s.status', '<>', 'draft')
    .select(['s.org_id', 's.status', 's.closes_on', 's.open_link_hash', 't.token_hash', 't.used_on'])
    .executeTakeFirst();
  if (!row) throw respondentErrors.notFound(language);
  const kind = row.token_hash ? 'single' : sameHash(row.open_link_hash, parsed.hash) ? 'open' : null;
  if (!kind) throw respondentErrors.notFound(language);
  if (row.status === 'closed' || (row.closes_on !== null && row.closes_on < today()))
    throw respondentErrors.closed(row.closes_on, language);
  if (kind === 'single' && row.used_on) throw respondentErrors.used(language);
  return { surveyId: parsed.surveyId, orgId: row.org_id, hash: parsed.hash, kind, closesOn: row.closes_on };
}

/** What the respondent sees: this one survey's texts and questions, nothing else. */
export async function respondentForm(db: Db, token: string, language?: Language) {
  const a = await access(db, token, language);
  const form = await formOf(db, a.surveyId);
  return {
    title: form.title,
    intro: form.intro,
    languages: form.languages,
    audience: form.audience,
    easy: form.easy,
    closesOn: a.closesOn,
    link: a.kind,
    questions: form.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text,
      section: q.section,
      options: q.options,
      required: q.required,
    })),
  };
}

/**
 * Stores one response. On the hot path that is ONE statement: the form comes from the cache, the
 * answers are checked against it, then the link is spent and the response inserted together (the
 * statement itself checks the status, the closing date and that the link is unspent). Only when
 * that stores nothing — or the answers are wrong — is the link looked at again to say why
 * (unknown 404, used or closed 410 before a 422 about the answers).
 */
export async function submitResponse(
  db: Db,
  token: string,
  language: Language,
  answers: Record<string, unknown>,
  beforeWrite?: (a: { surveyId: string; kind: 'single' | 'open' }) => void,
) {
  const parsed = parseToken(token);
  if (!parsed) throw respondentErrors.notFound(language);
  let form = cachedForm(db, parsed.surveyId);
  if (!form) {
    await access(db, token, language);
    form = await formOf(db, parsed.surveyId);
  }
  const kind = sameHash(form.openLinkHash, parsed.hash) ? 'open' : 'single';
  beforeWrite?.({ surveyId: parsed.surveyId, kind });
  const lang = form.languages.includes(language) ? language : 'nl';
  let clean: Record<string, unknown>;
  try {
    clean = checkAnswers(form.questions, answers, lang);
  } catch (error) {
    await access(db, token, language); // a wrong link says so first
    throw error;
  }
  const day = today();
  const json = JSON.stringify(clean);
  const stored =
    kind === 'single'
      ? await sql<{ id: string }>`
        WITH s AS (SELECT id, org_id FROM survey WHERE id = ${parsed.surveyId} AND status = 'open' AND (closes_on IS NULL OR closes_on >= ${day}::date)),
        t AS (UPDATE survey_token SET used_on = ${day}::date WHERE survey_id = (SELECT id FROM s) AND token_hash = ${parsed.hash} AND used_on IS NULL RETURNING survey_id)
        INSERT INTO survey_response (org_id, survey_id, language, submitted_on, answers)
        SELECT s.org_id, s.id, ${lang}, ${day}::date, ${json}::jsonb FROM s JOIN t ON t.survey_id = s.id RETURNING id`.execute(
          db,
        )
      : await sql<{ id: string }>`
        INSERT INTO survey_response (org_id, survey_id, language, submitted_on, answers)
        SELECT org_id, id, ${lang}, ${day}::date, ${json}::jsonb FROM survey
        WHERE id = ${parsed.surveyId} AND status = 'open' AND (closes_on IS NULL OR closes_on >= ${day}::date) AND open_link_hash = ${parsed.hash} RETURNING id`.execute(
          db,
        );
  if (stored.rows.length === 1) return;
  await access(db, token, language); // throws the reason: unknown, closed or spent
  throw respondentErrors.used(language); // spent by a parallel request between the two statements
}
