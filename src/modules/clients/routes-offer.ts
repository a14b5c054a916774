import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { listFunctions, listGroups, presentFunction, saveFunction, saveGroup } from './offer.ts';
import { listRules, ruleSet, saveRule } from './rules.ts';
import { groupCandidates, setGroupMembers } from './group-members.ts';
import {
  functionInput,
  group,
  groupCandidate,
  groupInput,
  groupMembersInput,
  groupSaved,
  offer,
  rule,
  ruleTableName,
  supportFunction,
} from './schema.ts';

const day = z.iso.date();
const ruleInput = z.strictObject({
  validFrom: day,
  validTo: day.nullable().optional(),
  data: z.record(z.string(), z.unknown()),
});
const groupParams = z.object({ orgId: z.uuid(), groupId: z.uuid() });
const tags: ['clients'] = ['clients'];

/** The offer (support functions with prices, groups) and the rule tables. */
export const offerRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/offer',
    tags,
    summary: 'Support functions with prices in points and euro, and groups',
    action: 'clients.read',
    response: offer,
    handler: async (c, { orgId, db }) => {
      const rules = await ruleSet(db, orgId);
      const [functions, groups] = await Promise.all([listFunctions(db, orgId), listGroups(db, orgId)]);
      return c.json({ functions: functions.map((f) => presentFunction(f, rules)), groups }, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/offer/functions/{code}',
    tags,
    summary: 'Create or change a support function and its prices',
    action: 'clients.manage',
    params: z.object({ orgId: z.uuid(), code: z.string().max(60) }),
    body: functionInput,
    response: supportFunction,
    handler: async (c, { orgId, db, params: { code }, body, audit }) => {
      const saved = await saveFunction(db, orgId, code, body);
      await audit({ action: 'offer.function_saved', entity: 'cl_function', entityId: code });
      return c.json(presentFunction(saved, await ruleSet(db, orgId)), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/offer/groups',
    tags,
    summary: 'Add a group or location',
    action: 'clients.manage',
    body: groupInput,
    response: groupSaved,
    handler: async (c, { orgId, db, body }) => c.json(await saveGroup(db, orgId, body), 200),
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/offer/groups/{groupId}',
    tags,
    summary: 'Change a group',
    action: 'clients.manage',
    params: groupParams,
    body: groupInput,
    response: groupSaved,
    handler: async (c, { orgId, db, params, body }) => c.json(await saveGroup(db, orgId, body, params.groupId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/offer/group-candidates',
    tags,
    summary: 'Members (name, role) who can be put in a group',
    action: 'clients.manage',
    response: z.object({ items: z.array(groupCandidate) }),
    handler: async (c, { orgId, db }) => c.json({ items: await groupCandidates(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/offer/groups/{groupId}/members',
    tags,
    summary: 'Set who works in a group (a begeleider sees the clients of their groups)',
    action: 'clients.manage',
    params: groupParams,
    body: groupMembersInput,
    response: z.object({ groups: z.array(group) }),
    handler: async (c, { orgId, db, params: { groupId }, body: { userIds }, audit }) => {
      await setGroupMembers(db, orgId, groupId, userIds);
      const details = { members: userIds.length };
      await audit({ action: 'offer.group_members_set', entity: 'cl_group', entityId: groupId, details });
      return c.json({ groups: await listGroups(db, orgId) }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/rules',
    tags,
    summary: 'Rule tables with their validity periods',
    action: ['clients.read', 'rules.manage'],
    response: z.object({ items: z.array(rule) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listRules(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/rules',
    tags,
    summary: 'Add a period to a rule table',
    action: 'rules.manage',
    body: ruleInput.extend({ table: ruleTableName }),
    response: rule,
    handler: async (c, { orgId, db, body: input, audit }) => {
      const saved = await saveRule(db, orgId, { ...input, validTo: input.validTo ?? null });
      const details = { table: saved.table, validFrom: saved.validFrom };
      await audit({ action: 'rules.saved', entity: 'cl_rule', entityId: saved.id, details });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/rules/{ruleId}',
    tags,
    summary: 'Change a period of a rule table',
    action: 'rules.manage',
    params: z.object({ orgId: z.uuid(), ruleId: z.uuid() }),
    body: ruleInput,
    response: rule,
    handler: async (c, { orgId, db, params: { ruleId }, body: { validFrom, validTo, data }, audit }) => {
      const existing = (await listRules(db, orgId)).find((r) => r.id === ruleId);
      if (!existing) throw AppError.notFound();
      const saved = await saveRule(
        db,
        orgId,
        { table: existing.table, validFrom, validTo: validTo ?? null, data },
        ruleId,
      );
      const details = { table: saved.table, validFrom: saved.validFrom };
      await audit({ action: 'rules.saved', entity: 'cl_rule', entityId: ruleId, details });
      return c.json(saved, 200);
    },
  }),
);
