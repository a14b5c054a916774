/** Test set-up for the performance module: sample records for the isolation test. */
import type { Client } from '../../server/testing.ts';

/** Ids of the strategy map and the improvement actions, by route parameter name. */
async function planSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const action = await client.post(`/api/orgs/${orgId}/actions`, { title: 'Actie van het slachtoffer' });
  const objective = await client.post(`/api/orgs/${orgId}/strategy/objectives`, { perspective: 'mission', title: 'Doel van het slachtoffer' });
  if (action.status !== 200 || objective.status !== 200) throw new Error(`plan samples: ${action.status} ${objective.status}`);
  return { actionId: action.body.id, objectiveId: objective.body.id };
}

/** Ids of one organisation's performance records, by route parameter name. */
export async function performanceSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  return { ...(await planSamples(client, orgId)) };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const PERFORMANCE_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/actions': { title: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/actions/:actionId': { title: 'Overgenomen' },
  'POST /api/orgs/:orgId/actions/:actionId/notes': { body: 'Overgenomen' },
  'PUT /api/orgs/:orgId/strategy': { mission: 'Overgenomen' },
  'POST /api/orgs/:orgId/strategy/objectives': { perspective: 'mission', title: 'Overgenomen' },
  'PUT /api/orgs/:orgId/strategy/objectives/:objectiveId': { perspective: 'mission', title: 'Overgenomen' },
};
