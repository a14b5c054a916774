import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, requireAction } from '../../server/auth.ts';
import { formBody, jsonBody, jsonResponse, noContent, orgParams, router, uploadForm } from '../../server/http.ts';
import { deleteAccount, importAccounts, listAccounts, upsertAccount } from './accounts.ts';
import { parseChartFile } from './files.ts';
import { account, accountInput } from './schema.ts';
import { fileErrors, uploadBytes } from '../../lib/files/index.ts';

const accountParams = orgParams.extend({ code: z.string().max(20) });
const base = '/orgs/{orgId}/finance/accounts';

/** The chart of accounts: list, change, delete, import from CSV. */
export const accountRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: ['finance'],
      summary: 'The chart of accounts (MAR preloaded)',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams },
      responses: jsonResponse(z.object({ items: z.array(account) })),
    }),
    async (c) => c.json({ items: await listAccounts(c.var.db, c.req.valid('param').orgId) }, 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: `${base}/{code}`,
      tags: ['finance'],
      summary: 'Create or change an account',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: accountParams, ...jsonBody(accountInput) },
      responses: jsonResponse(account),
    }),
    async (c) => {
      const { orgId, code } = c.req.valid('param');
      const saved = await upsertAccount(c.var.db, orgId, code, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'finance.account_saved',
        entity: 'fin_account',
        entityId: code,
        details: { name: saved.name, incomeType: saved.incomeType },
      });
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{code}`,
      tags: ['finance'],
      summary: 'Delete an unused account',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: accountParams },
      responses: noContent,
    }),
    async (c) => {
      const { orgId, code } = c.req.valid('param');
      await deleteAccount(c.var.db, orgId, code);
      await auditFor(c)({ orgId, action: 'finance.account_deleted', entity: 'fin_account', entityId: code });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/import`,
      tags: ['finance'],
      summary: 'Import a chart of accounts (CSV code;name)',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: orgParams, ...formBody(uploadForm) },
      responses: jsonResponse(z.object({ added: z.number(), updated: z.number() })),
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { bytes, name } = await uploadBytes(c.req.valid('form').file);
      const parsed = await parseChartFile(bytes);
      if (parsed.errors.length) throw fileErrors(parsed.errors);
      const result = await c.var.db.transaction().execute((tx) => importAccounts(tx, orgId, parsed.accounts));
      await auditFor(c)({
        orgId,
        action: 'finance.chart_imported',
        entity: 'fin_account',
        details: { file: name, ...result },
      });
      return c.json(result, 200);
    },
  );
