/**
 * The handbook's rules over its queries: what a reader or a writer sees, a document's version cycle
 * (draft → in review → approved, or withdrawn; every version kept), links checked against the
 * organisation's KPIs, actions, risks and the CAF model, and reading asked of a role and confirmed.
 */
import { addDays } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { SUBCRITERIA, subcriterionLabel } from '../caf/public.ts';
import { can, type Role } from '../orgs/public.ts';
import { actionRefs, kpiLabels } from '../performance/public.ts';
import { compareDocs, documentStatus, plainText, readableVersion } from './logic.ts';
import { msg } from './messages.ts';
import * as q from './queries.ts';
import {
  type ChoicesAnswer,
  type CompareAnswer,
  type DocumentDetail,
  type DocumentInput,
  type DocumentPatch,
  type DocumentRow,
  EMPTY_DOC,
  type HandbookAnswer,
  type LinksInput,
  type ReadersAnswer,
  type RichDoc,
  type VersionRow,
} from './schema.ts';

export interface Caller {
  orgId: string;
  userId: string;
  role: Role;
  today: string;
}

const mayWrite = (role: Role) => can(role, 'handbook.write');
const mayApprove = (role: Role) => can(role, 'handbook.approve');

function versionRow(v: q.VersionListRow): VersionRow {
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    changeNote: v.change_note,
    createdBy: v.created_by_name ?? null,
    createdAt: new Date(v.created_at).toISOString(),
    approvedBy: v.approved_by_name,
    approvedOn: v.approved_on,
  };
}

/** Every document with its versions and, per document, what the caller may see of it. */
async function documentRows(db: DbOrTx, caller: Caller) {
  const [docs, versions] = await Promise.all([q.listDocuments(db, caller.orgId), q.listVersions(db, caller.orgId)]);
  const byDoc = new Map<string, q.VersionListRow[]>();
  for (const v of versions) byDoc.set(v.document_id, [...(byDoc.get(v.document_id) ?? []), v]);
  const readable = new Map(docs.map((d) => [d.id, readableVersion(byDoc.get(d.id) ?? [])]));
  const readableIds = [...readable.values()].filter((v) => v !== undefined).map((v) => v.id);
  const [requests, reads] = await Promise.all([
    q.listReadRequests(db, caller.orgId, readableIds),
    q.listReads(db, caller.orgId, readableIds, caller.userId),
  ]);
  const rows = docs.map((d) => {
    const own = byDoc.get(d.id) ?? [];
    const approved = readable.get(d.id);
    const row: DocumentRow = {
      id: d.id,
      processId: d.process_id,
      kind: d.kind,
      title: d.title,
      ownerName: d.owner_name ?? null,
      status: documentStatus(own),
      approvedVersion: approved?.number ?? null,
      latestVersion: own[0]?.number ?? 0,
      approvedOn: approved?.approved_on ?? null,
      reviewOn: d.review_on,
      askedRoles: requests.filter((r) => r.version_id === approved?.id).map((r) => r.role as Role),
      readByMe: reads.some((r) => r.version_id === approved?.id),
    };
    return { row, doc: d, versions: own, approved };
  });
  // Readers see only documents with an approved version; writers see drafts too.
  return mayWrite(caller.role) ? rows : rows.filter((r) => r.approved);
}

/** The handbook as the caller may read it: processes, documents (filtered), and the reviews due in 60 days. */
export async function handbookOverview(
  db: Db,
  caller: Caller,
  filter: { q?: string; processId?: string; role?: Role },
): Promise<HandbookAnswer> {
  const [processes, all] = await Promise.all([q.listProcesses(db, caller.orgId), documentRows(db, caller)]);
  let rows = all;
  if (filter.processId) rows = rows.filter((r) => r.row.processId === filter.processId);
  if (filter.role) rows = rows.filter((r) => r.row.askedRoles.includes(filter.role as Role));
  if (filter.q) {
    const needle = filter.q.toLowerCase();
    // Search reads the version the caller sees: the approved one for readers, the latest for writers.
    const shown = rows.map((r) => (mayWrite(caller.role) ? r.versions[0] : r.approved)).filter((v) => v !== undefined);
    const hits = await q.matchingVersions(
      db,
      caller.orgId,
      shown.map((v) => v.id),
      filter.q,
    );
    rows = rows.filter((r) => hits.has(r.row.id) || r.row.title.toLowerCase().includes(needle));
  }
  return {
    processes: processes.map((p) => ({ ...p, documents: p.documents ?? 0 })),
    documents: rows.map((r) => r.row),
    reviewDue: reviewsDue(all, caller),
    mayWrite: mayWrite(caller.role),
    mayApprove: mayApprove(caller.role),
  };
}

/** The documents whose review date falls within 60 days (or has passed), for those who write; none for others. */
function reviewsDue(rows: Awaited<ReturnType<typeof documentRows>>, caller: Caller) {
  if (!mayWrite(caller.role)) return [];
  const horizon = addDays(caller.today, 60);
  return rows
    .filter((r) => r.row.reviewOn !== null && r.row.reviewOn <= horizon && r.row.status !== 'withdrawn')
    .map((r) => ({ id: r.row.id, title: r.row.title, reviewOn: r.row.reviewOn as string }))
    .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn));
}

/** The overview's `reviewDue` alone (for Home), without the processes and the filtered list. */
export async function handbookReviewsDue(db: Db, caller: Caller) {
  return reviewsDue(await documentRows(db, caller), caller);
}

async function oneDocument(db: DbOrTx, caller: Caller, documentId: string) {
  const found = (await documentRows(db, caller)).find((r) => r.row.id === documentId);
  if (!found) throw AppError.notFound();
  return found;
}

export async function documentDetail(db: Db, caller: Caller, documentId: string): Promise<DocumentDetail> {
  const { row, doc, versions, approved } = await oneDocument(db, caller, documentId);
  const writer = mayWrite(caller.role);
  const shown = writer ? versions[0] : approved;
  const links = await q.listLinks(db, caller.orgId, documentId);
  const pick = (key: 'kpi_id' | 'action_id' | 'risk_id') =>
    links.map((l) => l[key]).filter((id): id is string => id !== null);
  const [kpis, actions, risks] = await Promise.all([
    kpiLabels(db, caller.orgId, pick('kpi_id')),
    actionRefs(db, caller.orgId, pick('action_id')),
    q.listRisks(db, caller.orgId),
  ]);
  const riskIds = new Set(pick('risk_id'));
  const caf = links
    .map((l) => l.caf_code)
    .filter((c): c is string => c !== null)
    .sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
    .map((code) => ({ id: code, label: `${code} ${subcriterionLabel(code, 'nl')}`, open: false }));
  return {
    ...row,
    ownerId: doc.owner_id,
    asIs: doc.as_is,
    toBe: doc.to_be,
    shown: shown ? { ...versionRow(shown), content: await q.versionContent(db, caller.orgId, shown.id) } : null,
    versions: (writer ? versions : versions.filter((v) => v.status === 'approved')).map(versionRow),
    links: {
      kpis,
      actions,
      risks: risks.filter((r) => riskIds.has(r.id)).map((r) => ({ id: r.id, label: r.title, open: false })),
      caf,
    },
    actionOpen: actions.some((a) => a.open),
    mayWrite: writer,
    mayApprove: mayApprove(caller.role),
  };
}

/** One version's text: readers only approved ones. */
export async function versionOf(db: Db, caller: Caller, documentId: string, versionId: string) {
  const { versions } = await oneDocument(db, caller, documentId);
  const v = versions.find((x) => x.id === versionId);
  if (!v || (!mayWrite(caller.role) && v.status !== 'approved')) throw AppError.notFound();
  return { ...versionRow(v), content: await q.versionContent(db, caller.orgId, v.id) };
}

export async function compareVersions(
  db: Db,
  caller: Caller,
  documentId: string,
  fromId: string,
  toId: string,
): Promise<CompareAnswer> {
  const from = await versionOf(db, caller, documentId, fromId);
  const to = await versionOf(db, caller, documentId, toId);
  const { content: a, ...fromRow } = from;
  const { content: b, ...toRow } = to;
  return { from: fromRow, to: toRow, parts: compareDocs(a, b) };
}

async function checkOwner(db: DbOrTx, orgId: string, ownerId: string | null | undefined, fields: FieldError[]) {
  if (!ownerId) return;
  const members = await q.orgMembers(db, orgId);
  if (!members.some((m) => m.user_id === ownerId)) fields.push({ path: 'ownerId', message: msg('not_member') });
}

async function checkLinks(db: DbOrTx, orgId: string, links: LinksInput, fields: FieldError[]) {
  const [kpis, actions, risks] = await Promise.all([
    kpiLabels(db, orgId, links.kpiIds),
    actionRefs(db, orgId, links.actionIds),
    q.listRisks(db, orgId),
  ]);
  const check = (list: string[], known: Set<string>, path: string) =>
    list.forEach((id, i) => {
      if (!known.has(id)) fields.push({ path: `links.${path}.${i}`, message: msg('unknown_link') });
    });
  check(links.kpiIds, new Set(kpis.map((k) => k.id)), 'kpiIds');
  check(links.actionIds, new Set(actions.map((a) => a.id)), 'actionIds');
  check(links.riskIds, new Set(risks.map((r) => r.id)), 'riskIds');
  check(links.cafCodes, new Set(SUBCRITERIA.map((s) => s.code)), 'cafCodes');
}

function refuse(fields: FieldError[]) {
  if (!fields.length) return;
  const notFound = fields.some((f) => f.path.startsWith('links.'));
  const summary = fields.map((f) => f.path).join(', ');
  throw new AppError(notFound ? 'not_found' : 'validation', msg('invalid_reference', { summary }), { fields });
}

/** A new document with its first version (a draft). */
export async function createDocument(db: Db, caller: Caller, input: DocumentInput): Promise<string> {
  return db.transaction().execute(async (tx) => {
    const fields: FieldError[] = [];
    if (!(await q.processExists(tx, caller.orgId, input.processId)))
      fields.push({ path: 'processId', message: msg('unknown_process') });
    await checkOwner(tx, caller.orgId, input.ownerId, fields);
    refuse(fields);
    await q.ensureUniqueName(tx, caller.orgId, 'hb_document', input.title);
    const id = await q.insertDocument(tx, caller.orgId, {
      processId: input.processId,
      kind: input.kind,
      title: input.title,
      ownerId: input.ownerId ?? null,
      reviewOn: input.reviewOn ?? null,
    });
    const content = input.content ?? EMPTY_DOC;
    await q.insertVersion(tx, caller.orgId, {
      documentId: id,
      number: 1,
      content,
      plain: plainText(content),
      changeNote: '',
      createdBy: caller.userId,
    });
    return id;
  });
}

export async function updateDocument(db: Db, caller: Caller, documentId: string, patch: DocumentPatch) {
  await db.transaction().execute(async (tx) => {
    await q.getDocument(tx, caller.orgId, documentId);
    const fields: FieldError[] = [];
    if (patch.processId && !(await q.processExists(tx, caller.orgId, patch.processId)))
      fields.push({ path: 'processId', message: msg('unknown_process') });
    await checkOwner(tx, caller.orgId, patch.ownerId, fields);
    if (patch.links) await checkLinks(tx, caller.orgId, patch.links, fields);
    refuse(fields);
    if (patch.title) await q.ensureUniqueName(tx, caller.orgId, 'hb_document', patch.title, documentId);
    await q.updateDocumentRow(tx, caller.orgId, documentId, {
      ...(patch.processId !== undefined && { process_id: patch.processId }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.ownerId !== undefined && { owner_id: patch.ownerId }),
      ...(patch.reviewOn !== undefined && { review_on: patch.reviewOn }),
      ...(patch.asIs !== undefined && { as_is: patch.asIs }),
      ...(patch.toBe !== undefined && { to_be: patch.toBe }),
    });
    if (patch.links) await q.replaceLinks(tx, caller.orgId, documentId, patch.links);
  });
}

/**
 * Saves the text: into the latest version while it is a draft, else as a new draft version (the approved
 * and withdrawn ones are kept as they were). A version in review is locked.
 */
export async function saveDraft(
  db: Db,
  caller: Caller,
  documentId: string,
  input: { content: RichDoc; changeNote?: string },
): Promise<{ id: string; number: number }> {
  return db.transaction().execute(async (tx) => {
    await q.getDocument(tx, caller.orgId, documentId);
    const [latest] = await q.listVersions(tx, caller.orgId, documentId);
    const plain = plainText(input.content);
    if (latest?.status === 'in_review') throw new AppError('conflict', msg('in_review_locked'));
    if (latest?.status === 'draft') {
      await q.updateVersionContent(tx, caller.orgId, latest.id, { ...input, plain });
      return { id: latest.id, number: latest.number };
    }
    const number = (latest?.number ?? 0) + 1;
    const id = await q.insertVersion(tx, caller.orgId, {
      documentId,
      number,
      content: input.content,
      plain,
      changeNote: input.changeNote ?? '',
      createdBy: caller.userId,
    });
    return { id, number };
  });
}

type Step = 'submit' | 'approve' | 'send_back' | 'withdraw';

/** Moves a document's version along its cycle; answers the version changed. */
export async function stepVersion(
  db: Db,
  caller: Caller & { userName: string },
  documentId: string,
  step: Step,
): Promise<{ id: string; number: number }> {
  return db.transaction().execute(async (tx) => {
    await q.getDocument(tx, caller.orgId, documentId);
    const versions = await q.listVersions(tx, caller.orgId, documentId);
    const latest = versions[0];
    if (step === 'withdraw') {
      const approved = readableVersion(versions);
      if (!approved) throw new AppError('conflict', msg('nothing_approved'));
      await q.setVersionStatus(tx, caller.orgId, approved.id, 'withdrawn');
      return { id: approved.id, number: approved.number };
    }
    if (!latest) throw AppError.notFound();
    if (step === 'submit') {
      if (latest.status !== 'draft') throw new AppError('conflict', msg('not_draft'));
      await q.setVersionStatus(tx, caller.orgId, latest.id, 'in_review');
    } else {
      if (latest.status !== 'in_review') throw new AppError('conflict', msg('not_in_review'));
      if (step === 'approve') {
        await q.setVersionStatus(tx, caller.orgId, latest.id, 'approved', {
          by: caller.userId,
          name: caller.userName,
          on: caller.today,
        });
      } else await q.setVersionStatus(tx, caller.orgId, latest.id, 'draft');
    }
    return { id: latest.id, number: latest.number };
  });
}

/** Asks a role to read the approved version. */
export async function askToRead(db: Db, caller: Caller, documentId: string, role: Role) {
  const { approved } = await oneDocument(db, caller, documentId);
  if (!approved) throw new AppError('conflict', msg('nothing_approved'));
  await q.addReadRequest(db, caller.orgId, { versionId: approved.id, role, by: caller.userId, on: caller.today });
  return { id: approved.id, number: approved.number };
}

/** The caller confirms having read and understood the approved version ("gelezen en begrepen"). */
export async function confirmReading(db: Db, caller: Caller, documentId: string) {
  const { approved } = await oneDocument(db, caller, documentId);
  if (!approved) throw new AppError('conflict', msg('nothing_approved'));
  await q.confirmRead(db, caller.orgId, approved.id, caller.userId, caller.today);
  return { id: approved.id, number: approved.number };
}

/** Who of the roles asked to read the approved version has read it, and who not yet. */
export async function readersOf(db: Db, caller: Caller, documentId: string): Promise<ReadersAnswer> {
  const { approved } = await oneDocument(db, caller, documentId);
  if (!approved) return { version: null, requests: [], readers: [] };
  const [requests, reads, members] = await Promise.all([
    q.listReadRequests(db, caller.orgId, [approved.id]),
    q.listReads(db, caller.orgId, [approved.id]),
    q.orgMembers(db, caller.orgId),
  ]);
  const roles = new Set(requests.map((r) => r.role));
  const readOn = new Map(reads.map((r) => [r.user_id, r.read_on]));
  return {
    version: approved.number,
    requests: requests.map((r) => ({ role: r.role as Role, requestedOn: r.requested_on })),
    readers: members
      .filter((m) => roles.has(m.role) || readOn.has(m.user_id))
      .map((m) => ({ userId: m.user_id, name: m.name, role: m.role as Role, readOn: readOn.get(m.user_id) ?? null })),
  };
}

/** What the document form offers: members, KPIs, actions, risks and the CAF subcriteria. */
export async function choices(db: Db, orgId: string): Promise<ChoicesAnswer> {
  const [members, kpis, actions, risks] = await Promise.all([
    q.orgMembers(db, orgId),
    kpiLabels(db, orgId),
    actionRefs(db, orgId),
    q.listRisks(db, orgId),
  ]);
  return {
    members: members.map((m) => ({ userId: m.user_id, name: m.name })),
    kpis: kpis.map(({ id, label }) => ({ id, label })),
    actions,
    risks,
    caf: SUBCRITERIA.map((s) => ({ code: s.code, label: `${s.code} ${s.title.nl}` })),
  };
}

/** Versions waiting for an approver. */
export async function awaitingApproval(db: Db, orgId: string) {
  const [docs, versions] = await Promise.all([q.listDocuments(db, orgId), q.listVersions(db, orgId)]);
  const title = new Map(docs.map((d) => [d.id, d.title]));
  return versions
    .filter((v) => v.status === 'in_review')
    .map((v) => ({
      documentId: v.document_id,
      title: title.get(v.document_id) ?? '',
      version: v.number,
      createdBy: v.created_by_name ?? null,
    }));
}
