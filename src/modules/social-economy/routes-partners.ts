import { z } from '@hono/zod-openapi';
import { orgRoute, routes } from '../../server/route.ts';
import {
  agreementDetail,
  addAmendment,
  createAgreement,
  deleteAgreement,
  deleteAmendment,
  listAgreements,
  updateAgreement,
} from './agreements.ts';
import {
  addContact,
  createPartner,
  deleteContact,
  deletePartner,
  linkPartnerMember,
  listPartners,
  partnerDetail,
  partnerMembers,
  updatePartner,
} from './partners.ts';
import * as s from './schema.ts';
import {
  addChildRoute,
  base,
  idParams,
  managedRoutes,
  removeChildRoute,
  scopedListRoute,
  scopeOfCaller,
  tags,
} from './routes-shared.ts';

const manage = 'socialeconomy.manage';

/** Partner enterprises, their contacts and coaches, and the cooperation agreements. */
export const sePartnerRoutes = routes(
  scopedListRoute({
    records: 'partners',
    summary: 'The partner enterprises the caller sees (a partner coach: only their own)',
    item: s.partner,
    load: listPartners,
  }),
  ...managedRoutes({
    records: 'partners',
    event: 'se.partner_',
    create: { summary: 'Adds a partner enterprise', body: s.partnerInput, run: createPartner },
    update: {
      summary: 'Changes a partner enterprise',
      method: 'patch',
      body: s.partnerInput.partial(),
      run: updatePartner,
    },
    remove: { summary: 'Removes a partner enterprise without agreements or workers', run: deletePartner },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/partners/{partnerId}`,
    tags,
    summary: 'One partner enterprise with its contacts and linked coaches',
    action: 'socialeconomy.read',
    params: idParams('partnerId'),
    response: s.partnerDetail,
    handler: async (c, t) =>
      c.json(await partnerDetail(t.db, t.orgId, await scopeOfCaller(t), t.params.partnerId), 200),
  }),
  addChildRoute({
    parent: 'partners',
    records: 'contacts',
    summary: 'Adds a contact person of a partner enterprise',
    action: manage,
    event: 'se.contact_added',
    body: s.contactInput,
    add: ({ db, orgId }, partnerId, body) => addContact(db, orgId, partnerId, body),
  }),
  removeChildRoute({
    parent: 'partners',
    records: 'contacts',
    key: 'contactId',
    summary: 'Removes a contact person',
    action: manage,
    event: 'se.contact_removed',
    remove: ({ db, orgId }, partnerId, id) => deleteContact(db, orgId, partnerId, id),
  }),
  orgRoute({
    method: 'get',
    path: `${base}/partner-members`,
    tags,
    summary: 'The members with the partner role and the enterprise each is linked to',
    action: manage,
    response: z.object({
      items: z.array(
        z.object({ userId: z.string(), name: z.string(), email: z.string(), partnerId: z.string().nullable() }),
      ),
    }),
    handler: async (c, { orgId, db }) => c.json({ items: await partnerMembers(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'put',
    path: `${base}/partner-members`,
    tags,
    summary: 'Links a member with the partner role to one partner enterprise (null: unlinks)',
    action: manage,
    body: s.partnerMemberInput,
    response: z.object({ userId: z.string(), partnerId: z.string().nullable() }),
    handler: async (c, { orgId, db, body, audit }) => {
      await linkPartnerMember(db, orgId, body.userId, body.partnerId);
      await audit({
        action: 'se.partner_member_linked',
        entity: 'app_user',
        entityId: body.userId,
        details: { partnerId: body.partnerId },
      });
      return c.json(body, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/agreements`,
    tags,
    summary: 'The cooperation agreements the caller sees, with their cost in a year (default this year)',
    action: 'socialeconomy.read',
    query: s.yearQuery,
    response: z.object({ items: z.array(s.agreement) }),
    handler: async (c, t) =>
      c.json({ items: await listAgreements(t.db, t.orgId, await scopeOfCaller(t), t.query.year) }, 200),
  }),
  ...managedRoutes({
    records: 'agreements',
    event: 'se.agreement_',
    create: {
      summary: 'Adds a cooperation agreement (phase 1) with a partner enterprise',
      body: s.agreementInput,
      run: createAgreement,
    },
    update: {
      summary: 'Replaces the terms of a cooperation agreement (a change from a date on is an amendment)',
      body: s.agreementInput,
      run: updateAgreement,
    },
    remove: { summary: 'Removes a cooperation agreement (its workers stay, without agreement)', run: deleteAgreement },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/agreements/{agreementId}`,
    tags,
    summary: 'One cooperation agreement with its amendments and its cost in a year',
    action: 'socialeconomy.read',
    params: idParams('agreementId'),
    query: s.yearQuery,
    response: s.agreementDetail,
    handler: async (c, t) =>
      c.json(await agreementDetail(t.db, t.orgId, await scopeOfCaller(t), t.params.agreementId, t.query.year), 200),
  }),
  addChildRoute({
    parent: 'agreements',
    records: 'amendments',
    summary: 'Adds a dated amendment: scope, price or end date from its effective date on',
    action: manage,
    event: 'se.amendment_added',
    body: s.amendmentInput,
    add: ({ db, orgId }, agreementId, body) => addAmendment(db, orgId, agreementId, body),
  }),
  removeChildRoute({
    parent: 'agreements',
    records: 'amendments',
    key: 'amendmentId',
    summary: 'Removes an amendment',
    action: manage,
    event: 'se.amendment_removed',
    remove: ({ db, orgId }, agreementId, id) => deleteAmendment(db, orgId, agreementId, id),
  }),
);
