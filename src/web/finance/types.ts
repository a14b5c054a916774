/** The shapes of the finance API (docs/api-finance.md) as the UI reads them. Money is in cents. */
import type { IncomeType } from '../../modules/finance/logic/chart.ts';

export type { IncomeType };

export interface Account {
  code: string;
  name: string;
  incomeType: IncomeType | null;
  kind: 'cost' | 'revenue' | 'balance';
}

export interface LedgerImport {
  id: string;
  year: number;
  version: number;
  current: boolean;
  fileName: string;
  lines: number;
  debitCents: number;
  creditCents: number;
  importedAt: string;
  importedBy: string | null;
}

export const LEDGER_FIELD_CHOICES = [
  'account',
  'description',
  'debit',
  'credit',
  'amount',
  'costCentre',
  'date',
  'journal',
  'ignore',
] as const;
export type LedgerFieldChoice = (typeof LEDGER_FIELD_CHOICES)[number];

export interface LedgerPreview {
  headers: string[];
  mapping: Record<string, LedgerFieldChoice>;
  unknownHeaders: string[];
  unknownAccounts: { code: string; description: string; lines: number }[];
  lines: number;
  totals: { debitCents: number; creditCents: number };
  balanced: boolean;
  /** Only a ledger with balance-sheet accounts (classes 1-5) must balance. */
  balanceRequired: boolean;
  /** Each error has `message` (docs) or `nl`/`en` (as served): the UI reads both. */
  errors: { line: number; column: string; message?: string; nl?: string; en?: string }[];
  errorCount: number;
  existing: LedgerImport | null;
}

export interface CompareRow {
  account: string;
  name: string;
  aCents: number;
  bCents: number;
  diffCents: number;
}

export const SERVICE_UNITS = ['day', 'night', 'hour', 'session', 'meal', 'client_year', 'unit'] as const;
export const KEY_DRIVERS = ['fte', 'm2', 'meals', 'hours', 'clients', 'custom'] as const;

export interface ModelCentre {
  code: string;
  name: string;
  kind: 'main' | 'auxiliary';
  unit: string | null;
  volume: number | null;
  pricePerUnitCents: number | null;
}

export interface ModelKey {
  code: string;
  name: string;
  driver: string;
  quantities: Record<string, number>;
}

export interface CostModelDoc {
  year: number;
  centres: ModelCentre[];
  keys: ModelKey[];
  rules: { from: string; key: string }[];
  stepOrder: string[];
  assignments: { account: string; centre: string }[];
}

export interface IncomeMix {
  totalCents: number;
  byType: Partial<Record<IncomeType, { cents: number; share: number | null }>>;
  governmentShare: number | null;
}

export interface ServiceRow {
  code: string;
  name: string;
  unit: string | null;
  volume: number | null;
  directCents: number;
  indirectCents: number;
  totalCents: number;
  costPerUnitCents: number | null;
  incomeCents: number;
  incomePerUnitCents: number | null;
  pricePerUnitCents: number | null;
  coverage: number | null;
  mix: IncomeMix | null;
}

export interface Message {
  nl: string;
  en: string;
}

export interface CostPriceReport {
  year: number;
  method: Method;
  totalCostCents: number;
  mainTotalCents: number;
  unassignedCostCents: number;
  centres: {
    code: string;
    name: string;
    kind: 'main' | 'auxiliary';
    directCents: number;
    receivedCents: number;
    allocatedOutCents: number;
    totalCents: number;
  }[];
  flows: { from: string; to: string; amountCents: number }[];
  /** Step-down: the order used, the suggested textbook order and the centres serving each other. */
  stepOrder: string[];
  suggestedOrder: string[];
  mutualCentres: string[];
  /** Step-down: back-flows to centres already allocated, ignored by definition. */
  ignoredBackflows: { from: string; to: string; amountCents: number; share: number }[];
  services: ServiceRow[];
  organisation: { costCents: number; incomeCents: number; coverage: number | null; mix: IncomeMix | null };
  warnings: (Message | string)[];
}

export type Method = 'stepdown' | 'reciprocal';

export interface KeyFigure {
  code: string;
  /** The figure's name from the server (figures that can be read two ways say which). */
  name?: Message;
  value: number | null;
  unit: 'ratio' | 'percent' | 'days' | 'cents' | string;
  formula: Message;
  inputs: Record<string, number>;
  missing?: Message;
}

export interface KeyFigures {
  periods: { period: string; figures: KeyFigure[] }[];
}

export type Behaviour = 'fixed' | 'variable' | 'step';

export interface ScenarioLine {
  name: string;
  behaviour: Behaviour;
  amountCents: number;
  capacityPerStep?: number;
}

export interface Scenario {
  id: string;
  year: number;
  name: string;
  volumeFrom: number;
  volumeTo: number;
  lines: ScenarioLine[];
}
