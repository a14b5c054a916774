import { orgRoute, routes } from '../../server/route.ts';
import { invalidField } from '../../server/errors.ts';
import { gridOf, saveGrid } from './grid.ts';
import { msg } from './messages.ts';
import { gridAnswer, gridQuery, gridSave, gridSubject } from './schema-grid.ts';

const tags: ['people'] = ['people'];
const path = '/orgs/{orgId}/people/grid';

/** The registration grid: read a week of one subject (audited), save changed cells. */
export const gridRoutes = routes(
  orgRoute({
    method: 'get',
    path,
    tags,
    summary: 'A week of absence or training hours, one row per employee under contract (reading is audited)',
    action: 'people.read',
    query: gridQuery,
    response: gridAnswer,
    handler: async (c, { orgId, db, query, audit }) => {
      const subject = gridSubject.safeParse(
        query.what === 'absence'
          ? { what: 'absence', kind: query.kind }
          : { what: 'training', kind: query.kind, title: query.title ?? '' },
      );
      if (!subject.success) throw invalidField('kind', msg('grid_kind', { what: query.what }));
      const grid = await gridOf(db, orgId, query.week, subject.data);
      await audit({ action: 'grid.read', entity: 'ppl_employee', read: true, details: { week: query.week } });
      return c.json(grid, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path,
    tags,
    summary: 'Save the cells of a week of the grid (one-day records), all or nothing',
    action: 'people.manage',
    body: gridSave,
    response: gridAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const { grid, changed } = await saveGrid(db, orgId, body);
      await audit({
        action: 'grid.saved',
        entity: body.subject.what === 'absence' ? 'ppl_absence' : 'ppl_training',
        details: { week: body.week, ...body.subject, changed },
      });
      return c.json(grid, 200);
    },
  }),
);
