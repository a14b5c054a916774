/** The strategy routes (SWOT, stakeholders), each router spread into the API by server/app.ts. */
import { z } from '@hono/zod-openapi';
import { orgParams } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
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
  ...crudRoutes({
    base: '/orgs/{orgId}/strategy/swots',
    key: 'swotId',
    tags,
    action: manage,
    entity: 'st_swot',
    event: 'swot.',
    response: s.swotDetail,
    list: {
      summary: 'Every SWOT, newest year first',
      action: read,
      response: s.swotList,
      load: async ({ orgId, db }) => ({ items: await listSwots(db, orgId) }),
    },
    create: {
      summary: 'Start the SWOT of a year (one per year, else 409)',
      body: s.swotInput,
      run: async ({ orgId, db }, body) => swotDetail(db, orgId, (await createSwot(db, orgId, body)).id),
      details: (body) => ({ year: body.year }),
    },
    update: {
      summary: 'Change the year or the note of a SWOT',
      body: s.swotInput,
      run: async ({ orgId, db }, id, body) => {
        await updateSwot(db, orgId, id, body);
        return swotDetail(db, orgId, id);
      },
    },
    remove: {
      summary: 'Remove a SWOT with its items and strategies',
      run: ({ orgId, db }, id) => deleteSwot(db, orgId, id),
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
  ...crudRoutes({
    base: '/orgs/{orgId}/strategy/stakeholders',
    key: 'stakeholderId',
    tags,
    action: manage,
    entity: 'st_stakeholder',
    event: 'stakeholder.',
    response: s.stakeholder,
    list: {
      summary: 'The stakeholder register in priority order, each with its quadrant of the power–interest matrix',
      action: read,
      response: s.stakeholderList,
      load: async ({ orgId, db }) => ({ items: await listStakeholders(db, orgId) }),
    },
    create: {
      summary: 'Add a stakeholder (name unique, else 409)',
      body: s.stakeholderInput,
      run: async ({ orgId, db }, body) => stakeholder(db, orgId, await createStakeholder(db, orgId, body)),
      details: (body) => ({ name: body.name }),
    },
    update: {
      summary: 'Change a stakeholder (links given replace the old ones)',
      body: s.stakeholderInput,
      run: async ({ orgId, db }, id, body) => {
        await updateStakeholder(db, orgId, id, body);
        return stakeholder(db, orgId, id);
      },
    },
    remove: { summary: 'Remove a stakeholder', run: ({ orgId, db }, id) => deleteStakeholder(db, orgId, id) },
  }),
);
