/** The handbook routes: processes, documents and their versions, links, risks, reading and the PDF. */
import { z } from '@hono/zod-openapi';
import { today } from '../../lib/calendar.ts';
import { download, idAnswer, orgParams } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
import { fileResponse, orgRoute, routes } from '../../server/route.ts';
import type { Role } from '../orgs/public.ts';
import { handbookPdf, handbookPdfInput } from './export-pdf.ts';
import * as h from './handbook.ts';
import * as q from './queries.ts';
import * as s from './schema.ts';

const tags: ['handbook'] = ['handbook'];
const documentParams = orgParams.extend({ documentId: z.uuid() });
const versionParams = documentParams.extend({ versionId: z.uuid() });
const entity = 'hb_document';
const versionAnswer = z.object({ id: z.uuid(), number: z.number() });

const caller = (t: { orgId: string; user: { id: string }; role: Role }): h.Caller => ({
  orgId: t.orgId,
  userId: t.user.id,
  role: t.role,
  today: today(),
});

/** A step of a document's version cycle (submit, approve, send back, withdraw). */
function stepRoute(step: 'submit' | 'approve' | 'send_back' | 'withdraw', summary: string) {
  const segment = step === 'send_back' ? 'send-back' : step;
  return orgRoute({
    method: 'post',
    path: `/orgs/{orgId}/handbook/documents/{documentId}/${segment}`,
    tags,
    summary,
    action: step === 'submit' ? 'handbook.write' : 'handbook.approve',
    params: documentParams,
    response: versionAnswer,
    handler: async (c, t) => {
      const { documentId } = t.params;
      const v = await h.stepVersion(t.db, { ...caller(t), userName: t.user.name }, documentId, step);
      await t.audit({ action: `handbook.${step}`, entity, entityId: documentId, details: { version: v.number } });
      return c.json(v, 200);
    },
  });
}

export const handbookRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/handbook',
    tags,
    summary: 'The handbook: processes and documents (search, by process, by role), reviews due in 60 days',
    action: 'handbook.read',
    query: s.handbookQuery,
    response: s.handbookAnswer,
    handler: async (c, t) => c.json(await h.handbookOverview(t.db, caller(t), t.query), 200),
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/handbook/processes',
    key: 'processId',
    tags,
    action: 'handbook.write',
    entity: 'hb_process',
    event: 'handbook.process_',
    response: idAnswer,
    create: {
      summary: 'Add a process',
      body: s.processInput,
      run: async ({ orgId, db }, body) => {
        await q.ensureUniqueName(db, orgId, 'hb_process', body.name);
        return { id: await q.insertProcess(db, orgId, body) };
      },
    },
    update: {
      summary: "Change a process's name, description or position",
      method: 'patch',
      body: s.processPatch,
      run: async ({ orgId, db }, id, body) => {
        if (body.name) await q.ensureUniqueName(db, orgId, 'hb_process', body.name, id);
        await q.updateProcess(db, orgId, id, body);
        return { id };
      },
    },
    remove: {
      summary: 'Remove a process without documents',
      answer: idAnswer,
      run: ({ orgId, db }, id) => q.deleteProcess(db, orgId, id),
    },
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/handbook/documents',
    key: 'documentId',
    tags,
    action: 'handbook.write',
    entity,
    event: 'handbook.document_',
    response: idAnswer,
    create: {
      summary: 'Add a procedure, instruction or form with its first draft',
      body: s.documentInput,
      run: async (t, body) => ({ id: await h.createDocument(t.db, caller(t), body) }),
    },
    get: {
      summary: 'A document: the version the caller reads (approved; writers the latest), versions, links',
      action: 'handbook.read',
      response: s.documentDetail,
      load: (t, id) => h.documentDetail(t.db, caller(t), id),
    },
    update: {
      summary: "Change a document's process, title, owner, review date, as-is/to-be or links",
      method: 'patch',
      body: s.documentPatch,
      run: async (t, id, body) => {
        await h.updateDocument(t.db, caller(t), id, body);
        return { id };
      },
    },
    remove: {
      summary: 'Remove a document with all its versions',
      action: 'handbook.approve',
      answer: idAnswer,
      run: ({ orgId, db }, id) => q.deleteDocument(db, orgId, id),
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/handbook/documents/{documentId}/draft',
    tags,
    summary: 'Save the text: into the current draft, or as a new draft version',
    action: 'handbook.write',
    params: documentParams,
    body: s.draftInput,
    response: versionAnswer,
    handler: async (c, t) => {
      const { documentId } = t.params;
      const v = await h.saveDraft(t.db, caller(t), documentId, t.body);
      await t.audit({ action: 'handbook.draft_saved', entity, entityId: documentId, details: { version: v.number } });
      return c.json(v, 200);
    },
  }),
  stepRoute('submit', 'Submit the draft for approval'),
  stepRoute('approve', 'Approve the version in review (by the caller, today)'),
  stepRoute('send_back', 'Send the version in review back to draft'),
  stepRoute('withdraw', 'Withdraw the approved version: staff no longer read it'),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/handbook/documents/{documentId}/versions/{versionId}',
    tags,
    summary: 'One version with its text (readers: approved versions only)',
    action: 'handbook.read',
    params: versionParams,
    response: s.versionAnswer,
    handler: async (c, t) => c.json(await h.versionOf(t.db, caller(t), t.params.documentId, t.params.versionId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/handbook/documents/{documentId}/compare',
    tags,
    summary: 'Compare two versions block by block: kept, added, removed',
    action: 'handbook.read',
    params: documentParams,
    query: s.compareQuery,
    response: s.compareAnswer,
    handler: async (c, t) =>
      c.json(await h.compareVersions(t.db, caller(t), t.params.documentId, t.query.from, t.query.to), 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/handbook/documents/{documentId}/read-requests',
    tags,
    summary: 'Ask a role to read the approved version',
    action: 'handbook.write',
    params: documentParams,
    body: s.readRequestInput,
    response: versionAnswer,
    handler: async (c, t) => {
      const { documentId } = t.params;
      const v = await h.askToRead(t.db, caller(t), documentId, t.body.role);
      await t.audit({
        action: 'handbook.read_requested',
        entity,
        entityId: documentId,
        details: { version: v.number, role: t.body.role },
      });
      return c.json(v, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/handbook/documents/{documentId}/confirm',
    tags,
    summary: 'Confirm having read and understood the approved version',
    action: 'handbook.read',
    params: documentParams,
    response: versionAnswer,
    handler: async (c, t) => {
      const { documentId } = t.params;
      const v = await h.confirmReading(t.db, caller(t), documentId);
      await t.audit({
        action: 'handbook.read_confirmed',
        entity,
        entityId: documentId,
        details: { version: v.number },
      });
      return c.json(v, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/handbook/documents/{documentId}/readers',
    tags,
    summary: 'Who was asked to read the approved version, and who has read it and when',
    action: 'handbook.write',
    params: documentParams,
    response: s.readersAnswer,
    handler: async (c, t) => c.json(await h.readersOf(t.db, caller(t), t.params.documentId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/handbook/choices',
    tags,
    summary: 'What a document can name: members, KPIs, improvement actions, risks, CAF subcriteria',
    action: 'handbook.write',
    response: s.choicesAnswer,
    handler: async (c, { orgId, db }) => c.json(await h.choices(db, orgId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/handbook/approvals',
    tags,
    summary: 'Versions waiting for approval',
    action: 'handbook.approve',
    response: s.approvalsAnswer,
    handler: async (c, { orgId, db }) => c.json({ items: await h.awaitingApproval(db, orgId) }, 200),
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/handbook/risks',
    key: 'riskId',
    tags,
    action: 'handbook.write',
    entity: 'hb_risk',
    event: 'handbook.risk_',
    response: idAnswer,
    create: {
      summary: 'Add a risk a procedure can control',
      body: s.riskInput,
      run: async ({ orgId, db }, body) => {
        await q.ensureUniqueName(db, orgId, 'hb_risk', body.title);
        return { id: await q.insertRisk(db, orgId, body) };
      },
    },
    remove: {
      summary: 'Remove a risk (and its links)',
      answer: idAnswer,
      run: ({ orgId, db }, id) => q.deleteRisk(db, orgId, id),
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/handbook/export.pdf',
    tags,
    summary: 'The approved handbook as one PDF with a table of contents',
    action: 'handbook.read',
    response: fileResponse('application/pdf'),
    handler: async (c, t) => {
      const input = await handbookPdfInput(t.db, caller(t), c.var.lang);
      await t.audit({ action: 'handbook.exported', entity: 'organisation', entityId: t.orgId });
      return download((await handbookPdf(input)) as BodyInit, 'application/pdf', 'kwaliteitshandboek.pdf');
    },
  }),
);
