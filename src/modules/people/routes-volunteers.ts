import { z } from 'zod';
import { noContent, orgParams } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import {
  addExternal,
  addVolunteer,
  listExternals,
  listVolunteers,
  putActivity,
  removeExternal,
  removeVolunteer,
  updateVolunteer,
  volunteer,
} from './volunteers.ts';
import {
  external,
  externalInput,
  idAnswer,
  volunteer as volunteerAnswer,
  volunteerActivityInput,
  volunteerInput,
  volunteerPatch,
} from './schema.ts';

const tags: ['people'] = ['people'];
const externals = '/orgs/{orgId}/people/externals';
const volunteers = '/orgs/{orgId}/people/volunteers';
const externalParams = orgParams.extend({ externalId: z.uuid() });
const volunteerParams = orgParams.extend({ volunteerId: z.uuid() });

/** Agency and placed staff (account 617), and volunteers with their monthly activity. */
export const volunteerRoutes = routes(
  orgRoute({
    method: 'get',
    path: externals,
    tags,
    summary: 'Temporary agency workers and persons placed at the organisation’s disposal',
    action: 'people.read',
    response: z.object({ items: z.array(external) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listExternals(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: externals,
    tags,
    summary: 'Add an agency or placed staff record (period, FTE, hours, cost)',
    action: 'people.manage',
    body: externalInput,
    response: idAnswer,
    handler: async (c, { orgId, db, body: input, audit }) => {
      const id = await addExternal(db, orgId, input);
      await audit({ action: 'external.added', entity: 'ppl_external', entityId: id, details: { kind: input.kind } });
      return c.json({ id }, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${externals}/{externalId}`,
    tags,
    summary: 'Remove an agency or placed staff record',
    action: 'people.manage',
    params: externalParams,
    response: noContent,
    handler: async (c, { orgId, db, params: { externalId }, audit }) => {
      await removeExternal(db, orgId, externalId);
      await audit({ action: 'external.removed', entity: 'ppl_external', entityId: externalId });
      return c.body(null, 204);
    },
  }),
  orgRoute({
    method: 'get',
    path: volunteers,
    tags,
    summary: 'Volunteers with tasks, insurance and monthly activity (reading is audited)',
    action: 'people.read',
    response: z.object({ items: z.array(volunteerAnswer) }),
    handler: async (c, { orgId, db, audit }) => {
      const items = await listVolunteers(db, orgId);
      await audit({ action: 'volunteer.listed', entity: 'ppl_volunteer', read: true });
      return c.json({ items }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: volunteers,
    tags,
    summary: 'Add a volunteer',
    action: 'people.manage',
    body: volunteerInput,
    response: volunteerAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await addVolunteer(db, orgId, body);
      await audit({ action: 'volunteer.added', entity: 'ppl_volunteer', entityId: id });
      return c.json(await volunteer(db, orgId, id), 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: `${volunteers}/{volunteerId}`,
    tags,
    summary: 'Change a volunteer (tasks, period, insurance)',
    action: 'people.manage',
    params: volunteerParams,
    body: volunteerPatch,
    response: volunteerAnswer,
    handler: async (c, { orgId, db, params: { volunteerId }, body: patch, audit }) => {
      await updateVolunteer(db, orgId, volunteerId, patch);
      const details = { fields: Object.keys(patch) };
      await audit({ action: 'volunteer.updated', entity: 'ppl_volunteer', entityId: volunteerId, details });
      return c.json(await volunteer(db, orgId, volunteerId), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${volunteers}/{volunteerId}`,
    tags,
    summary: 'Remove (erase) a volunteer and their activity',
    action: 'people.manage',
    params: volunteerParams,
    response: noContent,
    handler: async (c, { orgId, db, params: { volunteerId }, audit }) => {
      await removeVolunteer(db, orgId, volunteerId);
      await audit({ action: 'volunteer.removed', entity: 'ppl_volunteer', entityId: volunteerId });
      return c.body(null, 204);
    },
  }),
  orgRoute({
    method: 'put',
    path: `${volunteers}/{volunteerId}/activity`,
    tags,
    summary: 'Set a volunteer’s hours and expenses of one month; replaces that month',
    action: 'people.manage',
    params: volunteerParams,
    body: volunteerActivityInput,
    response: volunteerAnswer,
    handler: async (c, { orgId, db, params: { volunteerId }, body: input, audit }) => {
      await putActivity(db, orgId, volunteerId, input);
      const details = { month: input.month };
      await audit({ action: 'volunteer.activity', entity: 'ppl_volunteer', entityId: volunteerId, details });
      return c.json(await volunteer(db, orgId, volunteerId), 200);
    },
  }),
);
