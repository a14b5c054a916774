/** Kysely queries on a client and its funding, agreements and registrations; every function takes the organisation. */
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';

/** The organisation's clients, filtered; `onlyIds` (a caseload) keeps just those clients. */
export async function listClients(
  db: DbOrTx,
  orgId: string,
  q: { search?: string | undefined; groupId?: string | undefined; professionalId?: string | undefined },
  onlyIds: Set<string> | null = null,
) {
  if (onlyIds && onlyIds.size === 0) return [];
  let query = db
    .selectFrom('cl_client as c')
    .leftJoin('cl_group as g', 'g.id', 'c.group_id')
    .leftJoin('app_user as u', 'u.id', 'c.professional_id')
    .select([
      'c.id',
      'c.name',
      'c.birth_year',
      'c.b_value',
      'c.p_value',
      'c.group_id',
      'g.name as group_name',
      'c.professional_id',
      'u.name as professional_name',
      'c.started_on',
      'c.ended_on',
    ])
    .where('c.org_id', '=', orgId)
    .orderBy('c.name');
  if (q.search) query = query.where('c.name', 'ilike', `%${q.search.replace(/[%_\\]/g, '\\$&')}%`);
  if (q.groupId) query = query.where('c.group_id', '=', q.groupId);
  if (q.professionalId) query = query.where('c.professional_id', '=', q.professionalId);
  if (onlyIds) query = query.where('c.id', 'in', [...onlyIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    birthYear: r.birth_year,
    bValue: r.b_value,
    pValue: r.p_value,
    groupId: r.group_id,
    groupName: r.group_name,
    professionalId: r.professional_id,
    professionalName: r.professional_name,
    startedOn: r.started_on,
    endedOn: r.ended_on,
  }));
}

/** A client's row; "not found" for another organisation's client. */
export async function clientRow(db: DbOrTx, orgId: string, clientId: string) {
  const row = await db
    .selectFrom('cl_client')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

/** A client's funding records, by start date; `kind` keeps one kind only. */
export function fundingRows(db: DbOrTx, orgId: string, clientId: string, kind?: 'pvb') {
  let query = db.selectFrom('cl_funding').selectAll().where('org_id', '=', orgId).where('client_id', '=', clientId);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('start_date').execute();
}

/** A client's agreement lines, by start date. */
export function agreementRows(db: DbOrTx, orgId: string, clientId: string) {
  return db
    .selectFrom('cl_agreement')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('start_date')
    .execute();
}

/** Whether the client has a PVB spent (partly) in vouchers: only then are voucher points checked. */
export async function hasVoucherBudget(db: DbOrTx, orgId: string, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cl_funding')
    .select('id')
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('kind', '=', 'pvb')
    .where('form', 'in', ['voucher', 'combination'])
    .executeTakeFirst();
  return row !== undefined;
}

/** A client's registrations (for the access request), by date. */
export function registrationsOfClient(db: DbOrTx, orgId: string, clientId: string) {
  return db
    .selectFrom('cl_registration')
    .select(['function_code', 'date', 'units', 'points_e4', 'reason'])
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('date')
    .execute();
}
