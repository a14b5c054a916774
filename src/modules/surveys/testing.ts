/** Test set-up for the surveys module: sample records for the isolation test. */
import type { Client } from '../../server/testing.ts';

/** Ids of one organisation's survey records, by route parameter name. */
export async function surveySamples(_client: Client, _orgId: string): Promise<Record<string, string>> {
  return {};
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const SURVEY_BODIES: Record<string, unknown> = {};

/** Respondent routes: reached with a survey token, without a session or organisation ("METHOD /api/path"). */
export const SURVEY_PUBLIC_ROUTES: string[] = [];
