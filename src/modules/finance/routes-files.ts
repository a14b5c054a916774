import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { download, uploadForm } from '../../server/http.ts';
import { fileResponse, orgRoute, routes } from '../../server/route.ts';
import { listAccounts } from './accounts.ts';
import { costPriceReport, saveModel } from './costing.ts';
import { getModel } from './queries.ts';
import { costPriceCsv } from './exports/csv.ts';
import { modelTemplateXlsx } from './exports/model-template.ts';
import { costPricePdf } from './exports/pdf.ts';
import { costPriceXlsx } from './exports/xlsx.ts';
import { parseModelFile } from './files.ts';
import { methodQuery, yearQuery } from './http.ts';
import { msg } from './messages.ts';
import { costModelDoc } from './schema.ts';
import { uploadBytes } from '../../lib/files/index.ts';

const base = '/orgs/{orgId}/finance';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Downloads of the cost-price report (PDF, CSV, XLSX) and the cost model as an XLSX template to fill and upload. */
export const fileRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/costprice.csv`,
    tags: ['finance'],
    summary: 'A table of the cost-price report as CSV',
    action: 'finance.read',
    query: methodQuery.extend({ table: z.enum(['services', 'flows', 'mix']).default('services') }),
    response: fileResponse('text/csv'),
    handler: async (c, { orgId, db, query: { year, method, table } }) => {
      const view = await costPriceReport(db, orgId, year, method);
      return download(
        costPriceCsv(view, table, c.var.lang),
        'text/csv; charset=utf-8',
        `kostprijs-${year}-${table}.csv`,
      );
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/costprice.xlsx`,
    tags: ['finance'],
    summary: 'The cost-price report as a workbook',
    action: 'finance.read',
    query: methodQuery,
    response: fileResponse(XLSX),
    handler: async (c, { orgId, user, db, query: { year, method } }) => {
      const view = await costPriceReport(db, orgId, year, method);
      const org = user.memberships.get(orgId)!;
      return download((await costPriceXlsx(view, c.var.lang, org.orgName)) as BodyInit, XLSX, `kostprijs-${year}.xlsx`);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/costprice.pdf`,
    tags: ['finance'],
    summary: 'The cost-price report as PDF, with charts',
    action: 'finance.read',
    query: methodQuery,
    response: fileResponse('application/pdf'),
    handler: async (c, { orgId, user, db, query: { year, method } }) => {
      const view = await costPriceReport(db, orgId, year, method);
      const orgName = user.memberships.get(orgId)!.orgName;
      return download(
        (await costPricePdf(view, { orgName, lang: c.var.lang, generatedAt: new Date() })) as BodyInit,
        'application/pdf',
        `kostprijs-${year}.pdf`,
      );
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/model/template.xlsx`,
    tags: ['finance'],
    summary: 'The cost model of a year as a workbook to fill',
    action: 'finance.read',
    query: yearQuery,
    response: fileResponse(XLSX),
    handler: async (c, { orgId, db, query: { year } }) => {
      const [doc, accounts] = await Promise.all([getModel(db, orgId, year), listAccounts(db, orgId)]);
      return download(
        (await modelTemplateXlsx(doc, accounts, c.var.lang)) as BodyInit,
        XLSX,
        `kostenmodel-${year}.xlsx`,
      );
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/model/import`,
    tags: ['finance'],
    summary: 'Upload the filled model workbook (replaces the year’s model)',
    action: 'finance.manage',
    query: yearQuery,
    form: uploadForm,
    response: costModelDoc,
    handler: async (c, { orgId, user, db, query: { year }, body, audit }) => {
      const { bytes, name } = await uploadBytes(body.file);
      const read = await parseModelFile(bytes, year);
      if (!read.ok) {
        const fields = read.errors.map((e) => ({
          path: [e.sheet, e.row ? `rij ${e.row}` : '', e.column].filter(Boolean).join(' · ') || 'file',
          message: { nl: e.nl, en: e.en },
        }));
        throw new AppError('validation', msg('workbook_errors', { count: fields.length }), { fields });
      }
      const saved = await saveModel(db, orgId, user.id, read.doc);
      await audit({
        action: 'finance.model_imported',
        entity: 'fin_cost_model',
        entityId: String(year),
        details: { file: name },
      });
      return c.json(saved, 200);
    },
  }),
);
