/**
 * The organisation-owned tables an export contains, parents before children. Every table has an
 * `org_id`. Modules add their tables here. `id`: 'uuid' ids are given anew on import (references
 * follow), 'serial' ids come from a database sequence, 'none' for tables keyed by other columns.
 */
export const EXPORT_TABLES: { table: string; id: 'uuid' | 'serial' | 'none' }[] = [
  { table: 'membership', id: 'uuid' },
  { table: 'audit_log', id: 'serial' },
  { table: 'fin_account', id: 'none' },
  { table: 'fin_ledger_import', id: 'uuid' },
  { table: 'fin_ledger_line', id: 'none' },
  { table: 'fin_mapping', id: 'none' },
  { table: 'fin_cost_model', id: 'none' },
  { table: 'fin_scenario', id: 'uuid' },
  { table: 'cl_rule', id: 'uuid' },
  { table: 'cl_group', id: 'uuid' },
  { table: 'cl_function', id: 'uuid' },
  { table: 'cl_function_price', id: 'uuid' },
  { table: 'cl_client', id: 'uuid' },
  { table: 'cl_funding', id: 'uuid' },
  { table: 'cl_agreement', id: 'uuid' },
  { table: 'cl_registration', id: 'uuid' },
  { table: 'cl_statement', id: 'uuid' },
  { table: 'cl_waiting_request', id: 'uuid' },
];
