import { z } from '@hono/zod-openapi';
import { uploadBytes } from '../../lib/files/index.ts';
import { thisYear, today } from '../../lib/calendar.ts';
import { idAnswer, orgParams, uploadForm } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { manage, read, tags } from './http.ts';
import { boardOf, cockpitOf, kpiDetail } from './cockpit.ts';
import { FORMULAS, recompute } from './computed.ts';
import { valueGrid } from './grid.ts';
import { addStarterSet, addTarget, createKpi, updateKpi, updateTarget } from './kpis.ts';
import { deleteKpi, deleteTarget, listKpis, ownerChoices } from './queries-kpis.ts';
import { parsePeriod } from './logic/index.ts';
import { msg } from './messages.ts';
import {
  board,
  cockpit,
  grid,
  kpi,
  kpiDetail as kpiDetailAnswer,
  kpiInput,
  kpiList,
  kpiOptions,
  kpiPatch,
  noteInput,
  noteSet,
  recomputeResult,
  starterSetResult,
  target,
  targetInput,
  valuesImported,
  valuesInput,
  valuesSaved,
} from './schema.ts';
import { parseValuesFile, saveCells, setNote } from './values.ts';

const kpiParams = orgParams.extend({ kpiId: z.uuid() });
const targetParams = kpiParams.extend({ targetId: z.uuid() });
const periodText = z
  .string()
  .trim()
  .refine((p) => parsePeriod(p) !== null, { message: 'jjjj-mm, jjjj-Qn of jjjj' });

/** The KPI catalogue, targets, values and notes. */
export const kpiRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/kpis',
    tags,
    summary: 'The KPI catalogue',
    action: read,
    query: z.object({ archived: z.enum(['true', 'false']).optional() }),
    response: kpiList,
    handler: async (c, { orgId, db, query }) =>
      c.json({ items: await listKpis(db, orgId, query.archived === 'true') }, 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/kpi-options',
    tags,
    summary: 'Formulas of computed KPIs and the members who can own a KPI',
    action: read,
    response: kpiOptions,
    handler: async (c, { orgId, db }) =>
      c.json(
        {
          formulas: Object.entries(FORMULAS).map(([key, f]) => ({ key, frequency: f.frequency, sources: f.sources })),
          owners: await ownerChoices(db, orgId),
        },
        200,
      ),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/kpis/starter-set',
    tags,
    summary: 'Add the starter set of sector KPIs (codes already present are skipped)',
    action: manage,
    response: starterSetResult,
    handler: async (c, { orgId, db, audit }) => {
      const result = await db
        .transaction()
        .execute((tx) => addStarterSet(tx, orgId, { validFrom: `${thisYear() - 2}-01-01` }));
      await audit({ action: 'kpi.starter_set_added', entity: 'kpi', details: result });
      return c.json(result, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/kpis/recompute',
    tags,
    summary: 'Recompute every computed KPI now',
    action: manage,
    response: recomputeResult,
    handler: async (c, { orgId, db, audit }) => {
      const result = await recompute(db, orgId, today());
      await audit({ action: 'kpi.recomputed', entity: 'kpi', details: result });
      return c.json(result, 200);
    },
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/kpis',
    key: 'kpiId',
    tags,
    action: manage,
    entity: 'kpi',
    event: 'kpi.',
    response: kpi,
    create: {
      summary: 'Add a KPI',
      body: kpiInput,
      run: ({ orgId, db }, body) => createKpi(db, orgId, body),
      details: (_, created) => ({ code: created.code }),
    },
    get: {
      summary: 'A KPI with every value, note and computation, its targets and linked actions',
      action: read,
      response: kpiDetailAnswer,
      load: ({ orgId, db }, id) => kpiDetail(db, orgId, id),
    },
    update: {
      summary: 'Change or archive a KPI',
      method: 'patch',
      body: kpiPatch,
      run: ({ orgId, db }, id, patch) => updateKpi(db, orgId, id, patch),
      details: (patch) => ({ fields: Object.keys(patch) }),
    },
    remove: {
      summary: 'Remove a KPI with its values and targets',
      answer: idAnswer,
      run: ({ orgId, db }, id) => deleteKpi(db, orgId, id),
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/kpis/{kpiId}/targets',
    tags,
    summary: 'Add a target with a red threshold, valid from a date',
    action: manage,
    params: kpiParams,
    body: targetInput,
    response: target,
    handler: async (c, { orgId, db, params: { kpiId }, body, audit }) => {
      const t = await addTarget(db, orgId, kpiId, body);
      await audit({ action: 'kpi.target_added', entity: 'kpi_target', entityId: t.id, details: { kpiId, ...t } });
      return c.json(t, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/kpis/{kpiId}/targets/{targetId}',
    tags,
    summary: 'Change a target',
    action: manage,
    params: targetParams,
    body: targetInput,
    response: target,
    handler: async (c, { orgId, db, params: { kpiId, targetId }, body, audit }) => {
      const t = await updateTarget(db, orgId, kpiId, targetId, body);
      await audit({ action: 'kpi.target_updated', entity: 'kpi_target', entityId: targetId, details: { kpiId, ...t } });
      return c.json(t, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: '/orgs/{orgId}/kpis/{kpiId}/targets/{targetId}',
    tags,
    summary: 'Remove a target',
    action: manage,
    params: targetParams,
    response: idAnswer,
    handler: async (c, { orgId, db, params: { kpiId, targetId }, audit }) => {
      await deleteTarget(db, orgId, kpiId, targetId);
      await audit({ action: 'kpi.target_deleted', entity: 'kpi_target', entityId: targetId, details: { kpiId } });
      return c.json({ id: targetId }, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/kpis/{kpiId}/notes/{period}',
    tags,
    summary: 'Set the note of a value (also of a computed one); a red value keeps a note',
    action: manage,
    params: kpiParams.extend({ period: periodText }),
    body: noteInput,
    response: noteSet,
    handler: async (c, { orgId, db, params: { kpiId, period }, body, audit }) => {
      const r = await setNote(db, orgId, kpiId, period, body.note);
      await audit({ action: 'kpi.note_set', entity: 'kpi_value', details: r });
      return c.json(r, 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/kpi-values',
    tags,
    summary: 'The value grid: KPIs of one frequency × periods',
    action: read,
    query: z.object({
      frequency: z.enum(['month', 'quarter', 'year']).default('month'),
      from: periodText.optional(),
      to: periodText.optional(),
    }),
    response: grid,
    handler: async (c, { orgId, db, query }) => c.json(await valueGrid(db, orgId, query), 200),
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/kpi-values',
    tags,
    summary: 'Save values of the grid in one transaction (null removes; every wrong cell named)',
    action: manage,
    body: valuesInput,
    response: valuesSaved,
    handler: async (c, { orgId, user, db, audit }) => {
      const cells = c.req
        .valid('json')
        .values.map((v, i) => ({ ...v, where: { path: `values.${i}`, ...msg('cell', { n: i + 1 }) } }));
      const result = await saveCells(db, orgId, user.id, cells, 'manual');
      await audit({ action: 'kpi.values_saved', entity: 'kpi_value', details: result });
      return c.json(result, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/kpi-values/import',
    tags,
    summary: 'Import values from CSV or XLSX (code;period;value;note), all or nothing',
    action: manage,
    form: uploadForm,
    response: valuesImported,
    handler: async (c, { orgId, user, db, body, audit }) => {
      const { bytes, name } = await uploadBytes(body.file);
      const result = await saveCells(db, orgId, user.id, await parseValuesFile(bytes), 'import');
      await audit({ action: 'kpi.values_imported', entity: 'kpi_value', details: { file: name, ...result } });
      return c.json({ imported: result.saved }, 200);
    },
  }),
);

/** The cockpit and the board view. */
export const cockpitRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/cockpit',
    tags,
    summary: 'Tiles per perspective: latest value, target, traffic light, 24-period sparkline and flags',
    action: read,
    response: cockpit,
    handler: async (c, { orgId, db }) => c.json(await cockpitOf(db, orgId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/board',
    tags,
    summary: 'The board view: per perspective, the red KPIs with notes and actions (read-only)',
    action: read,
    response: board,
    handler: async (c, { orgId, db }) => c.json(await boardOf(db, orgId), 200),
  }),
);
