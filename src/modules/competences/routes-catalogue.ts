import { z } from '@hono/zod-openapi';
import { orgRoute, routes } from '../../server/route.ts';
import {
  createCompetence,
  deleteCompetence,
  deleteProfile,
  listCompetences,
  listProfiles,
  saveProfile,
  updateCompetence,
} from './catalogue.ts';
import * as s from './schema.ts';
import { action, idParams, removeRoute, tags } from './routes-shared.ts';
import { expiringCertificates, teamHeatmap } from './team.ts';

const competenceParams = idParams('competenceId');
const profileParams = idParams('profileId');

/** The catalogue, the role profiles, the team heat map and the certificate warnings (competences.manage). */
export const competenceCatalogueRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/competences/catalogue',
    tags,
    summary: 'The competence catalogue, each competence with the observable behaviour of levels 1-4',
    action,
    response: z.object({ items: z.array(s.competence) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listCompetences(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/competences/catalogue',
    tags,
    summary: 'Add a competence to the catalogue (name unique, else 409)',
    action,
    body: s.competenceInput,
    response: s.competence,
    handler: async (c, { orgId, db, body, audit }) => {
      const saved = await createCompetence(db, orgId, body);
      await audit({ action: 'competence.created', entity: 'cmp_competence', entityId: saved.id });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/competences/catalogue/{competenceId}',
    tags,
    summary: "Replace a competence's name, description, cluster and level texts",
    action,
    params: competenceParams,
    body: s.competenceInput,
    response: s.competence,
    handler: async (c, { orgId, db, params: { competenceId }, body, audit }) => {
      const saved = await updateCompetence(db, orgId, competenceId, body);
      await audit({ action: 'competence.updated', entity: 'cmp_competence', entityId: competenceId });
      return c.json(saved, 200);
    },
  }),
  removeRoute({
    path: '/orgs/{orgId}/competences/catalogue/{competenceId}',
    key: 'competenceId',
    summary: 'Remove a competence (409 while it has assessments)',
    event: 'competence.deleted',
    remove: async (db, orgId, id) => {
      await deleteCompetence(db, orgId, id);
      return { entity: 'cmp_competence', entityId: id };
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/competences/profiles',
    tags,
    summary: 'The role profiles with the level each needs per competence and how many people hold them',
    action,
    response: z.object({ items: z.array(s.profile) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listProfiles(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/competences/profiles',
    tags,
    summary: 'Add a role profile with its required levels',
    action,
    body: s.profileInput,
    response: s.profile,
    handler: async (c, { orgId, db, body, audit }) => {
      const saved = await saveProfile(db, orgId, body);
      await audit({ action: 'competence_profile.created', entity: 'cmp_profile', entityId: saved.id });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'put',
    path: '/orgs/{orgId}/competences/profiles/{profileId}',
    tags,
    summary: 'Replace a role profile and its required levels',
    action,
    params: profileParams,
    body: s.profileInput,
    response: s.profile,
    handler: async (c, { orgId, db, params: { profileId }, body, audit }) => {
      const saved = await saveProfile(db, orgId, body, profileId);
      await audit({ action: 'competence_profile.updated', entity: 'cmp_profile', entityId: profileId });
      return c.json(saved, 200);
    },
  }),
  removeRoute({
    path: '/orgs/{orgId}/competences/profiles/{profileId}',
    key: 'profileId',
    summary: 'Remove a role profile (its holders then hold none)',
    event: 'competence_profile.deleted',
    remove: async (db, orgId, id) => {
      await deleteProfile(db, orgId, id);
      return { entity: 'cmp_profile', entityId: id };
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/competences/heatmap',
    tags,
    summary:
      'The team heat map (whole organisation, or the holders of one role profile): per competence people per ' +
      'level, holders of the needed level, coverage of the roles’ needs and the one-person risk. Counts only.',
    action,
    query: s.heatmapQuery,
    response: s.heatmap,
    handler: async (c, { orgId, db, query: { profileId } }) => c.json(await teamHeatmap(db, orgId, profileId), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/competences/expiring',
    tags,
    summary: 'Certificates and registrations expired or expiring within 90 days, with the person, soonest first',
    action,
    response: z.object({ items: z.array(s.expiringCertificate) }),
    handler: async (c, { orgId, db, audit }) => {
      const items = await expiringCertificates(db, orgId);
      await audit({ action: 'competence_certificates.listed', entity: 'cmp_certificate', read: true });
      return c.json({ items }, 200);
    },
  }),
);
