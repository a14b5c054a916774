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
import { base, idParams, tags, twoIds } from './routes-shared.ts';
import { scopeOf } from './scope.ts';

const partnerParams = idParams('partnerId');
const agreementParams = idParams('agreementId');

/** Partner enterprises, their contacts and coaches, and the cooperation agreements. */
export const sePartnerRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/partners`,
    tags,
    summary: 'The partner enterprises the caller sees (a partner coach: only their own)',
    action: 'socialeconomy.read',
    response: z.object({ items: z.array(s.partner) }),
    handler: async (c, { orgId, user, role, db }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      return c.json({ items: await listPartners(db, orgId, scope) }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/partners`,
    tags,
    summary: 'Adds a partner enterprise',
    action: 'socialeconomy.manage',
    body: s.partnerInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await createPartner(db, orgId, body);
      await audit({ action: 'se.partner_created', entity: 'se_partner', entityId: id });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/partners/{partnerId}`,
    tags,
    summary: 'One partner enterprise with its contacts and linked coaches',
    action: 'socialeconomy.read',
    params: partnerParams,
    response: s.partnerDetail,
    handler: async (c, { orgId, user, role, db, params: { partnerId } }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      return c.json(await partnerDetail(db, orgId, scope, partnerId), 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: `${base}/partners/{partnerId}`,
    tags,
    summary: 'Changes a partner enterprise',
    action: 'socialeconomy.manage',
    params: partnerParams,
    body: s.partnerInput.partial(),
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { partnerId }, body, audit }) => {
      await updatePartner(db, orgId, partnerId, body);
      await audit({ action: 'se.partner_updated', entity: 'se_partner', entityId: partnerId });
      return c.json({ id: partnerId }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/partners/{partnerId}`,
    tags,
    summary: 'Removes a partner enterprise without agreements or workers',
    action: 'socialeconomy.manage',
    params: partnerParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { partnerId }, audit }) => {
      await deletePartner(db, orgId, partnerId);
      await audit({ action: 'se.partner_deleted', entity: 'se_partner', entityId: partnerId });
      return c.json({ id: partnerId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/partners/{partnerId}/contacts`,
    tags,
    summary: 'Adds a contact person of a partner enterprise',
    action: 'socialeconomy.manage',
    params: partnerParams,
    body: s.contactInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { partnerId }, body, audit }) => {
      const id = await addContact(db, orgId, partnerId, body);
      await audit({ action: 'se.contact_added', entity: 'se_partner', entityId: partnerId });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/partners/{partnerId}/contacts/{contactId}`,
    tags,
    summary: 'Removes a contact person',
    action: 'socialeconomy.manage',
    params: twoIds('partnerId', 'contactId'),
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { partnerId, contactId }, audit }) => {
      await deleteContact(db, orgId, partnerId, contactId);
      await audit({ action: 'se.contact_removed', entity: 'se_partner', entityId: partnerId });
      return c.json({ id: contactId }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/partner-members`,
    tags,
    summary: 'The members with the partner role and the enterprise each is linked to',
    action: 'socialeconomy.manage',
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
    action: 'socialeconomy.manage',
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
    handler: async (c, { orgId, user, role, db, query: { year } }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      return c.json({ items: await listAgreements(db, orgId, scope, year) }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/agreements`,
    tags,
    summary: 'Adds a cooperation agreement (phase 1) with a partner enterprise',
    action: 'socialeconomy.manage',
    body: s.agreementInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await createAgreement(db, orgId, body);
      await audit({ action: 'se.agreement_created', entity: 'se_agreement', entityId: id });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/agreements/{agreementId}`,
    tags,
    summary: 'One cooperation agreement with its amendments and its cost in a year',
    action: 'socialeconomy.read',
    params: agreementParams,
    query: s.yearQuery,
    response: s.agreementDetail,
    handler: async (c, { orgId, user, role, db, params: { agreementId }, query: { year } }) => {
      const scope = await scopeOf(db, orgId, user.id, role);
      return c.json(await agreementDetail(db, orgId, scope, agreementId, year), 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: `${base}/agreements/{agreementId}`,
    tags,
    summary: 'Replaces the terms of a cooperation agreement (a change from a date on is an amendment)',
    action: 'socialeconomy.manage',
    params: agreementParams,
    body: s.agreementInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { agreementId }, body, audit }) => {
      await updateAgreement(db, orgId, agreementId, body);
      await audit({ action: 'se.agreement_updated', entity: 'se_agreement', entityId: agreementId });
      return c.json({ id: agreementId }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/agreements/{agreementId}`,
    tags,
    summary: 'Removes a cooperation agreement (its workers stay, without agreement)',
    action: 'socialeconomy.manage',
    params: agreementParams,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { agreementId }, audit }) => {
      await deleteAgreement(db, orgId, agreementId);
      await audit({ action: 'se.agreement_deleted', entity: 'se_agreement', entityId: agreementId });
      return c.json({ id: agreementId }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/agreements/{agreementId}/amendments`,
    tags,
    summary: 'Adds a dated amendment: scope, price or end date from its effective date on',
    action: 'socialeconomy.manage',
    params: agreementParams,
    body: s.amendmentInput,
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { agreementId }, body, audit }) => {
      const id = await addAmendment(db, orgId, agreementId, body);
      await audit({ action: 'se.amendment_added', entity: 'se_agreement', entityId: agreementId });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/agreements/{agreementId}/amendments/{amendmentId}`,
    tags,
    summary: 'Removes an amendment',
    action: 'socialeconomy.manage',
    params: twoIds('agreementId', 'amendmentId'),
    response: s.idAnswer,
    handler: async (c, { orgId, db, params: { agreementId, amendmentId }, audit }) => {
      await deleteAmendment(db, orgId, agreementId, amendmentId);
      await audit({ action: 'se.amendment_removed', entity: 'se_agreement', entityId: agreementId });
      return c.json({ id: amendmentId }, 200);
    },
  }),
);
