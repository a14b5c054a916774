/** The strategy routes (SWOT, stakeholders), each router spread into the API by server/app.ts. */
import { z } from '@hono/zod-openapi';
import { noContent, orgParams } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { linkChoices } from './links.ts';
import * as s from './schema.ts';
import {
  createStakeholder,
  deleteStakeholder,
  listStakeholders,
  stakeholder,
  updateStakeholder,
} from './stakeholders.ts';
import {
  addSwotItem,
  addSwotStrategy,
  createSwot,
  deleteSwot,
  deleteSwotItem,
  deleteSwotStrategy,
  listSwots,
  swotDetail,
  updateSwot,
  updateSwotItem,
  updateSwotStrategy,
} from './swot.ts';

const tags: ['strategy'] = ['strategy'];
const read = 'strategy.read' as const;
const manage = 'strategy.manage' as const;
const swotParams = orgParams.extend({ swotId: z.uuid() });
const itemParams = orgParams.extend({ swotItemId: z.uuid() });
const strategyParams = orgParams.extend({ swotStrategyId: z.uuid() });
const stakeholderParams = orgParams.extend({ stakeholderId: z.uuid() });

/** The SWOT per year, its items and strategies; what may be linked. */
export const swotRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/strategy/links',
    tags,
    summary: 'The KPIs, surveys and strategic objectives a SWOT or a stakeholder may link to',
    action: read,
    response: s.linkChoices,
    handler: async (c, { orgId, db }) => c.json(await linkChoices(db, orgId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/strategy/swots',
    tags,
    summary: 'Every SWOT, newest year first',
    action: read,
    response: s.swotList,
    handler: async (c, { orgId, db }) => c.json({ items: await listSwots(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/strategy/swots',
    tags,
    summary: 'Start the SWOT of a year (one per year, else 409)',
    action: manage,
    body: s.swotInput,
    response: s.swotDetail,
    handler: async (c, { orgId, db, body, audit }) => {
      const { id } = await createSwot(db, orgId, body);
      await audit({ action: 'swot.created', entity: 'st_swot', entityId: id, details: { year: body.year } });
      return c.json(await swotDetail(db, orgId, id), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/strategy/swots/{swotId}',
    tags,
    summary: 'One SWOT: items per quadrant with evidence and links, strategies with their objectives',
    action: read,
    params: swotParams,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params }) => c.json(await swotDetail(db, orgId, params.swotId), 200),
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/strategy/swots/{swotId}',
    tags,
    summary: 'Change the year or the note of a SWOT',
    action: manage,
    params: swotParams,
    body: s.swotInput,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params: { swotId }, body, audit }) => {
      await updateSwot(db, orgId, swotId, body);
      await audit({ action: 'swot.updated', entity: 'st_swot', entityId: swotId });
      return c.json(await swotDetail(db, orgId, swotId), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/strategy/swots/{swotId}',
    tags,
    summary: 'Remove a SWOT with its items and strategies',
    action: manage,
    params: swotParams,
    response: noContent,
    handler: async (c, { orgId, db, params: { swotId }, audit }) => {
      await deleteSwot(db, orgId, swotId);
      await audit({ action: 'swot.deleted', entity: 'st_swot', entityId: swotId });
      return c.body(null, 204);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/strategy/swots/{swotId}/items',
    tags,
    summary: 'Add a strength, weakness, opportunity or threat with its evidence and links',
    action: manage,
    params: swotParams,
    body: s.swotItemInput,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params: { swotId }, body, audit }) => {
      await addSwotItem(db, orgId, swotId, body);
      await audit({
        action: 'swot.item_added',
        entity: 'st_swot',
        entityId: swotId,
        details: { quadrant: body.quadrant },
      });
      return c.json(await swotDetail(db, orgId, swotId), 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/strategy/swot-items/{swotItemId}',
    tags,
    summary: 'Change a SWOT item (links given replace the old ones)',
    action: manage,
    params: itemParams,
    body: s.swotItemInput,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params: { swotItemId }, body, audit }) => {
      const swotId = await updateSwotItem(db, orgId, swotItemId, body);
      await audit({ action: 'swot.item_updated', entity: 'st_swot_item', entityId: swotItemId });
      return c.json(await swotDetail(db, orgId, swotId), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/strategy/swot-items/{swotItemId}',
    tags,
    summary: 'Remove a SWOT item',
    action: manage,
    params: itemParams,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params: { swotItemId }, audit }) => {
      const swotId = await deleteSwotItem(db, orgId, swotItemId);
      await audit({ action: 'swot.item_deleted', entity: 'st_swot_item', entityId: swotItemId });
      return c.json(await swotDetail(db, orgId, swotId), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/strategy/swots/{swotId}/strategies',
    tags,
    summary: 'Add a strategy (S×O, W×O, S×T, W×T) linked to strategic objectives',
    action: manage,
    params: swotParams,
    body: s.swotStrategyInput,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params: { swotId }, body, audit }) => {
      await addSwotStrategy(db, orgId, swotId, body);
      await audit({ action: 'swot.strategy_added', entity: 'st_swot', entityId: swotId, details: { kind: body.kind } });
      return c.json(await swotDetail(db, orgId, swotId), 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/strategy/swot-strategies/{swotStrategyId}',
    tags,
    summary: 'Change a SWOT strategy and its objectives',
    action: manage,
    params: strategyParams,
    body: s.swotStrategyInput,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params: { swotStrategyId }, body, audit }) => {
      const swotId = await updateSwotStrategy(db, orgId, swotStrategyId, body);
      await audit({ action: 'swot.strategy_updated', entity: 'st_swot_strategy', entityId: swotStrategyId });
      return c.json(await swotDetail(db, orgId, swotId), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/strategy/swot-strategies/{swotStrategyId}',
    tags,
    summary: 'Remove a SWOT strategy',
    action: manage,
    params: strategyParams,
    response: s.swotDetail,
    handler: async (c, { orgId, db, params: { swotStrategyId }, audit }) => {
      const swotId = await deleteSwotStrategy(db, orgId, swotStrategyId);
      await audit({ action: 'swot.strategy_deleted', entity: 'st_swot_strategy', entityId: swotStrategyId });
      return c.json(await swotDetail(db, orgId, swotId), 200);
    },
  }),
);

/** The stakeholder register and its power–interest matrix. */
export const stakeholderRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/strategy/stakeholders',
    tags,
    summary: 'The stakeholder register in priority order, each with its quadrant of the power–interest matrix',
    action: read,
    response: s.stakeholderList,
    handler: async (c, { orgId, db }) => c.json({ items: await listStakeholders(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/strategy/stakeholders',
    tags,
    summary: 'Add a stakeholder (name unique, else 409)',
    action: manage,
    body: s.stakeholderInput,
    response: s.stakeholder,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await createStakeholder(db, orgId, body);
      await audit({
        action: 'stakeholder.created',
        entity: 'st_stakeholder',
        entityId: id,
        details: { name: body.name },
      });
      return c.json(await stakeholder(db, orgId, id), 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/strategy/stakeholders/{stakeholderId}',
    tags,
    summary: 'Change a stakeholder (links given replace the old ones)',
    action: manage,
    params: stakeholderParams,
    body: s.stakeholderInput,
    response: s.stakeholder,
    handler: async (c, { orgId, db, params: { stakeholderId }, body, audit }) => {
      await updateStakeholder(db, orgId, stakeholderId, body);
      await audit({ action: 'stakeholder.updated', entity: 'st_stakeholder', entityId: stakeholderId });
      return c.json(await stakeholder(db, orgId, stakeholderId), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/strategy/stakeholders/{stakeholderId}',
    tags,
    summary: 'Remove a stakeholder',
    action: manage,
    params: stakeholderParams,
    response: noContent,
    handler: async (c, { orgId, db, params: { stakeholderId }, audit }) => {
      await deleteStakeholder(db, orgId, stakeholderId);
      await audit({ action: 'stakeholder.deleted', entity: 'st_stakeholder', entityId: stakeholderId });
      return c.body(null, 204);
    },
  }),
);
