/** The team heat map and the certificate warnings, read per organisation. */
import { sql } from 'kysely';
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { employeeCount, employeesOf } from '../people/public.ts';
import { needingWarning } from './logic/expiry.ts';
import { countsFromGroups, heatFromCounts } from './logic/heatmap.ts';
import { certificatesOf } from './people.ts';
import type { Heatmap } from './schema.ts';

interface Counted {
  profiles: { id: string; name: string }[];
  catalogue: { id: string; name: string; cluster: string }[];
  /** People per role profile of the team: [profile id, people]. */
  assigned: [string, number][];
  /** The team's current levels counted: [competence id, level, profile id or null, people]. */
  groups: [string, number, string | null, number][];
  /** The team's roles' requirements: [competence id, profile id, level]. */
  requirements: [string, string, number][];
}

/**
 * The heat map of the team: the whole organisation, or the people holding one role profile
 * (404 when that profile is not the organisation's). Figures only, no names. One statement reads the
 * profiles, the catalogue, the requirements and the current levels (cmp_current_level, kept by
 * triggers) counted once by competence, level and role profile, as one compact JSON value; the
 * organisation's head count comes from people. The rest is `countsFromGroups` and `heatFromCounts`.
 */
export async function teamHeatmap(db: DbOrTx, orgId: string, profileId?: string): Promise<Heatmap> {
  const onlyProfile = (column: string) => (profileId ? sql`AND ${sql.ref(column)} = ${profileId}` : sql``);
  const { rows } = await sql<{ heat: Counted }>`SELECT json_build_object(
    'profiles', (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name) ORDER BY name), '[]')
      FROM cmp_profile WHERE org_id = ${orgId}),
    'catalogue', (SELECT coalesce(json_agg(json_build_object('id', id, 'name', name, 'cluster', cluster) ORDER BY position, name), '[]')
      FROM cmp_competence WHERE org_id = ${orgId}),
    'assigned', (SELECT coalesce(json_agg(json_build_array(profile_id, n)), '[]') FROM (
      SELECT profile_id, count(*) AS n FROM cmp_assignment WHERE org_id = ${orgId} ${onlyProfile('profile_id')}
      GROUP BY profile_id) a),
    'groups', (SELECT coalesce(json_agg(json_build_array(competence_id, level, profile_id, n)), '[]') FROM (
      SELECT cur.competence_id, cur.level, a.profile_id, count(*) AS n
      FROM cmp_current_level cur
      ${profileId ? sql`JOIN` : sql`LEFT JOIN`} cmp_assignment a ON a.org_id = cur.org_id AND a.employee_id = cur.employee_id
      WHERE cur.org_id = ${orgId} ${onlyProfile('a.profile_id')}
      GROUP BY cur.competence_id, cur.level, a.profile_id) g),
    'requirements', (SELECT coalesce(json_agg(json_build_array(competence_id, profile_id, level) ORDER BY profile_id), '[]')
      FROM cmp_requirement WHERE org_id = ${orgId} ${onlyProfile('profile_id')})
  ) AS heat`.execute(db);
  const heat = rows[0]!.heat;
  if (profileId && !heat.profiles.some((p) => p.id === profileId)) throw AppError.notFound();
  const assigned = new Map(heat.assigned);
  const team = profileId ? (assigned.get(profileId) ?? 0) : await employeeCount(db, orgId);
  const competenceIds = heat.catalogue.map((c) => c.id);
  const { counts, needs } = countsFromGroups(
    competenceIds,
    team,
    heat.groups.map(([competenceId, level, p, people]) => ({ competenceId, level, profileId: p, people })),
    assigned,
    heat.requirements.map(([competenceId, p, level]) => ({ competenceId, profileId: p, level })),
  );
  const heatRows = heatFromCounts(competenceIds, counts, needs).map((row, i) => ({
    ...row,
    name: heat.catalogue[i]!.name,
    cluster: heat.catalogue[i]!.cluster,
  }));
  return {
    profileId: profileId ?? null,
    people: team,
    profiles: heat.profiles,
    rows: heatRows,
    risks: {
      uncovered: heatRows.filter((r) => r.risk === 'uncovered').length,
      single: heatRows.filter((r) => r.risk === 'single').length,
    },
  };
}

/**
 * The heat map as the API answers it: the coverage (a share 0-1) to a tenth of a percent, 0.667 rather
 * than 0.6666666666666666; every other figure is a count already.
 */
export function roundedHeatmap(heatmap: Heatmap): Heatmap {
  return {
    ...heatmap,
    rows: heatmap.rows.map((row) => ({
      ...row,
      coverage: row.coverage === null ? null : Math.round(row.coverage * 1000) / 1000,
    })),
  };
}

/** Certificates and registrations expired or expiring within 90 days, with the person's name, soonest first. */
export async function expiringCertificates(db: DbOrTx, orgId: string, on = today()) {
  const names = new Map((await employeesOf(db, orgId)).map((p) => [p.id, p]));
  return needingWarning(await certificatesOf(db, orgId, undefined, on), on).map((c) => ({
    ...c,
    firstName: names.get(c.employeeId)?.firstName ?? '',
    lastName: names.get(c.employeeId)?.lastName ?? '',
  }));
}
