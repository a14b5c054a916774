/** Test set-up for the performance module: sample records for the isolation test. */
import type { z } from 'zod';
import type { Db } from '../../server/db.ts';
import { answer, type Client, orgPath, orgWithMember, type testApp } from '../../server/testing.ts';
import type { kpiInput } from './schema.ts';

/** A KPI body (absenteeism by month) with `over` laid on top. */
export const sampleKpi = (over: Partial<z.input<typeof kpiInput>> = {}): z.input<typeof kpiInput> => ({
  code: 'ABSENT',
  nameNl: 'Ziekteverzuim',
  nameEn: 'Absenteeism',
  unit: 'percent',
  decimals: 1,
  direction: 'down',
  frequency: 'month',
  perspective: 'learning',
  cafCriterion: 7,
  mape: 'means',
  ...over,
});

/** How the organisation's KPI `code` is kept: its id, source and formula. */
export const kpiRow = (db: Db, orgId: string, code: string) =>
  db
    .selectFrom('kpi')
    .select(['id', 'source', 'formula'])
    .where('org_id', '=', orgId)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();

/** A KPI straight in the table (`Indicator <code>`, percent, up, manual): for tests of what links to KPIs. */
export async function insertKpi(db: Db, orgId: string, code: string, frequency: 'month' | 'year' = 'year') {
  const row = await db
    .insertInto('kpi')
    .values({
      org_id: orgId,
      code,
      name_nl: `Indicator ${code}`,
      unit: 'percent',
      direction: 'up',
      frequency,
      source: 'manual',
      perspective: 'clients',
      owner_id: null,
      formula: null,
      caf_criterion: null,
      mape: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A new organisation with a director, its typed client and `at()` for the path parameters. */
export async function directorOf(ctx: Awaited<ReturnType<typeof testApp>>) {
  const o = await orgWithMember(ctx, 'directie');
  const orgId = o.org.id;
  const api = o.client.api;
  /** Path parameters of a route under the organisation (plus the KPI, target or period of the route). */
  const at = <T extends object>(more?: T) => orgPath(orgId, more);
  /** Adds the sample KPI with `over` laid on top. */
  const addKpi = (over: Partial<z.input<typeof kpiInput>> = {}) =>
    answer(api.POST('/orgs/{orgId}/kpis', { ...at(), body: sampleKpi(over) }));
  return { ...o, orgId, api, at, addKpi };
}

/** Ids of the strategy map and the improvement actions, by route parameter name. */
async function planSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const action = await client.post(`/api/orgs/${orgId}/actions`, { title: 'Actie van het slachtoffer' });
  const objective = await client.post(`/api/orgs/${orgId}/strategy/objectives`, {
    perspective: 'mission',
    title: 'Doel van het slachtoffer',
  });
  if (action.status !== 200 || objective.status !== 200)
    throw new Error(`plan samples: ${action.status} ${objective.status}`);
  return { actionId: action.body.id, objectiveId: objective.body.id };
}

/** A KPI with a target and a value (kpiId, targetId, period). */
async function kpiSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const kpi = await client.post(`/api/orgs/${orgId}/kpis`, KPI_BODY);
  if (kpi.status !== 200) throw new Error(`kpi sample: ${kpi.status} ${JSON.stringify(kpi.body)}`);
  const target = await client.post(`/api/orgs/${orgId}/kpis/${kpi.body.id}/targets`, {
    validFrom: '2025-01-01',
    target: 10,
    redThreshold: 5,
  });
  const value = await client.req('PUT', `/api/orgs/${orgId}/kpi-values`, {
    values: [{ kpiId: kpi.body.id, period: '2025', value: 12 }],
  });
  if (target.status !== 200 || value.status !== 200) throw new Error(`kpi samples: ${target.status} ${value.status}`);
  return { kpiId: kpi.body.id, targetId: target.body.id, period: '2025' };
}

const KPI_BODY = {
  code: 'SLACHTOFFER',
  nameNl: 'KPI van het slachtoffer',
  unit: 'count',
  direction: 'up',
  frequency: 'year',
  perspective: 'processes',
};

/** Ids of one organisation's performance records, by route parameter name. */
export async function performanceSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  return { ...(await planSamples(client, orgId)), ...(await kpiSamples(client, orgId)) };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const PERFORMANCE_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/actions': { title: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/actions/:actionId': { title: 'Overgenomen' },
  'POST /api/orgs/:orgId/actions/:actionId/notes': { body: 'Overgenomen' },
  'PUT /api/orgs/:orgId/strategy': { mission: 'Overgenomen' },
  'POST /api/orgs/:orgId/strategy/objectives': { perspective: 'mission', title: 'Overgenomen' },
  'PUT /api/orgs/:orgId/strategy/objectives/:objectiveId': { perspective: 'mission', title: 'Overgenomen' },
  'POST /api/orgs/:orgId/kpis': { ...KPI_BODY, code: 'OVERGENOMEN' },
  'PATCH /api/orgs/:orgId/kpis/:kpiId': { nameNl: 'Overgenomen' },
  'POST /api/orgs/:orgId/kpis/:kpiId/targets': { validFrom: '2026-01-01', target: 1, redThreshold: 0 },
  'PUT /api/orgs/:orgId/kpis/:kpiId/targets/:targetId': { validFrom: '2026-01-01', target: 1, redThreshold: 0 },
  'PUT /api/orgs/:orgId/kpis/:kpiId/notes/:period': { note: 'Overgenomen' },
  'PUT /api/orgs/:orgId/kpi-values': {
    values: [{ kpiId: '00000000-0000-4000-8000-000000000000', period: '2025', value: 1 }],
  },
};
export { strategyMap } from './strategy.ts';
