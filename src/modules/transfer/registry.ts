/**
 * The organisation-owned tables an export contains, parents before children. Every table has an
 * `org_id`. Modules add their tables here. `serial`: the id is a database sequence, given anew on import.
 */
export const EXPORT_TABLES: { table: string; serial?: boolean }[] = [
  { table: 'membership' },
  { table: 'audit_log', serial: true },
];
