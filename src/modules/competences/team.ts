/** The team heat map and the certificate warnings, read per organisation. */
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { employeesOf } from '../people/public.ts';
import { listCompetences } from './catalogue.ts';
import { assignmentsOf, levelsOf, requirementsOf } from './evidence.ts';
import { needingWarning } from './logic/expiry.ts';
import { heatMap } from './logic/heatmap.ts';
import { certificatesOf } from './people.ts';
import type { Heatmap } from './schema.ts';

/**
 * The heat map of the team: the whole organisation, or the people holding one role profile
 * (404 when that profile is not the organisation's). Figures only, no names.
 */
export async function teamHeatmap(db: DbOrTx, orgId: string, profileId?: string): Promise<Heatmap> {
  const profiles = await db
    .selectFrom('cmp_profile')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  if (profileId && !profiles.some((p) => p.id === profileId)) throw AppError.notFound();
  const [catalogue, people, assignments, requirements, levels] = [
    await listCompetences(db, orgId),
    await employeesOf(db, orgId),
    await assignmentsOf(db, orgId),
    await requirementsOf(db, orgId),
    await levelsOf(db, orgId),
  ];
  const team = people
    .map((p) => ({ employeeId: p.id, profileId: assignments.get(p.id) ?? null }))
    .filter((m) => !profileId || m.profileId === profileId);
  const rows = heatMap(
    catalogue.map((c) => c.id),
    team,
    requirements,
    levels,
  ).map((row, i) => ({ ...row, name: catalogue[i]!.name, cluster: catalogue[i]!.cluster }));
  return {
    profileId: profileId ?? null,
    people: team.length,
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
