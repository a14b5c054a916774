/** Test set-up for the strategy module: sample records for the isolation test, valid bodies. */
import type { Client } from '../../server/testing.ts';

/** Ids of one organisation's SWOT, SWOT item, SWOT strategy and stakeholder, by route parameter name. */
export async function strategySamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const base = `/api/orgs/${orgId}/strategy`;
  const swot = await client.post(`${base}/swots`, { year: 2026 });
  if (swot.status !== 200) throw new Error(`swot sample: ${swot.status} ${JSON.stringify(swot.body)}`);
  const withItem = await client.post(`${base}/swots/${swot.body.id}/items`, {
    quadrant: 'strength',
    text: 'Sterk team',
  });
  const withStrategy = await client.post(`${base}/swots/${swot.body.id}/strategies`, { kind: 'SO', text: 'Groeien' });
  const person = await client.post(`${base}/stakeholders`, {
    name: 'Stakeholder van het slachtoffer',
    type: 'government',
    power: 5,
    interest: 4,
    influence: 4,
  });
  if (withItem.status !== 200 || withStrategy.status !== 200 || person.status !== 200)
    throw new Error(`strategy samples: ${withItem.status} ${withStrategy.status} ${person.status}`);
  return {
    swotId: swot.body.id,
    swotItemId: withItem.body.items[0].id,
    swotStrategyId: withStrategy.body.strategies[0].id,
    stakeholderId: person.body.id,
  };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const STRATEGY_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/strategy/swots': { year: 2030 },
  'PUT /api/orgs/:orgId/strategy/swots/:swotId': { year: 2031 },
  'POST /api/orgs/:orgId/strategy/swots/:swotId/items': { quadrant: 'threat', text: 'Overgenomen' },
  'PUT /api/orgs/:orgId/strategy/swot-items/:swotItemId': { quadrant: 'threat', text: 'Overgenomen' },
  'POST /api/orgs/:orgId/strategy/swots/:swotId/strategies': { kind: 'WT', text: 'Overgenomen' },
  'PUT /api/orgs/:orgId/strategy/swot-strategies/:swotStrategyId': { kind: 'WT', text: 'Overgenomen' },
  'POST /api/orgs/:orgId/strategy/stakeholders': {
    name: 'Overgenomen',
    type: 'society',
    power: 1,
    interest: 1,
    influence: 1,
  },
  'PUT /api/orgs/:orgId/strategy/stakeholders/:stakeholderId': {
    name: 'Overgenomen',
    type: 'society',
    power: 1,
    interest: 1,
    influence: 1,
  },
};
