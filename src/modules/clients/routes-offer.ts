import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, requireAction } from '../../server/auth.ts';
import { AppError } from '../../server/errors.ts';
import { jsonBody, jsonResponse, orgParams, router } from '../../server/http.ts';
import { listFunctions, listGroups, presentFunction, saveFunction, saveGroup } from './offer.ts';
import { listRules, RULE_TABLES, ruleSet, saveRule } from './rules.ts';
import { groupCandidates, setGroupMembers } from './group-members.ts';
import { functionInput, groupInput, groupMembersInput } from './schema.ts';

const any = jsonResponse(z.any());
const day = z.iso.date();
const ruleInput = z.strictObject({
  validFrom: day,
  validTo: day.nullable().optional(),
  data: z.record(z.string(), z.unknown()),
});

/** The offer (support functions with prices, groups) and the rule tables. */
export const offerRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/offer',
      tags: ['clients'],
      summary: 'Support functions with prices in points and euro, and groups',
      middleware: [requireAction('clients.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const rules = await ruleSet(c.var.db, orgId);
      const [functions, groups] = await Promise.all([listFunctions(c.var.db, orgId), listGroups(c.var.db, orgId)]);
      return c.json({ functions: functions.map((f) => presentFunction(f, rules)), groups }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/offer/functions/{code}',
      tags: ['clients'],
      summary: 'Create or change a support function and its prices',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams.extend({ code: z.string().max(60) }), ...jsonBody(functionInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, code } = c.req.valid('param');
      const saved = await saveFunction(c.var.db, orgId, code, c.req.valid('json'));
      await auditFor(c)({ orgId, action: 'offer.function_saved', entity: 'cl_function', entityId: code });
      return c.json(presentFunction(saved, await ruleSet(c.var.db, orgId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/offer/groups',
      tags: ['clients'],
      summary: 'Add a group or location',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams, ...jsonBody(groupInput) },
      responses: any,
    }),
    async (c) => c.json(await saveGroup(c.var.db, c.req.valid('param').orgId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/offer/groups/{groupId}',
      tags: ['clients'],
      summary: 'Change a group',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams.extend({ groupId: z.uuid() }), ...jsonBody(groupInput) },
      responses: any,
    }),
    async (c) =>
      c.json(
        await saveGroup(c.var.db, c.req.valid('param').orgId, c.req.valid('json'), c.req.valid('param').groupId),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/offer/group-candidates',
      tags: ['clients'],
      summary: 'Members (name, role) who can be put in a group',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json({ items: await groupCandidates(c.var.db, c.req.valid('param').orgId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/offer/groups/{groupId}/members',
      tags: ['clients'],
      summary: 'Set who works in a group (a begeleider sees the clients of their groups)',
      middleware: [requireAction('clients.manage')] as const,
      request: { params: orgParams.extend({ groupId: z.uuid() }), ...jsonBody(groupMembersInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, groupId } = c.req.valid('param');
      const { userIds } = c.req.valid('json');
      await setGroupMembers(c.var.db, orgId, groupId, userIds);
      await auditFor(c)({
        orgId,
        action: 'offer.group_members_set',
        entity: 'cl_group',
        entityId: groupId,
        details: { members: userIds.length },
      });
      return c.json({ groups: await listGroups(c.var.db, orgId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/rules',
      tags: ['clients'],
      summary: 'Rule tables with their validity periods',
      middleware: [requireAction('clients.read', 'rules.manage')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json({ items: await listRules(c.var.db, c.req.valid('param').orgId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/rules',
      tags: ['clients'],
      summary: 'Add a period to a rule table',
      middleware: [requireAction('rules.manage')] as const,
      request: {
        params: orgParams,
        ...jsonBody(ruleInput.extend({ table: z.enum(RULE_TABLES as [string, ...string[]]) })),
      },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const input = c.req.valid('json');
      const saved = await saveRule(c.var.db, orgId, {
        ...input,
        table: input.table as (typeof RULE_TABLES)[number],
        validTo: input.validTo ?? null,
      });
      await auditFor(c)({
        orgId,
        action: 'rules.saved',
        entity: 'cl_rule',
        entityId: saved.id,
        details: { table: saved.table, validFrom: saved.validFrom },
      });
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/rules/{ruleId}',
      tags: ['clients'],
      summary: 'Change a period of a rule table',
      middleware: [requireAction('rules.manage')] as const,
      request: { params: orgParams.extend({ ruleId: z.uuid() }), ...jsonBody(ruleInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, ruleId } = c.req.valid('param');
      const existing = (await listRules(c.var.db, orgId)).find((r) => r.id === ruleId);
      if (!existing) throw AppError.notFound();
      const input = c.req.valid('json');
      const saved = await saveRule(
        c.var.db,
        orgId,
        { table: existing.table, validFrom: input.validFrom, validTo: input.validTo ?? null, data: input.data },
        ruleId,
      );
      await auditFor(c)({
        orgId,
        action: 'rules.saved',
        entity: 'cl_rule',
        entityId: ruleId,
        details: { table: saved.table, validFrom: saved.validFrom },
      });
      return c.json(saved, 200);
    },
  );
