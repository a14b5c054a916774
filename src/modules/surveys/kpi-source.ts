import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../server/db.ts';
import type { Answers } from './logic/question.ts';
import { figuresOf, MIN_RESPONSES, responseRate } from './logic/results.ts';
import { questionsOf } from './queries.ts';
import { today } from '../../lib/calendar.ts';

/** What a finished or running survey contributes to the KPIs of its organisation. */
export interface SurveyFigure {
  surveyId: string;
  title: string;
  audience: 'staff' | 'clients';
  /** The month the survey closed (or closes): 'yyyy-mm'. */
  period: string;
  responses: number;
  /** Responses over invitations, in percent; null for an open link without invitations. */
  responseRate: number | null;
  /** Mean of all Likert answers rescaled to 0-100 (SERVQUAL: perception items); null below 5 responses. */
  satisfaction: number | null;
  /** Net Promoter Score (-100..100); null without an NPS question or below 5 responses. */
  nps: number | null;
}

/** The survey figures of an organisation (open and closed surveys), for computed KPIs. */
export async function surveyFigures(db: Db, orgId: string): Promise<SurveyFigure[]> {
  const surveys = await db
    .selectFrom('survey')
    .where('org_id', '=', orgId)
    .where('status', 'in', ['open', 'closed'])
    // A test survey never feeds the KPIs (issue 12 §7: a 3-person test changed the response rate).
    .where('is_test', '=', false)
    .select(['id', 'title', 'audience', 'invited', 'closes_on', 'closed_on', 'opened_on'])
    .orderBy('closes_on')
    .execute();
  if (surveys.length === 0) return [];
  const responses = await db
    .selectFrom('survey_response')
    .where('org_id', '=', orgId)
    .where(
      'survey_id',
      'in',
      surveys.map((s) => s.id),
    )
    .select(['survey_id', 'answers'])
    .execute();
  const bySurvey = new Map<string, Answers[]>();
  for (const r of responses) bySurvey.set(r.survey_id, [...(bySurvey.get(r.survey_id) ?? []), r.answers]);
  const figures: SurveyFigure[] = [];
  for (const s of surveys) {
    const answers = bySurvey.get(s.id) ?? [];
    const enough = answers.length >= MIN_RESPONSES;
    const f = enough ? figuresOf(await questionsOf(db, orgId, s.id), answers) : null;
    figures.push({
      surveyId: s.id,
      title: s.title.nl ?? '',
      audience: s.audience,
      period: (s.closed_on ?? s.closes_on ?? s.opened_on ?? today()).slice(0, 7),
      responses: answers.length,
      responseRate: responseRate(answers.length, s.invited),
      satisfaction: f?.satisfaction ?? null,
      nps: f?.nps?.score ?? null,
    });
  }
  return figures;
}

/** Parts of the computed KPIs' fingerprint that change whenever a survey figure could (`o`: the organisation id). */
export function surveysFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(status || is_test::text || coalesce(closed_on::text, '') || coalesce(closes_on::text, '') || invited::text)), 0) FROM survey WHERE org_id = ${o})`,
    sql`(SELECT count(*)::text FROM survey_response WHERE org_id = ${o})`,
  ];
}
