import { orgRoute, publicRoute, routes } from '../../server/route.ts';
import { AppError } from '../../server/errors.ts';
import { idAnswer } from '../../server/http.ts';
import { SlidingWindow } from '../../server/sliding-window.ts';
import { today } from '../../lib/calendar.ts';
import { getOrganisation } from '../orgs/public.ts';
import {
  addRule,
  addStep,
  complaintDetail,
  handleComplaint,
  listComplaints,
  orgOfToken,
  registerAnonymous,
  registerComplaint,
  rotatePublicLink,
  rulesOf,
  yearFigures,
} from './complaints.ts';
import { msg } from './messages.ts';
import { anonymousToday, deletePublicLink, publicLinkOf } from './queries.ts';
import * as s from './schema.ts';

const tags: [string] = ['complaints'];
const base = '/orgs/{orgId}/complaints';
const register = 'complaints.register';
const manage = 'complaints.manage';

/**
 * The register: a begeleider registers (for their caseload) and reads what they may see; staff and
 * direction handle. A complaint about a client is client data: reading it is audited like the client.
 */
export const complaintRoutes = routes(
  orgRoute({
    method: 'get',
    path: base,
    tags,
    summary: 'The complaints the caller sees (a begeleider: those about their caseload and their own); audited',
    action: register,
    response: s.complaintList,
    handler: async (c, { orgId, user, role, db, audit }) => {
      const items = await listComplaints(db, orgId, { userId: user.id, role });
      await audit({ action: 'complaint.listed', entity: 'cp_complaint', read: true });
      return c.json({ items }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: base,
    tags,
    summary: "Register a complaint or remark (a client outside a begeleider's caseload: 404)",
    action: register,
    body: s.complaintInput,
    response: idAnswer,
    handler: async (c, { orgId, user, role, db, body, audit }) => {
      const id = await registerComplaint(db, orgId, { userId: user.id, role }, body);
      await audit({ action: 'complaint.registered', entity: 'cp_complaint', entityId: id });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/{complaintId}`,
    tags,
    summary: 'A complaint with its handling and steps (audited; outside what the caller sees: 404)',
    action: register,
    params: s.complaintParams,
    response: s.complaintDetail,
    handler: async (c, { orgId, user, role, db, params: { complaintId }, audit }) => {
      const detail = await complaintDetail(db, orgId, { userId: user.id, role }, complaintId);
      await audit({ action: 'complaint.read', entity: 'cp_complaint', entityId: complaintId, read: true });
      return c.json(detail, 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: `${base}/{complaintId}`,
    tags,
    summary: 'Handle a complaint: handler, acknowledgement, answer, outcome',
    action: manage,
    params: s.complaintParams,
    body: s.handlingPatch,
    response: s.complaintDetail,
    handler: async (c, { orgId, user, role, db, params: { complaintId }, body, audit }) => {
      const viewer = { userId: user.id, role };
      await handleComplaint(db, orgId, viewer, complaintId, body);
      await audit({
        action: 'complaint.handled',
        entity: 'cp_complaint',
        entityId: complaintId,
        details: { fields: Object.keys(body) },
      });
      return c.json(await complaintDetail(db, orgId, viewer, complaintId), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/{complaintId}/steps`,
    tags,
    summary: 'Add a handling step',
    action: manage,
    params: s.complaintParams,
    body: s.stepInput,
    response: s.complaintDetail,
    handler: async (c, { orgId, user, role, db, params: { complaintId }, body, audit }) => {
      const viewer = { userId: user.id, role };
      const id = await addStep(db, orgId, viewer, complaintId, body);
      await audit({ action: 'complaint.step_added', entity: 'cp_complaint', entityId: complaintId, details: { id } });
      return c.json(await complaintDetail(db, orgId, viewer, complaintId), 200);
    },
  }),
);

/** The deadline rules, the figures and the public link. */
export const complaintSettingRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/complaint-rules',
    tags,
    summary: 'The handling deadlines with their validity (the default until the first rule)',
    action: register,
    response: s.ruleList,
    handler: async (c, { orgId, db }) => c.json(await rulesOf(db, orgId), 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/complaint-rules',
    tags,
    summary: 'New handling deadlines from a day (the rule before ends the day before)',
    action: manage,
    body: s.ruleInput,
    response: s.ruleList,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await addRule(db, orgId, body);
      await audit({ action: 'complaint.rule_added', entity: 'cp_rule', entityId: id, details: body });
      return c.json(await rulesOf(db, orgId), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/complaint-figures',
    tags,
    summary: 'Complaint figures per year: received, handled on time, founded, mean handling time',
    action: 'complaints.figures',
    response: s.figuresAnswer,
    handler: async (c, { orgId, db }) => c.json(await yearFigures(db, orgId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/complaint-link',
    tags,
    summary: 'Whether the public link for anonymous complaints is on (the link itself is shown only when made)',
    action: manage,
    response: s.publicLinkState,
    handler: async (c, { orgId, db }) => {
      const link = await publicLinkOf(db, orgId);
      return c.json({ active: Boolean(link), createdOn: link?.created_on ?? null }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/complaint-link',
    tags,
    summary: 'Make a new public link (the previous one stops working); returned only in this answer',
    action: manage,
    response: s.publicLinkCreated,
    handler: async (c, { orgId, user, db, audit }) => {
      const { token, createdOn } = await rotatePublicLink(db, orgId, user.id);
      await audit({ action: 'complaint.link_rotated', entity: 'cp_public_link', entityId: orgId });
      return c.json({ link: `${c.var.config.publicUrl}/klacht/${token}`, createdOn }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/complaint-link',
    tags,
    summary: 'Switch the public link off',
    action: manage,
    response: s.publicLinkState,
    handler: async (c, { orgId, db, audit }) => {
      await deletePublicLink(db, orgId);
      await audit({ action: 'complaint.link_removed', entity: 'cp_public_link', entityId: orgId });
      return c.json({ active: false, createdOn: null }, 200);
    },
  }),
);

/** Abuse limits of the public form: per organisation and address in ten minutes, and per organisation a day. */
export const PUBLIC_LIMITS = { windowMs: 10 * 60_000, perAddress: 5, perDay: 50 };
export const publicLimiter = new SlidingWindow(PUBLIC_LIMITS.windowMs);

/** The public form for anonymous complaints: no session, reached with the organisation's link only. */
export const complaintPublicRoutes = routes(
  publicRoute({
    method: 'get',
    path: '/klacht/{token}',
    tags,
    summary: "The anonymous complaint form's organisation (404 for an unknown or rotated link)",
    params: s.publicTokenParams,
    response: s.publicForm,
    handler: async (c, { db, params }) => {
      const orgId = await orgOfToken(db, params.token);
      return c.json({ organisation: (await getOrganisation(db, orgId)).name }, 200);
    },
  }),
  publicRoute({
    method: 'post',
    path: '/klacht/{token}',
    tags,
    summary: 'Submit an anonymous complaint (rate-limited per address; a daily cap per organisation)',
    params: s.publicTokenParams,
    body: s.anonymousInput,
    response: s.publicSubmitted,
    handler: async (c, { db, params, body }) => {
      const orgId = await orgOfToken(db, params.token);
      // A robot fills the hidden field: answer as if accepted, keep nothing.
      if (body.website) return c.json({ ok: true as const }, 200);
      const key = `${orgId}|${c.var.ip}`;
      const wait = publicLimiter.waitMs(key, PUBLIC_LIMITS.perAddress);
      if (wait > 0) {
        const seconds = Math.max(1, Math.ceil(wait / 1000));
        throw new AppError('rate_limited', msg('too_many', { seconds }), {
          headers: { 'Retry-After': String(seconds) },
        });
      }
      if ((await anonymousToday(db, orgId, today())) >= PUBLIC_LIMITS.perDay)
        throw new AppError('rate_limited', msg('daily_cap'));
      publicLimiter.add(key);
      await registerAnonymous(db, orgId, body);
      return c.json({ ok: true as const }, 200);
    },
  }),
);
