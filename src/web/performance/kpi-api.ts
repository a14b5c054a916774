/** KPI catalogue, values, cockpit and board: API paths under `/api/orgs/:orgId` and their queries (cache under performanceKey). */
import { queryOptions } from '@tanstack/react-query';
import type { Frequency, KpiUnit, Perspective, ValueSource } from '../../modules/performance/tables.ts';
import { api } from '../api.ts';
import { orgBase, performanceKey } from './plan-api.ts';

export type Light = 'green' | 'amber' | 'red';
export type Mape = 'means' | 'activities' | 'output' | 'outcome';
export type { Frequency, KpiUnit, Perspective, ValueSource };

export interface Kpi {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  definitionNl: string;
  definitionEn: string;
  unit: KpiUnit;
  decimals: number;
  direction: 'up' | 'down';
  frequency: Frequency;
  ownerId: string | null;
  source: ValueSource;
  formula: string | null;
  perspective: Perspective;
  cafCriterion: number | null;
  mape: Mape | null;
  valueMin: number | null;
  valueMax: number | null;
  archived: boolean;
}
export interface Point {
  period: string;
  value: number;
  light: Light | null;
  noteMissing: boolean;
}
export interface Tile extends Omit<Kpi, 'definitionNl' | 'definitionEn' | 'formula' | 'valueMin' | 'valueMax'> {
  ownerName: string | null;
  latest: (Point & { note: string; target: number | null; redThreshold: number | null; source: ValueSource }) | null;
  sparkline: (Omit<Point, 'noteMissing'> & { noteMissing?: true })[];
  noteMissing: boolean;
  openActions: number;
  redWithoutAction: boolean;
}
export interface Summary {
  total: number;
  green: number;
  amber: number;
  red: number;
  none: number;
  noteMissing: number;
  redWithoutAction: number;
}
export interface Cockpit {
  computedAt: string | null;
  summary: Summary;
  perspectives: { perspective: Perspective; tiles: Tile[] }[];
}
export interface Text {
  nl: string;
  en: string;
}
export interface Computation {
  formula: Text;
  inputs: { label: Text; value: number; unit?: string; source: string }[];
  from: string;
  to: string;
  sources: string[];
  computedAt: string;
  remark?: Text;
}
export interface KpiValue {
  period: string;
  value: number;
  light: Light | null;
  noteMissing: boolean;
  target: number | null;
  redThreshold: number | null;
  note: string;
  source: ValueSource;
  computation: Computation | null;
  enteredBy: string | null;
  updatedAt: string;
}
export interface Target {
  id: string;
  validFrom: string;
  validTo: string | null;
  target: number;
  redThreshold: number;
}
export interface LinkedAction {
  id: string;
  title: string;
  status: string;
  dueDate: string | null;
  ownerName: string | null;
}
export interface KpiDetail {
  kpi: Kpi & { ownerName: string | null };
  values: KpiValue[];
  targets: Target[];
  actions: LinkedAction[];
  objectives: { id: string; title: string; perspective: Perspective }[];
}
export interface KpiOptions {
  formulas: { key: string; frequency: Frequency; sources: string[] }[];
  owners: { id: string; name: string; role: string }[];
}
export interface GridKpi {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  unit: KpiUnit;
  decimals: number;
  direction: 'up' | 'down';
  source: ValueSource;
  perspective: Perspective;
  valueMin: number | null;
  valueMax: number | null;
  targets: Target[];
  values: Record<string, { value: number; note: string; source: ValueSource; light: Light | null }>;
}
export interface Grid {
  frequency: Frequency;
  from: string;
  to: string;
  periods: string[];
  kpis: GridKpi[];
}
export interface BoardKpi {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  unit: KpiUnit;
  decimals: number;
  direction: 'up' | 'down';
  frequency: Frequency;
  ownerName: string | null;
  latest: Tile['latest'];
  trend: { period: string; value: number; light: Light | null }[];
}
export interface Board {
  organisation: string;
  computedAt: string | null;
  summary: Summary;
  perspectives: {
    perspective: Perspective;
    counts: { green: number; amber: number; red: number; none: number };
    kpis: BoardKpi[];
  }[];
  reds: (BoardKpi & { note: string; redWithoutAction: boolean; actions: LinkedAction[] })[];
}

const base = (orgId: string) => orgBase(orgId);

export const cockpitQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'cockpit'] as const,
    queryFn: () => api<Cockpit>('GET', `${base(orgId)}/cockpit`),
  });
export const boardQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'board'] as const,
    queryFn: () => api<Board>('GET', `${base(orgId)}/board`),
  });
export const kpisQuery = (orgId: string, archived = false) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'kpis', archived] as const,
    queryFn: () => api<{ items: Kpi[] }>('GET', `${base(orgId)}/kpis${archived ? '?archived=true' : ''}`),
  });
export const kpiQuery = (orgId: string, kpiId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'kpi', kpiId] as const,
    queryFn: () => api<KpiDetail>('GET', `${base(orgId)}/kpis/${encodeURIComponent(kpiId)}`),
  });
export const kpiOptionsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...performanceKey(orgId), 'kpi-options'] as const,
    queryFn: () => api<KpiOptions>('GET', `${base(orgId)}/kpi-options`),
    staleTime: 60_000,
  });
export const gridQuery = (orgId: string, frequency: Frequency, from?: string, to?: string) => {
  const q = new URLSearchParams({ frequency });
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return queryOptions({
    queryKey: [...performanceKey(orgId), 'grid', frequency, from ?? '', to ?? ''] as const,
    queryFn: () => api<Grid>('GET', `${base(orgId)}/kpi-values?${q}`),
  });
};

export const kpiPaths = {
  kpis: (orgId: string) => `${base(orgId)}/kpis`,
  kpi: (orgId: string, kpiId: string) => `${base(orgId)}/kpis/${encodeURIComponent(kpiId)}`,
  starter: (orgId: string) => `${base(orgId)}/kpis/starter-set`,
  targets: (orgId: string, kpiId: string) => `${base(orgId)}/kpis/${encodeURIComponent(kpiId)}/targets`,
  note: (orgId: string, kpiId: string, period: string) =>
    `${base(orgId)}/kpis/${encodeURIComponent(kpiId)}/notes/${encodeURIComponent(period)}`,
  values: (orgId: string) => `${base(orgId)}/kpi-values`,
  importValues: (orgId: string) => `${base(orgId)}/kpi-values/import`,
};
