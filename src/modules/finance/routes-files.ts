import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { AppError } from '../../server/errors.ts';
import { download, formBody, jsonResponse, orgParams, router, uploadForm } from '../../server/http.ts';
import { listAccounts } from './accounts.ts';
import { costPriceReport, getModel, saveModel } from './costing.ts';
import { costPriceCsv } from './exports/csv.ts';
import { modelTemplateXlsx } from './exports/model-template.ts';
import { costPricePdf } from './exports/pdf.ts';
import { costPriceXlsx } from './exports/xlsx.ts';
import { parseModelFile } from './files.ts';
import { methodQuery, yearQuery } from './http.ts';
import { costModelDoc } from './schema.ts';
import { uploadBytes } from '../../lib/files/index.ts';

const base = '/orgs/{orgId}/finance';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = { 200: { description: 'A file download' } } as const;

/** Downloads of the cost-price report (PDF, CSV, XLSX) and the cost model as an XLSX template to fill and upload. */
export const fileRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/costprice.csv`,
      tags: ['finance'],
      summary: 'A table of the cost-price report as CSV',
      middleware: [requireAction('finance.read')] as const,
      request: {
        params: orgParams,
        query: methodQuery.extend({ table: z.enum(['services', 'flows', 'mix']).default('services') }),
      },
      responses: file,
    }),
    async (c) => {
      const { year, method, table } = c.req.valid('query');
      const view = await costPriceReport(c.var.db, c.req.valid('param').orgId, year, method);
      return download(
        costPriceCsv(view, table, c.var.lang),
        'text/csv; charset=utf-8',
        `kostprijs-${year}-${table}.csv`,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/costprice.xlsx`,
      tags: ['finance'],
      summary: 'The cost-price report as a workbook',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: methodQuery },
      responses: file,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { year, method } = c.req.valid('query');
      const view = await costPriceReport(c.var.db, orgId, year, method);
      const org = c.var.user!.memberships.get(orgId)!;
      return download((await costPriceXlsx(view, c.var.lang, org.orgName)) as BodyInit, XLSX, `kostprijs-${year}.xlsx`);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/costprice.pdf`,
      tags: ['finance'],
      summary: 'The cost-price report as PDF, with charts',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: methodQuery },
      responses: file,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { year, method } = c.req.valid('query');
      const view = await costPriceReport(c.var.db, orgId, year, method);
      const orgName = c.var.user!.memberships.get(orgId)!.orgName;
      return download(
        (await costPricePdf(view, { orgName, lang: c.var.lang, generatedAt: new Date() })) as BodyInit,
        'application/pdf',
        `kostprijs-${year}.pdf`,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/model/template.xlsx`,
      tags: ['finance'],
      summary: 'The cost model of a year as a workbook to fill',
      middleware: [requireAction('finance.read')] as const,
      request: { params: orgParams, query: yearQuery },
      responses: file,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { year } = c.req.valid('query');
      const [doc, accounts] = await Promise.all([getModel(c.var.db, orgId, year), listAccounts(c.var.db, orgId)]);
      return download(
        (await modelTemplateXlsx(doc, accounts, c.var.lang)) as BodyInit,
        XLSX,
        `kostenmodel-${year}.xlsx`,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/model/import`,
      tags: ['finance'],
      summary: 'Upload the filled model workbook (replaces the year’s model)',
      middleware: [requireAction('finance.manage')] as const,
      request: { params: orgParams, query: yearQuery, ...formBody(uploadForm) },
      responses: jsonResponse(costModelDoc),
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { year } = c.req.valid('query');
      const { bytes, name } = await uploadBytes(c.req.valid('form').file);
      const read = await parseModelFile(bytes, year);
      if (!read.ok) {
        const fields = read.errors.map((e) => ({
          path: [e.sheet, e.row ? `rij ${e.row}` : '', e.column].filter(Boolean).join(' · ') || 'file',
          message: { nl: e.nl, en: e.en },
        }));
        throw new AppError(
          'validation',
          {
            nl: `Het werkboek bevat ${fields.length} fout(en); er is niets opgeslagen.`,
            en: `The workbook has ${fields.length} error(s); nothing was saved.`,
          },
          { fields },
        );
      }
      const saved = await saveModel(c.var.db, orgId, currentUser(c).id, read.doc);
      await auditFor(c)({
        orgId,
        action: 'finance.model_imported',
        entity: 'fin_cost_model',
        entityId: String(year),
        details: { file: name },
      });
      return c.json(saved, 200);
    },
  );
