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
import type { Question } from './logic/question.ts';
import { today } from './queries.ts';
import type { Language } from './schema.ts';
import type { Texts } from './tables.ts';
import { parseToken, sameHash } from './tokens.ts';

interface Form { title: Texts; intro: Texts; languages: Language[]; audience: 'staff' | 'clients'; questions: Question[] }

/**
 * Forms of open surveys, by survey id. The questions and texts of a survey cannot change once it is
 * open, so they are cached (only after `access` found the survey open or closed); status,
 * closing date and links are read fresh on every request.
 */
const forms = new WeakMap<Db, Map<string, Form>>();

async function formOf(db: Db, surveyId: string): Promise<Form> {
  let cache = forms.get(db);
  if (!cache) forms.set(db, (cache = new Map()));
  const hit = cache.get(surveyId);
  if (hit) return hit;
  const [survey, questions] = await Promise.all([
    db.selectFrom('survey').where('id', '=', surveyId).where('status', '<>', 'draft').select(['title', 'intro', 'languages', 'audience']).executeTakeFirstOrThrow(),
    db.selectFrom('survey_question').where('survey_id', '=', surveyId).orderBy('position')
      .select(['id', 'position', 'kind', 'text', 'section', 'options', 'required', 'breakdown', 'dimension', 'item', 'aspect']).execute(),
  ]);
  const form: Form = { title: survey.title, intro: survey.intro, languages: survey.languages as Language[], audience: survey.audience, questions: questions.map((q) => ({ ...q, item: q.item === null ? null : Number(q.item) })) };
  if (cache.size > 500) cache.delete(cache.keys().next().value!);
  cache.set(surveyId, form);
  return form;
}

export type Access = { surveyId: string; orgId: string; hash: string; kind: 'single' | 'open'; closesOn: string | null };

/**
 * Who may answer with `token`: 404 when it is not a link of an open or closed survey, 410 when the
 * survey is closed (or its closing date has passed) or the single-use link is spent.
 */
export async function access(db: Db, token: string, language?: Language): Promise<Access> {
  const parsed = parseToken(token);
  if (!parsed) throw respondentErrors.notFound(language);
  const row = await db.selectFrom('survey as s')
    .leftJoin('survey_token as t', (j) => j.onRef('t.survey_id', '=', 's.id').on('t.token_hash', '=', parsed.hash))
    .where('s.id', '=', parsed.surveyId).where('s.status', '<>', 'draft')
    .select(['s.org_id', 's.status', 's.closes_on', 's.open_link_hash', 't.token_hash', 't.used_on']).executeTakeFirst();
  if (!row) throw respondentErrors.notFound(language);
  const kind = row.token_hash ? 'single' : sameHash(row.open_link_hash, parsed.hash) ? 'open' : null;
  if (!kind) throw respondentErrors.notFound(language);
  if (row.status === 'closed' || (row.closes_on !== null && row.closes_on < today())) throw respondentErrors.closed(row.closes_on, language);
  if (kind === 'single' && row.used_on) throw respondentErrors.used(language);
  return { surveyId: parsed.surveyId, orgId: row.org_id, hash: parsed.hash, kind, closesOn: row.closes_on };
}

/** What the respondent sees: this one survey's texts and questions, nothing else. */
export async function respondentForm(db: Db, token: string, language?: Language) {
  const a = await access(db, token, language);
  const form = await formOf(db, a.surveyId);
  return {
    title: form.title, intro: form.intro, languages: form.languages, audience: form.audience, closesOn: a.closesOn, link: a.kind,
    questions: form.questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, section: q.section, options: q.options, required: q.required })),
  };
}

/**
 * Stores one response. Checks the answers against the (cached) questions, then spends the link and
 * inserts the response in one statement; when that stores nothing, says why (used, closed, unknown).
 */
export async function submitResponse(db: Db, token: string, language: Language, answers: Record<string, unknown>, beforeWrite?: (a: Access) => void) {
  const a = await access(db, token, language);
  beforeWrite?.(a);
  const form = await formOf(db, a.surveyId);
  const lang = form.languages.includes(language) ? language : 'nl';
  const clean = checkAnswers(form.questions, answers, lang);
  const day = today();
  const json = JSON.stringify(clean);
  const stored = a.kind === 'single'
    ? await sql<{ id: string }>`
        WITH s AS (SELECT id, org_id FROM survey WHERE id = ${a.surveyId} AND status = 'open' AND (closes_on IS NULL OR closes_on >= ${day}::date)),
        t AS (UPDATE survey_token SET used_on = ${day}::date WHERE survey_id = (SELECT id FROM s) AND token_hash = ${a.hash} AND used_on IS NULL RETURNING survey_id)
        INSERT INTO survey_response (org_id, survey_id, language, submitted_on, answers)
        SELECT s.org_id, s.id, ${lang}, ${day}::date, ${json}::jsonb FROM s JOIN t ON t.survey_id = s.id RETURNING id`.execute(db)
    : await sql<{ id: string }>`
        INSERT INTO survey_response (org_id, survey_id, language, submitted_on, answers)
        SELECT org_id, id, ${lang}, ${day}::date, ${json}::jsonb FROM survey
        WHERE id = ${a.surveyId} AND status = 'open' AND (closes_on IS NULL OR closes_on >= ${day}::date) AND open_link_hash = ${a.hash} RETURNING id`.execute(db);
  if (stored.rows.length === 1) return;
  await access(db, token, lang); // throws the reason: closed in the meantime, or spent
  throw respondentErrors.used(lang); // spent by a parallel request between the two statements
}
