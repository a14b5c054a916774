import { z } from 'zod';
import { uploadBytes } from '../../lib/files/index.ts';
import { jsonField, uploadForm } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { importPayroll, previewPayroll } from './payroll-import.ts';
import { payrollImportResult, payrollMapping, payrollPreview } from './schema-import.ts';

const base = '/orgs/{orgId}/people/payroll';
const tags: ['people'] = ['people'];
const payrollForm = uploadForm.extend({ mapping: z.string().optional() });

async function request(form: z.infer<typeof payrollForm>) {
  const { name, bytes } = await uploadBytes(form.file);
  return { name, bytes, mapping: jsonField(form.mapping, 'mapping', payrollMapping, {}) };
}

/** The payroll import: preview with the column mapping, then all or nothing. */
export const payrollImportRoutes = routes(
  orgRoute({
    method: 'post',
    path: `${base}/preview`,
    tags,
    summary: 'Check a payroll export: headers, how each column is read, every bad line (nothing saved)',
    action: 'people.manage',
    form: payrollForm,
    response: payrollPreview,
    handler: async (c, { orgId, db, body }) => {
      const { bytes, mapping } = await request(body);
      return c.json(await previewPayroll(db, orgId, bytes, mapping), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/import`,
    tags,
    summary: 'Import a payroll export (employees, contracts, payroll months), all or nothing',
    action: 'people.manage',
    form: payrollForm,
    response: payrollImportResult,
    handler: async (c, { orgId, db, body, audit }) => {
      const { name, bytes, mapping } = await request(body);
      const result = await importPayroll(db, orgId, bytes, mapping);
      await audit({ action: 'payroll.imported', entity: 'ppl_payroll_month', details: { file: name, ...result } });
      return c.json(result, 200);
    },
  }),
);
