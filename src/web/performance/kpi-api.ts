/**
 * KPI catalogue, values, cockpit and board through the typed client: the queries (cache under
 * performanceKey) and the changes. The answer types are the module's schemas (schema.ts).
 */
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { kpiInput, kpiPatch, targetInput, valueCell } from '../../modules/performance/schema.ts';
import { call, client } from '../api.ts';
import { performanceKey } from './plan-api.ts';

export type {
  Board,
  BoardKpi,
  Cockpit,
  Computation,
  GridKpi,
  Grid,
  Kpi,
  KpiDetail,
  KpiOptions,
  KpiValue,
  LinkedAction,
  Light,
  Summary,
  Target,
  Tile,
} from '../../modules/performance/schema.ts';
export type { Frequency, KpiUnit, Perspective, ValueSource } from '../../modules/performance/tables.ts';
import type { Frequency } from '../../modules/performance/tables.ts';
import type { Tile } from '../../modules/performance/schema.ts';

/** A point of a sparkline or trend. */
export type Point = Tile['sparkline'][number];

const org = (orgId: string) => ({ params: { path: { orgId } } });
const ofKpi = (orgId: string, kpiId: string) => ({ params: { path: { orgId, kpiId } } });

export const cockpitQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'cockpit'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/cockpit', org(orgId))),
  });
export const boardQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'board'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/board', org(orgId))),
  });
export const kpisQuery = (orgId: string, archived = false) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'kpis', archived] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/kpis', {
          params: { path: { orgId }, query: archived ? { archived: 'true' } : {} },
        }),
      ),
  });
export const kpiQuery = (orgId: string, kpiId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'kpi', kpiId] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/kpis/{kpiId}', ofKpi(orgId, kpiId))),
  });
export const kpiOptionsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'kpi-options'] as const,
    queryFn: () => call(client.GET('/orgs/{orgId}/kpi-options', org(orgId))),
    staleTime: 60_000,
  });
export const gridQuery = (orgId: string, frequency: Frequency, from?: string, to?: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'grid', frequency, from ?? '', to ?? ''] as const,
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/kpi-values', {
          params: { path: { orgId }, query: { frequency, ...(from ? { from } : {}), ...(to ? { to } : {}) } },
        }),
      ),
  });

/** The changes of the KPI pages, each one typed call. */
export const kpiCalls = {
  create: (orgId: string, body: z.input<typeof kpiInput>) =>
    call(client.POST('/orgs/{orgId}/kpis', { ...org(orgId), body })),
  update: (orgId: string, kpiId: string, body: z.input<typeof kpiPatch>) =>
    call(client.PATCH('/orgs/{orgId}/kpis/{kpiId}', { ...ofKpi(orgId, kpiId), body })),
  starterSet: (orgId: string) => call(client.POST('/orgs/{orgId}/kpis/starter-set', org(orgId))),
  addTarget: (orgId: string, kpiId: string, body: z.input<typeof targetInput>) =>
    call(client.POST('/orgs/{orgId}/kpis/{kpiId}/targets', { ...ofKpi(orgId, kpiId), body })),
  deleteTarget: (orgId: string, kpiId: string, targetId: string) =>
    call(
      client.DELETE('/orgs/{orgId}/kpis/{kpiId}/targets/{targetId}', {
        params: { path: { orgId, kpiId, targetId } },
      }),
    ),
  setNote: (orgId: string, kpiId: string, period: string, note: string) =>
    call(
      client.PUT('/orgs/{orgId}/kpis/{kpiId}/notes/{period}', {
        params: { path: { orgId, kpiId, period } },
        body: { note },
      }),
    ),
  saveValues: (orgId: string, values: z.input<typeof valueCell>[]) =>
    call(client.PUT('/orgs/{orgId}/kpi-values', { ...org(orgId), body: { values } })),
};

/** The import is a multipart upload with progress (components/FileImport), not a typed JSON call. */
export const importValuesPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/kpi-values/import`;
