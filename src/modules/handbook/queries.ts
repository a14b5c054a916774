/**
 * The handbook's data: processes, documents with their versions, links, risks and reading. Every
 * function takes the organisation it works in.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { msg } from './messages.ts';
import type { DocKind, RichDoc, RiskLevel, VersionStatus } from './schema.ts';

type Table = 'hb_process' | 'hb_document' | 'hb_risk';
const WHAT = { hb_process: 'process', hb_document: 'document', hb_risk: 'risk' } as const;

/** Refuses a second process, document or risk of the same name (409 on `field`). */
export async function ensureUniqueName(db: DbOrTx, orgId: string, table: Table, value: string, id?: string) {
  const column = table === 'hb_process' ? 'name' : 'title';
  let q = db
    .selectFrom(table)
    .select('id')
    .where('org_id', '=', orgId)
    .where(sql`lower(${sql.ref(column)})`, '=', value.toLowerCase());
  if (id) q = q.where('id', '<>', id);
  if (await q.executeTakeFirst()) {
    throw invalidField(column, msg('name_taken', { what: msg(WHAT[table]) }), 'conflict');
  }
}

/* ---------- Processes ---------- */

export async function listProcesses(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('hb_process as p')
    .select(['p.id', 'p.name', 'p.description', 'p.position'])
    .select((eb) =>
      eb
        .selectFrom('hb_document as d')
        .whereRef('d.process_id', '=', 'p.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('documents'),
    )
    .where('p.org_id', '=', orgId)
    .orderBy('p.position')
    .orderBy('p.name')
    .execute();
}

export async function insertProcess(
  db: DbOrTx,
  orgId: string,
  input: { name: string; description?: string; position?: number },
) {
  const row = await db
    .insertInto('hb_process')
    .values({ org_id: orgId, name: input.name, description: input.description ?? '', position: input.position ?? 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProcess(
  db: DbOrTx,
  orgId: string,
  id: string,
  input: { name?: string; description?: string; position?: number },
) {
  const row = await db
    .updateTable('hb_process')
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.position !== undefined && { position: input.position }),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
}

export async function processExists(db: DbOrTx, orgId: string, id: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('hb_process').select('id').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst(),
  );
}

export async function deleteProcess(db: DbOrTx, orgId: string, id: string) {
  if (!(await processExists(db, orgId, id))) throw AppError.notFound();
  const { n } = await db
    .selectFrom('hb_document')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('org_id', '=', orgId)
    .where('process_id', '=', id)
    .executeTakeFirstOrThrow();
  if (n > 0) throw new AppError('conflict', msg('process_in_use', { count: n }));
  await db.deleteFrom('hb_process').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/* ---------- Documents and versions ---------- */

export async function listDocuments(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('hb_document as d')
    .leftJoin('app_user as u', 'u.id', 'd.owner_id')
    .select(['d.id', 'd.process_id', 'd.kind', 'd.title', 'd.owner_id', 'd.review_on', 'd.as_is', 'd.to_be'])
    .select('u.name as owner_name')
    .where('d.org_id', '=', orgId)
    .orderBy('d.title')
    .execute();
}

export async function getDocument(db: DbOrTx, orgId: string, id: string) {
  const row = await db
    .selectFrom('hb_document as d')
    .leftJoin('app_user as u', 'u.id', 'd.owner_id')
    .select(['d.id', 'd.process_id', 'd.kind', 'd.title', 'd.owner_id', 'd.review_on', 'd.as_is', 'd.to_be'])
    .select('u.name as owner_name')
    .where('d.org_id', '=', orgId)
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

export async function insertDocument(
  db: DbOrTx,
  orgId: string,
  input: { processId: string; kind: DocKind; title: string; ownerId: string | null; reviewOn: string | null },
) {
  const row = await db
    .insertInto('hb_document')
    .values({
      org_id: orgId,
      process_id: input.processId,
      kind: input.kind,
      title: input.title,
      owner_id: input.ownerId,
      review_on: input.reviewOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDocumentRow(
  db: DbOrTx,
  orgId: string,
  id: string,
  set: Partial<{
    process_id: string;
    kind: DocKind;
    title: string;
    owner_id: string | null;
    review_on: string | null;
    as_is: string;
    to_be: string;
  }>,
) {
  if (Object.keys(set).length === 0) return;
  await db.updateTable('hb_document').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteDocument(db: DbOrTx, orgId: string, id: string) {
  const row = await db
    .deleteFrom('hb_document')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
}

const versionColumns = [
  'v.id',
  'v.document_id',
  'v.number',
  'v.status',
  'v.change_note',
  'v.created_at',
  'v.approved_by_name',
  'v.approved_on',
] as const;

/** The versions of the organisation's documents (all of them, or of one), newest first, without content. */
export async function listVersions(db: DbOrTx, orgId: string, documentId?: string) {
  let q = db
    .selectFrom('hb_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.created_by')
    .select(versionColumns)
    .select('u.name as created_by_name')
    .where('v.org_id', '=', orgId);
  if (documentId) q = q.where('v.document_id', '=', documentId);
  return q.orderBy('v.number', 'desc').execute();
}
export type VersionListRow = Awaited<ReturnType<typeof listVersions>>[number];

export async function versionContent(db: DbOrTx, orgId: string, versionId: string): Promise<RichDoc> {
  const row = await db
    .selectFrom('hb_version')
    .select('content')
    .where('org_id', '=', orgId)
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row.content;
}

export async function insertVersion(
  db: DbOrTx,
  orgId: string,
  v: { documentId: string; number: number; content: RichDoc; plain: string; changeNote: string; createdBy: string },
) {
  const row = await db
    .insertInto('hb_version')
    .values({
      org_id: orgId,
      document_id: v.documentId,
      number: v.number,
      content: JSON.stringify(v.content),
      plain: v.plain,
      change_note: v.changeNote,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateVersionContent(
  db: DbOrTx,
  orgId: string,
  versionId: string,
  v: { content: RichDoc; plain: string; changeNote?: string },
) {
  await db
    .updateTable('hb_version')
    .set({
      content: JSON.stringify(v.content),
      plain: v.plain,
      ...(v.changeNote !== undefined && { change_note: v.changeNote }),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', versionId)
    .execute();
}

export async function setVersionStatus(
  db: DbOrTx,
  orgId: string,
  versionId: string,
  status: VersionStatus,
  approval?: { by: string; name: string; on: string },
) {
  await db
    .updateTable('hb_version')
    .set({
      status,
      ...(approval && { approved_by: approval.by, approved_by_name: approval.name, approved_on: approval.on }),
    })
    .where('org_id', '=', orgId)
    .where('id', '=', versionId)
    .execute();
}

/** Documents whose searchable text (title or the given versions' text) contains `q`. */
export async function matchingVersions(db: DbOrTx, orgId: string, versionIds: string[], q: string) {
  if (versionIds.length === 0) return new Set<string>();
  const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const rows = await db
    .selectFrom('hb_version')
    .select('document_id')
    .where('org_id', '=', orgId)
    .where('id', 'in', versionIds)
    .where('plain', 'ilike', pattern)
    .execute();
  return new Set(rows.map((r) => r.document_id));
}

/* ---------- Links and risks ---------- */

export async function listLinks(db: DbOrTx, orgId: string, documentId?: string) {
  let q = db
    .selectFrom('hb_link')
    .select(['document_id', 'kpi_id', 'action_id', 'risk_id', 'caf_code'])
    .where('org_id', '=', orgId);
  if (documentId) q = q.where('document_id', '=', documentId);
  return q.execute();
}

export async function replaceLinks(
  db: DbOrTx,
  orgId: string,
  documentId: string,
  links: { kpiIds: string[]; actionIds: string[]; riskIds: string[]; cafCodes: string[] },
) {
  await db.deleteFrom('hb_link').where('org_id', '=', orgId).where('document_id', '=', documentId).execute();
  const base = { org_id: orgId, document_id: documentId, kpi_id: null, action_id: null, risk_id: null, caf_code: null };
  const rows = [
    ...[...new Set(links.kpiIds)].map((id) => ({ ...base, kpi_id: id })),
    ...[...new Set(links.actionIds)].map((id) => ({ ...base, action_id: id })),
    ...[...new Set(links.riskIds)].map((id) => ({ ...base, risk_id: id })),
    ...[...new Set(links.cafCodes)].map((code) => ({ ...base, caf_code: code })),
  ];
  if (rows.length) await db.insertInto('hb_link').values(rows).execute();
}

export async function listRisks(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('hb_risk')
    .select(['id', 'title', 'description', 'level'])
    .where('org_id', '=', orgId)
    .orderBy('title')
    .execute();
}

export async function insertRisk(
  db: DbOrTx,
  orgId: string,
  input: { title: string; description?: string; level?: RiskLevel },
) {
  const row = await db
    .insertInto('hb_risk')
    .values({ org_id: orgId, title: input.title, description: input.description ?? '', level: input.level })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteRisk(db: DbOrTx, orgId: string, id: string) {
  const row = await db
    .deleteFrom('hb_risk')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
}

/* ---------- Reading ---------- */

export async function listReadRequests(db: DbOrTx, orgId: string, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom('hb_read_request')
    .select(['version_id', 'role', 'requested_on'])
    .where('org_id', '=', orgId)
    .where('version_id', 'in', versionIds)
    .orderBy('role')
    .execute();
}

export async function addReadRequest(
  db: DbOrTx,
  orgId: string,
  r: { versionId: string; role: string; by: string; on: string },
) {
  await db
    .insertInto('hb_read_request')
    .values({ org_id: orgId, version_id: r.versionId, role: r.role, requested_by: r.by, requested_on: r.on })
    .onConflict((oc) => oc.columns(['version_id', 'role']).doNothing())
    .execute();
}

export async function listReads(db: DbOrTx, orgId: string, versionIds: string[], userId?: string) {
  if (versionIds.length === 0) return [];
  let q = db
    .selectFrom('hb_read')
    .select(['version_id', 'user_id', 'read_on'])
    .where('org_id', '=', orgId)
    .where('version_id', 'in', versionIds);
  if (userId) q = q.where('user_id', '=', userId);
  return q.execute();
}

export async function confirmRead(db: DbOrTx, orgId: string, versionId: string, userId: string, on: string) {
  await db
    .insertInto('hb_read')
    .values({ org_id: orgId, version_id: versionId, user_id: userId, read_on: on })
    .onConflict((oc) => oc.columns(['version_id', 'user_id']).doNothing())
    .execute();
}

/** The organisation's members (for the owner picker and the reading overview). */
export async function orgMembers(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id as user_id', 'u.name', 'm.role'])
    .where('m.org_id', '=', orgId)
    .orderBy('u.name')
    .execute();
}
