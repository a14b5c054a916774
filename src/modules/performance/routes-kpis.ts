import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { formBody, jsonBody, jsonResponse, orgParams, router, uploadForm } from '../../server/http.ts';
import { uploadBytes } from '../../lib/files/index.ts';
import { boardOf, cockpitOf, kpiDetail } from './cockpit.ts';
import { FORMULAS, recompute } from './computed.ts';
import { kpiInput, kpiPatch, noteInput, targetInput, valuesInput } from './kpi-schema.ts';
import {
  addStarterSet,
  addTarget,
  createKpi,
  deleteKpi,
  deleteTarget,
  listKpis,
  ownerChoices,
  updateKpi,
  updateTarget,
} from './kpis.ts';
import { parsePeriod } from './logic/index.ts';
import { valueGrid } from './grid.ts';
import { parseValuesFile, saveCells, setNote } from './values.ts';
import { thisYear, today } from '../../lib/calendar.ts';

const kpiParams = orgParams.extend({ kpiId: z.uuid() });
const targetParams = kpiParams.extend({ targetId: z.uuid() });
const any = jsonResponse(z.any());
const tags = ['performance'];
const periodText = z
  .string()
  .trim()
  .refine((p) => parsePeriod(p) !== null, { message: 'jjjj-mm, jjjj-Qn of jjjj' });

/** The KPI catalogue, targets, values and notes. */
export const kpiRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/kpis',
      tags,
      summary: 'The KPI catalogue',
      middleware: [requireAction('performance.read')] as const,
      request: { params: orgParams, query: z.object({ archived: z.enum(['true', 'false']).optional() }) },
      responses: any,
    }),
    async (c) =>
      c.json(
        { items: await listKpis(c.var.db, c.req.valid('param').orgId, c.req.valid('query').archived === 'true') },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/kpi-options',
      tags,
      summary: 'Formulas of computed KPIs and the members who can own a KPI',
      middleware: [requireAction('performance.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) =>
      c.json(
        {
          formulas: Object.entries(FORMULAS).map(([key, f]) => ({ key, frequency: f.frequency, sources: f.sources })),
          owners: await ownerChoices(c.var.db, c.req.valid('param').orgId),
        },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/kpis',
      tags,
      summary: 'Add a KPI',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams, ...jsonBody(kpiInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const kpi = await createKpi(c.var.db, orgId, c.req.valid('json'));
      await auditFor(c)({ orgId, action: 'kpi.created', entity: 'kpi', entityId: kpi.id, details: { code: kpi.code } });
      return c.json(kpi, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/kpis/starter-set',
      tags,
      summary: 'Add the starter set of sector KPIs (codes already present are skipped)',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const result = await c.var.db
        .transaction()
        .execute((tx) => addStarterSet(tx, orgId, { validFrom: `${thisYear() - 2}-01-01` }));
      await auditFor(c)({ orgId, action: 'kpi.starter_set_added', entity: 'kpi', details: result });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/kpis/recompute',
      tags,
      summary: 'Recompute every computed KPI now',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const result = await recompute(c.var.db, orgId, today());
      await auditFor(c)({ orgId, action: 'kpi.recomputed', entity: 'kpi', details: result });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/kpis/{kpiId}',
      tags,
      summary: 'A KPI with every value, note and computation, its targets and linked actions',
      middleware: [requireAction('performance.read')] as const,
      request: { params: kpiParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, kpiId } = c.req.valid('param');
      return c.json(await kpiDetail(c.var.db, orgId, kpiId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/orgs/{orgId}/kpis/{kpiId}',
      tags,
      summary: 'Change or archive a KPI',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: kpiParams, ...jsonBody(kpiPatch) },
      responses: any,
    }),
    async (c) => {
      const { orgId, kpiId } = c.req.valid('param');
      const patch = c.req.valid('json');
      const kpi = await updateKpi(c.var.db, orgId, kpiId, patch);
      await auditFor(c)({
        orgId,
        action: 'kpi.updated',
        entity: 'kpi',
        entityId: kpiId,
        details: { fields: Object.keys(patch) },
      });
      return c.json(kpi, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/kpis/{kpiId}',
      tags,
      summary: 'Remove a KPI with its values and targets',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: kpiParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, kpiId } = c.req.valid('param');
      await deleteKpi(c.var.db, orgId, kpiId);
      await auditFor(c)({ orgId, action: 'kpi.deleted', entity: 'kpi', entityId: kpiId });
      return c.json({ id: kpiId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/kpis/{kpiId}/targets',
      tags,
      summary: 'Add a target with a red threshold, valid from a date',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: kpiParams, ...jsonBody(targetInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, kpiId } = c.req.valid('param');
      const t = await addTarget(c.var.db, orgId, kpiId, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'kpi.target_added',
        entity: 'kpi_target',
        entityId: t.id,
        details: { kpiId, ...t },
      });
      return c.json(t, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/kpis/{kpiId}/targets/{targetId}',
      tags,
      summary: 'Change a target',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: targetParams, ...jsonBody(targetInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, kpiId, targetId } = c.req.valid('param');
      const t = await updateTarget(c.var.db, orgId, kpiId, targetId, c.req.valid('json'));
      await auditFor(c)({
        orgId,
        action: 'kpi.target_updated',
        entity: 'kpi_target',
        entityId: targetId,
        details: { kpiId, ...t },
      });
      return c.json(t, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/orgs/{orgId}/kpis/{kpiId}/targets/{targetId}',
      tags,
      summary: 'Remove a target',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: targetParams },
      responses: any,
    }),
    async (c) => {
      const { orgId, kpiId, targetId } = c.req.valid('param');
      await deleteTarget(c.var.db, orgId, kpiId, targetId);
      await auditFor(c)({
        orgId,
        action: 'kpi.target_deleted',
        entity: 'kpi_target',
        entityId: targetId,
        details: { kpiId },
      });
      return c.json({ id: targetId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/kpis/{kpiId}/notes/{period}',
      tags,
      summary: 'Set the note of a value (also of a computed one); a red value keeps a note',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: kpiParams.extend({ period: periodText }), ...jsonBody(noteInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId, kpiId, period } = c.req.valid('param');
      const r = await setNote(c.var.db, orgId, kpiId, period, c.req.valid('json').note);
      await auditFor(c)({ orgId, action: 'kpi.note_set', entity: 'kpi_value', details: r });
      return c.json(r, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/kpi-values',
      tags,
      summary: 'The value grid: KPIs of one frequency × periods',
      middleware: [requireAction('performance.read')] as const,
      request: {
        params: orgParams,
        query: z.object({
          frequency: z.enum(['month', 'quarter', 'year']).default('month'),
          from: periodText.optional(),
          to: periodText.optional(),
        }),
      },
      responses: any,
    }),
    async (c) => c.json(await valueGrid(c.var.db, c.req.valid('param').orgId, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/kpi-values',
      tags,
      summary: 'Save values of the grid in one transaction (null removes; every wrong cell named)',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams, ...jsonBody(valuesInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const cells = c.req
        .valid('json')
        .values.map((v, i) => ({ ...v, where: { path: `values.${i}`, nl: `Cel ${i + 1}`, en: `Cell ${i + 1}` } }));
      const result = await saveCells(c.var.db, orgId, currentUser(c).id, cells, 'manual');
      await auditFor(c)({ orgId, action: 'kpi.values_saved', entity: 'kpi_value', details: result });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/kpi-values/import',
      tags,
      summary: 'Import values from CSV or XLSX (code;period;value;note), all or nothing',
      middleware: [requireAction('performance.manage')] as const,
      request: { params: orgParams, ...formBody(uploadForm) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { bytes, name } = await uploadBytes(c.req.valid('form').file);
      const result = await saveCells(c.var.db, orgId, currentUser(c).id, await parseValuesFile(bytes), 'import');
      await auditFor(c)({
        orgId,
        action: 'kpi.values_imported',
        entity: 'kpi_value',
        details: { file: name, ...result },
      });
      return c.json({ imported: result.saved }, 200);
    },
  );

/** The cockpit and the board view. */
export const cockpitRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/cockpit',
      tags,
      summary: 'Tiles per perspective: latest value, target, traffic light, 24-period sparkline and flags',
      middleware: [requireAction('performance.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json(await cockpitOf(c.var.db, c.req.valid('param').orgId), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/board',
      tags,
      summary: 'The board view: per perspective, the red KPIs with notes and actions (read-only)',
      middleware: [requireAction('performance.read')] as const,
      request: { params: orgParams },
      responses: any,
    }),
    async (c) => c.json(await boardOf(c.var.db, c.req.valid('param').orgId), 200),
  );
