import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { AppError } from '../../server/errors.ts';
import { type AppEnv, formBody, jsonField, jsonResponse, orgParams, router, uploadForm } from '../../server/http.ts';
import { compareImports, getMappings, importLedger, listImports, previewLedger, type LedgerRequest } from './ledger.ts';
import { LEDGER_FIELDS } from './logic/index.ts';
import { incomeType, ledgerImport, year } from './schema.ts';
import { uploadBytes } from '../../lib/files/index.ts';

const base = '/orgs/{orgId}/finance/ledger';
const ledgerForm = uploadForm.extend({
  year,
  mapping: z.string().optional(),
  accountMapping: z.string().optional(),
  newAccounts: z.string().optional(),
  replace: z.enum(['true', 'false']).optional(),
});
const mappingSchema = z.record(z.string(), z.enum([...LEDGER_FIELDS, 'ignore']));
const newAccountsSchema = z
  .array(
    z.strictObject({
      code: z.string().regex(/^\d{1,12}$/),
      name: z.string().trim().min(1).max(200),
      incomeType: incomeType.nullable(),
    }),
  )
  .max(1000);

async function ledgerRequest(c: Context<AppEnv>, form: z.infer<typeof ledgerForm>): Promise<LedgerRequest> {
  const { name, bytes } = await uploadBytes(form.file);
  return {
    year: form.year,
    fileName: name,
    bytes,
    mapping: jsonField(form.mapping, 'mapping', mappingSchema, {}),
    accountMapping: jsonField(
      form.accountMapping,
      'accountMapping',
      z.record(z.string(), z.string().regex(/^\d{1,12}$/)),
      {},
    ),
    newAccounts: jsonField(form.newAccounts, 'newAccounts', newAccountsSchema, []),
  };
}

/** Ledger imports: list, preview, import (all or nothing), compare versions, remembered mappings. */
export const ledgerRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/imports`,
      tags: ['finance'],
      summary: 'Ledger imports, newest first',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: z.object({ year: year.optional() }) },
      responses: jsonResponse(z.object({ items: z.array(ledgerImport) })),
    }),
    async (c) =>
      c.json({ items: await listImports(c.var.db, c.req.valid('param').orgId, c.req.valid('query').year) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/preview`,
      tags: ['finance'],
      summary: 'Check a ledger file: headers, mapping, unknown accounts, every bad line',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: orgParams, ...formBody(ledgerForm) },
      responses: jsonResponse(z.any()),
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      return c.json(await previewLedger(c.var.db, orgId, await ledgerRequest(c, c.req.valid('form'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/import`,
      tags: ['finance'],
      summary: 'Import a year’s ledger, all or nothing',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: orgParams, ...formBody(ledgerForm) },
      responses: jsonResponse(ledgerImport),
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const form = c.req.valid('form');
      const result = await importLedger(c.var.db, orgId, currentUser(c).id, {
        ...(await ledgerRequest(c, form)),
        replace: form.replace === 'true',
      });
      await auditFor(c)({
        orgId,
        action: 'finance.ledger_imported',
        entity: 'fin_ledger_import',
        entityId: result.id,
        details: { year: result.year, version: result.version, lines: result.lines, file: result.fileName },
      });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/imports/{importId}/compare`,
      tags: ['finance'],
      summary: 'Totals per account of two imports',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams.extend({ importId: z.uuid() }), query: z.object({ with: z.uuid() }) },
      responses: jsonResponse(
        z.object({
          rows: z.array(
            z.object({
              account: z.string(),
              name: z.string(),
              aCents: z.number(),
              bCents: z.number(),
              diffCents: z.number(),
            }),
          ),
        }),
      ),
    }),
    async (c) => {
      const { orgId, importId } = c.req.valid('param');
      const other = c.req.valid('query').with;
      const mine = new Set((await listImports(c.var.db, orgId)).map((i) => i.id));
      if (!mine.has(importId) || !mine.has(other)) throw AppError.notFound();
      return c.json({ rows: await compareImports(c.var.db, orgId, importId, other) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/mapping`,
      tags: ['finance'],
      summary: 'Remembered header and account mappings',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams },
      responses: jsonResponse(
        z.object({ headers: z.record(z.string(), z.string()), accounts: z.record(z.string(), z.string()) }),
      ),
    }),
    async (c) => c.json(await getMappings(c.var.db, c.req.valid('param').orgId), 200),
  );
