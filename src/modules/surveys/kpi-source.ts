import type { Db } from '../../server/db.ts';

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

/** The survey figures of an organisation, for computed KPIs. Being built (issue 5). */
export async function surveyFigures(_db: Db, _orgId: string): Promise<SurveyFigure[]> {
  return [];
}
