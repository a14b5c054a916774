import { z } from 'zod';
import type { Db } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { uploadForm } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { uploadBytes } from '../../lib/files/index.ts';
import { onlyVisible, requireVisibleClients, visibleClientIds, type Viewer } from './caseload.ts';
import { addDays } from './logic/index.ts';
import { msg } from './messages.ts';
import { ruleSet } from './rules.ts';
import { parseRegistrationsFile } from './registrations-import.ts';
import { saveCells } from './registrations.ts';
import { weekGrid } from './week-grid.ts';
import { weekGrid as weekGridAnswer, weekInput, weekSaved } from './schema.ts';

/** The week grid as the viewer may see it: only their caseload's clients for a begeleider. */
async function visibleGrid(
  db: Db,
  orgId: string,
  viewer: Viewer,
  q: { start: string; group?: string; professional?: string },
) {
  const grid = await weekGrid(db, orgId, q.start, q.group, q.professional);
  return { ...grid, clients: onlyVisible(grid.clients, await visibleClientIds(db, orgId, viewer), (x) => x.id) };
}

const monday = z.iso
  .date()
  .refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, { message: 'De week begint op een maandag.' });
const tags: ['clients'] = ['clients'];

/** Registration: the week grid and CSV import. */
export const registrationRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/registrations/week',
    tags,
    summary: 'The week grid: clients × days × functions, planned and registered',
    action: 'registrations.write',
    query: z.object({ start: monday, group: z.uuid().optional(), professional: z.uuid().optional() }),
    response: weekGridAnswer,
    handler: async (c, { orgId, user, role, db, query }) =>
      c.json(await visibleGrid(db, orgId, { userId: user.id, role }, query), 200),
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/registrations/week',
    tags,
    summary: 'Save registrations of a week in one transaction (units 0 removes)',
    action: 'registrations.write',
    body: weekInput,
    response: weekSaved,
    handler: async (c, { orgId, user, role, db, body: input, audit }) => {
      const { start, cells } = input;
      const end = addDays(start, 6);
      const outside = cells.findIndex((x) => x.date < start || x.date > end);
      if (outside >= 0)
        throw new AppError('validation', msg('cell_outside_week', { cell: outside + 1, start }), {
          fields: [{ path: `cells.${outside}.date`, message: msg('outside_week') }],
        });
      const viewer = { userId: user.id, role };
      await requireVisibleClients(
        db,
        orgId,
        viewer,
        cells.map((x) => x.clientId),
      );
      const result = await saveCells(db, orgId, user.id, cells, await ruleSet(db, orgId));
      const details = { week: start, ...result };
      await audit({ action: 'registrations.saved', entity: 'cl_registration', details });
      return c.json({ ...result, grid: await visibleGrid(db, orgId, viewer, input) }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/registrations/import',
    tags,
    summary: 'Import registrations from CSV or XLSX, all or nothing',
    action: 'registrations.write',
    form: uploadForm,
    response: z.object({ imported: z.number() }),
    handler: async (c, { orgId, user, role, db, body, audit }) => {
      const { bytes, name } = await uploadBytes(body.file);
      const cells = await parseRegistrationsFile(bytes);
      await requireVisibleClients(
        db,
        orgId,
        { userId: user.id, role },
        cells.map((x) => x.clientId),
      );
      const result = await saveCells(db, orgId, user.id, cells, await ruleSet(db, orgId), {
        label: (i) => `line ${i + 2}`,
      });
      const details = { file: name, ...result };
      await audit({ action: 'registrations.imported', entity: 'cl_registration', details });
      return c.json({ imported: result.saved }, 200);
    },
  }),
);
