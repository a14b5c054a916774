/** The strategy routes (SWOT, stakeholders), each router spread into the API by server/app.ts. */
import { z } from '@hono/zod-openapi';
import type { Db } from '../../server/db.ts';
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
  ...swotPartRoutes({
    part: 'item',
    under: 'items',
    path: 'swot-items',
    key: 'swotItemId',
    body: s.swotItemInput,
    add: ['Add a strength, weakness, opportunity or threat with its evidence and links', addSwotItem],
    details: (body) => ({ quadrant: body.quadrant }),
    update: ['Change a SWOT item (links given replace the old ones)', updateSwotItem],
    remove: ['Remove a SWOT item', deleteSwotItem],
  }),
  ...swotPartRoutes({
    part: 'strategy',
    under: 'strategies',
    path: 'swot-strategies',
    key: 'swotStrategyId',
    body: s.swotStrategyInput,
    add: ['Add a strategy (S×O, W×O, S×T, W×T) linked to strategic objectives', addSwotStrategy],
    details: (body) => ({ kind: body.kind }),
    update: ['Change a SWOT strategy and its objectives', updateSwotStrategy],
    remove: ['Remove a SWOT strategy', deleteSwotStrategy],
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

type PartInput = typeof s.swotItemInput | typeof s.swotStrategyInput;

/**
 * A part of a SWOT (an item or a strategy): added under its SWOT (`swots/{swotId}/<under>`), changed and
 * removed at `<path>/{key}`; each route answers the whole SWOT. Audited as `swot.<part>_added` on the
 * SWOT, `swot.<part>_updated` and `swot.<part>_deleted` on the part (`st_swot_<part>`).
 */
function swotPartRoutes<B extends PartInput, K extends string>(o: {
  part: 'item' | 'strategy';
  under: 'items' | 'strategies';
  path: 'swot-items' | 'swot-strategies';
  key: K;
  body: B;
  /** Each step: its summary, and what it does (giving the part's SWOT). */
  add: [string, (db: Db, orgId: string, swotId: string, body: z.output<B>) => Promise<string>];
  details: (body: z.output<B>) => Record<string, unknown>;
  update: [string, (db: Db, orgId: string, id: string, body: z.output<B>) => Promise<string>];
  remove: [string, (db: Db, orgId: string, id: string) => Promise<string>];
}) {
  const entity = `st_swot_${o.part}`;
  const path = `/orgs/{orgId}/strategy/${o.path}/{${o.key}}` as const;
  const params = orgParams.extend({ [o.key]: z.uuid() } as Record<K, z.ZodUUID>);
  const body = o.body as PartInput;
  const idOf = (params: object) => (params as Record<K, string>)[o.key];
  return [
    orgRoute({
      method: 'post',
      path: `/orgs/{orgId}/strategy/swots/{swotId}/${o.under}`,
      tags,
      summary: o.add[0],
      action: manage,
      params: swotParams,
      body,
      response: s.swotDetail,
      handler: async (c, { orgId, db, params: { swotId }, body, audit }) => {
        await o.add[1](db, orgId, swotId, body as z.output<B>);
        const details = o.details(body as z.output<B>);
        await audit({ action: `swot.${o.part}_added`, entity: 'st_swot', entityId: swotId, details });
        return c.json(await swotDetail(db, orgId, swotId), 200);
      },
    }),
    orgRoute({
      method: 'put',
      path,
      tags,
      summary: o.update[0],
      action: manage,
      params,
      body,
      response: s.swotDetail,
      handler: async (c, { orgId, db, params, body, audit }) => {
        const id = idOf(params);
        const swotId = await o.update[1](db, orgId, id, body as z.output<B>);
        await audit({ action: `swot.${o.part}_updated`, entity, entityId: id });
        return c.json(await swotDetail(db, orgId, swotId), 200);
      },
    }),
    orgRoute({
      method: 'delete',
      path,
      tags,
      summary: o.remove[0],
      action: manage,
      params,
      response: s.swotDetail,
      handler: async (c, { orgId, db, params, audit }) => {
        const id = idOf(params);
        const swotId = await o.remove[1](db, orgId, id);
        await audit({ action: `swot.${o.part}_deleted`, entity, entityId: id });
        return c.json(await swotDetail(db, orgId, swotId), 200);
      },
    }),
  ];
}
