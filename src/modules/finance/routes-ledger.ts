import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { jsonField, uploadForm } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { compareImports, importLedger, previewLedger, type LedgerRequest } from './ledger.ts';
import { getMappings, listImports } from './queries-ledger.ts';
import { LEDGER_FIELDS } from './logic/index.ts';
import { compareRow, incomeType, ledgerImport, ledgerMappings, ledgerPreview, year } from './schema.ts';
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

async function ledgerRequest(form: z.infer<typeof ledgerForm>): Promise<LedgerRequest> {
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
export const ledgerRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/imports`,
    tags: ['finance'],
    summary: 'Ledger imports, newest first',
    action: 'finance.read',
    query: z.object({ year: year.optional() }),
    response: z.object({ items: z.array(ledgerImport) }),
    handler: async (c, { orgId, db, query }) => c.json({ items: await listImports(db, orgId, query.year) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: `${base}/preview`,
    tags: ['finance'],
    summary: 'Check a ledger file: headers, mapping, unknown accounts, every bad line',
    action: 'finance.manage',
    form: ledgerForm,
    response: ledgerPreview,
    handler: async (c, { orgId, db, body }) => c.json(await previewLedger(db, orgId, await ledgerRequest(body)), 200),
  }),
  orgRoute({
    method: 'post',
    path: `${base}/import`,
    tags: ['finance'],
    summary: 'Import a year’s ledger, all or nothing',
    action: 'finance.manage',
    form: ledgerForm,
    response: ledgerImport,
    handler: async (c, { orgId, user, db, body: form, audit }) => {
      const result = await importLedger(db, orgId, user.id, {
        ...(await ledgerRequest(form)),
        replace: form.replace === 'true',
      });
      await audit({
        action: 'finance.ledger_imported',
        entity: 'fin_ledger_import',
        entityId: result.id,
        details: { year: result.year, version: result.version, lines: result.lines, file: result.fileName },
      });
      return c.json(result, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/imports/{importId}/compare`,
    tags: ['finance'],
    summary: 'Totals per account of two imports',
    action: 'finance.read',
    params: z.object({ orgId: z.uuid(), importId: z.uuid() }),
    query: z.object({ with: z.uuid() }),
    response: z.object({ rows: z.array(compareRow) }),
    handler: async (c, { orgId, db, params: { importId }, query }) => {
      const other = query.with;
      const mine = new Set((await listImports(db, orgId)).map((i) => i.id));
      if (!mine.has(importId) || !mine.has(other)) throw AppError.notFound();
      return c.json({ rows: await compareImports(db, orgId, importId, other) }, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/mapping`,
    tags: ['finance'],
    summary: 'Remembered header and account mappings',
    action: 'finance.read',
    response: ledgerMappings,
    handler: async (c, { orgId, db }) => c.json(await getMappings(db, orgId), 200),
  }),
);
