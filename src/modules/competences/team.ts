/** The team heat map and the certificate warnings, read per organisation. */
import { sql } from 'kysely';
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { employeesOf } from '../people/public.ts';
import { listCompetences } from './catalogue.ts';
import { needingWarning } from './logic/expiry.ts';
import { heatFromCounts } from './logic/heatmap.ts';
import { currentLevelsCte } from './evidence.ts';
import { certificatesOf } from './people.ts';
import type { Heatmap } from './schema.ts';

/**
 * The heat map of the team: the whole organisation, or the people holding one role profile
 * (404 when that profile is not the organisation's). Counted in the database; figures only, no names.
 */
export async function teamHeatmap(db: DbOrTx, orgId: string, profileId?: string): Promise<Heatmap> {
  const profiles = await db
    .selectFrom('cmp_profile')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  if (profileId && !profiles.some((p) => p.id === profileId)) throw AppError.notFound();
  const catalogue = await listCompetences(db, orgId);
  const inTeam = profileId
    ? sql`JOIN cmp_assignment a ON a.employee_id = cur.employee_id AND a.profile_id = ${profileId}`
    : sql``;
  const team = profileId
    ? Number(
        (
          await db
            .selectFrom('cmp_assignment')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('org_id', '=', orgId)
            .where('profile_id', '=', profileId)
            .executeTakeFirstOrThrow()
        ).n,
      )
    : (await employeesOf(db, orgId)).length;
  // One statement, so the current levels are computed once for both counts.
  const counted = await sql<{
    part: 'level' | 'need';
    competence_id: string;
    profile_id: string | null;
    level: number;
    people: string;
    meeting: string;
  }>`
    WITH ${currentLevelsCte(orgId)}
    SELECT 'level' AS part, cur.competence_id, NULL::uuid AS profile_id, cur.level, count(*) AS people, 0 AS meeting
    FROM cur ${inTeam} GROUP BY cur.competence_id, cur.level
    UNION ALL
    SELECT 'need', r.competence_id, r.profile_id, r.level, count(*), count(*) FILTER (WHERE cur.level >= r.level)
    FROM cmp_requirement r
    JOIN cmp_assignment a ON a.org_id = r.org_id AND a.profile_id = r.profile_id
    LEFT JOIN cur ON cur.employee_id = a.employee_id AND cur.competence_id = r.competence_id
    WHERE r.org_id = ${orgId} ${profileId ? sql`AND r.profile_id = ${profileId}` : sql``}
    GROUP BY r.competence_id, r.profile_id, r.level`.execute(db);
  const levelRows = counted.rows.filter((r) => r.part === 'level');
  const needRows = counted.rows.filter((r) => r.part === 'need');
  const counts = new Map<string, number[]>();
  for (const c of catalogue) counts.set(c.id, [team, 0, 0, 0, 0]);
  for (const r of levelRows) {
    const c = counts.get(r.competence_id);
    if (!c) continue;
    c[r.level] = Number(r.people);
    c[0]! -= Number(r.people);
  }
  const needs = needRows
    .map((r) => ({
      competenceId: r.competence_id,
      profileId: r.profile_id as string,
      level: r.level,
      people: Number(r.people),
      meeting: Number(r.meeting),
    }))
    .sort((a, b) => (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0));
  const rows = heatFromCounts(
    catalogue.map((c) => c.id),
    counts,
    needs,
  ).map((row, i) => ({ ...row, name: catalogue[i]!.name, cluster: catalogue[i]!.cluster }));
  return {
    profileId: profileId ?? null,
    people: team,
    profiles,
    rows,
    risks: {
      uncovered: rows.filter((r) => r.risk === 'uncovered').length,
      single: rows.filter((r) => r.risk === 'single').length,
    },
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
