import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CostModelDoc, ScenarioDoc } from './schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** bigint columns: read as number (parsed in db.ts), written as number or string. */
type BigCents = ColumnType<number, number | string, number | string>;

export interface FinAccountTable {
  org_id: string;
  code: string;
  name: string;
  income_type: string | null;
}

export interface FinLedgerImportTable {
  id: Generated<string>;
  org_id: string;
  year: number;
  version: number;
  is_current: boolean;
  file_name: string;
  line_count: number;
  debit_cents: BigCents;
  credit_cents: BigCents;
  imported_by: string | null;
  imported_at: Timestamp;
}

export interface FinLedgerLineTable {
  import_id: string;
  org_id: string;
  line_no: number;
  account: string;
  description: string;
  amount_cents: BigCents;
  cost_centre: string | null;
  entry_date: ColumnType<string | null, string | null, string | null>;
  journal: string | null;
}

export interface FinMappingTable {
  org_id: string;
  kind: 'header' | 'account';
  source: string;
  target: string;
}

export interface FinCostModelTable {
  org_id: string;
  year: number;
  doc: JSONColumnType<CostModelDoc, string, string>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface FinScenarioTable {
  id: Generated<string>;
  org_id: string;
  year: number;
  name: string;
  doc: JSONColumnType<ScenarioDoc, string, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FinanceTables {
  fin_account: FinAccountTable;
  fin_ledger_import: FinLedgerImportTable;
  fin_ledger_line: FinLedgerLineTable;
  fin_mapping: FinMappingTable;
  fin_cost_model: FinCostModelTable;
  fin_scenario: FinScenarioTable;
}
