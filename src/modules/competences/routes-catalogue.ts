import { z } from '@hono/zod-openapi';
import { crudRoutes } from '../../server/crud-routes.ts';
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
import { action, auditedListRoute, tags } from './routes-shared.ts';
import { expiringCertificates, roundedHeatmap, teamHeatmap } from './team.ts';

/** The catalogue, the role profiles, the team heat map and the certificate warnings (competences.manage). */
export const competenceCatalogueRoutes = routes(
  ...crudRoutes({
    base: '/orgs/{orgId}/competences/catalogue',
    key: 'competenceId',
    tags,
    action,
    entity: 'cmp_competence',
    event: 'competence.',
    response: s.competence,
    list: {
      summary: 'The competence catalogue, each competence with the observable behaviour of levels 1-4',
      response: z.object({ items: z.array(s.competence) }),
      load: async ({ orgId, db }) => ({ items: await listCompetences(db, orgId) }),
    },
    create: {
      summary: 'Add a competence to the catalogue (name unique, else 409)',
      body: s.competenceInput,
      run: ({ orgId, db }, body) => createCompetence(db, orgId, body),
    },
    update: {
      summary: "Replace a competence's name, description, cluster and level texts",
      body: s.competenceInput,
      run: ({ orgId, db }, id, body) => updateCompetence(db, orgId, id, body),
    },
    remove: {
      summary: 'Remove a competence (409 while it has assessments)',
      answer: s.idAnswer,
      run: ({ orgId, db }, id) => deleteCompetence(db, orgId, id),
    },
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/competences/profiles',
    key: 'profileId',
    tags,
    action,
    entity: 'cmp_profile',
    event: 'competence_profile.',
    response: s.profile,
    list: {
      summary: 'The role profiles with the level each needs per competence and how many people hold them',
      response: z.object({ items: z.array(s.profile) }),
      load: async ({ orgId, db }) => ({ items: await listProfiles(db, orgId) }),
    },
    create: {
      summary: 'Add a role profile with its required levels',
      body: s.profileInput,
      run: ({ orgId, db }, body) => saveProfile(db, orgId, body),
    },
    update: {
      summary: 'Replace a role profile and its required levels',
      body: s.profileInput,
      run: ({ orgId, db }, id, body) => saveProfile(db, orgId, body, id),
    },
    remove: {
      summary: 'Remove a role profile (its holders then hold none)',
      answer: s.idAnswer,
      run: ({ orgId, db }, id) => deleteProfile(db, orgId, id),
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
    handler: async (c, { orgId, db, query: { profileId } }) =>
      c.json(roundedHeatmap(await teamHeatmap(db, orgId, profileId)), 200),
  }),
  auditedListRoute({
    path: '/orgs/{orgId}/competences/expiring',
    summary: 'Certificates and registrations expired or expiring within 90 days, with the person, soonest first',
    item: s.expiringCertificate,
    event: 'competence_certificates.listed',
    entity: 'cmp_certificate',
    load: expiringCertificates,
  }),
);
