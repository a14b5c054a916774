/** Test set-up for the CAF module: sample records for the isolation test. */
import type { Client } from '../../server/testing.ts';

/** Ids of one organisation's CAF records, by route parameter name. */
export async function cafSamples(_client: Client, _orgId: string): Promise<Record<string, string>> {
  return {};
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const CAF_BODIES: Record<string, unknown> = {};
