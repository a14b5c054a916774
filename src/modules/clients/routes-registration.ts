import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import type { Db } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { formBody, jsonBody, jsonResponse, orgParams, router, uploadForm } from '../../server/http.ts';
import { uploadBytes } from '../../lib/files/index.ts';
import { onlyVisible, requireVisibleClients, viewerOf, visibleClientIds, type Viewer } from './caseload.ts';
import { ruleSet } from './rules.ts';
import { parseRegistrationsFile, saveCells, weekGrid } from './registrations.ts';
import { weekInput } from './schema.ts';

const any = jsonResponse(z.any());
/** The week grid as the viewer may see it: only their caseload's clients for a begeleider. */
async function visibleGrid(
  db: Db,
  orgId: string,
  viewer: Viewer,
  start: string,
  group?: string,
  professional?: string,
) {
  const grid = await weekGrid(db, orgId, start, group, professional);
  return { ...grid, clients: onlyVisible(grid.clients, await visibleClientIds(db, orgId, viewer), (x) => x.id) };
}

const monday = z.iso
  .date()
  .refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, { message: 'De week begint op een maandag.' });

/** Registration: the week grid and CSV import. */
export const registrationRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/registrations/week',
      tags: ['clients'],
      summary: 'The week grid: clients × days × functions, planned and registered',
      middleware: [requireAction('registrations.write')] as const,
      request: {
        params: orgParams,
        query: z.object({ start: monday, group: z.uuid().optional(), professional: z.uuid().optional() }),
      },
      responses: any,
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await visibleGrid(c.var.db, c.req.valid('param').orgId, viewerOf(c), q.start, q.group, q.professional),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/orgs/{orgId}/registrations/week',
      tags: ['clients'],
      summary: 'Save registrations of a week in one transaction (units 0 removes)',
      middleware: [requireAction('registrations.write')] as const,
      request: { params: orgParams, ...jsonBody(weekInput) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { start, cells, group, professional } = c.req.valid('json');
      const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
      const outside = cells.findIndex((x) => x.date < start || x.date > end);
      if (outside >= 0)
        throw new AppError(
          'validation',
          {
            nl: `Cel ${outside + 1} valt buiten de week van ${start}.`,
            en: `Cell ${outside + 1} lies outside the week of ${start}.`,
          },
          { fields: [{ path: `cells.${outside}.date`, message: { nl: 'buiten de week', en: 'outside the week' } }] },
        );
      await requireVisibleClients(
        c.var.db,
        orgId,
        viewerOf(c),
        cells.map((x) => x.clientId),
      );
      const result = await saveCells(c.var.db, orgId, currentUser(c).id, cells, await ruleSet(c.var.db, orgId));
      await auditFor(c)({
        orgId,
        action: 'registrations.saved',
        entity: 'cl_registration',
        details: { week: start, ...result },
      });
      return c.json(
        { ...result, grid: await visibleGrid(c.var.db, orgId, viewerOf(c), start, group, professional) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/orgs/{orgId}/registrations/import',
      tags: ['clients'],
      summary: 'Import registrations from CSV or XLSX, all or nothing',
      middleware: [requireAction('registrations.write')] as const,
      request: { params: orgParams, ...formBody(uploadForm) },
      responses: any,
    }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { bytes, name } = await uploadBytes(c.req.valid('form').file);
      const cells = await parseRegistrationsFile(bytes);
      await requireVisibleClients(
        c.var.db,
        orgId,
        viewerOf(c),
        cells.map((x) => x.clientId),
      );
      const result = await saveCells(c.var.db, orgId, currentUser(c).id, cells, await ruleSet(c.var.db, orgId), {
        label: (i) => `line ${i + 2}`,
      });
      await auditFor(c)({
        orgId,
        action: 'registrations.imported',
        entity: 'cl_registration',
        details: { file: name, ...result },
      });
      return c.json({ imported: result.saved }, 200);
    },
  );
