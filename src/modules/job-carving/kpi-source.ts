/**
 * What job-carving contributes to the KPIs and to the social-economy report: the hours per week that
 * certified staff got back for care through realised proposals (turned into a vacancy or an agreement),
 * as they stand at the end of a year, and the part of the computed KPIs' fingerprint that covers them.
 */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { proposalEffect, roundFte } from './logic/calc.ts';
import { FULL_TIME_HOURS } from './logic/types.ts';
import { listRoles, listTasks } from './queries.ts';

export interface FreedHours {
  year: number;
  /** Hours per week freed for care by the proposals realised on or before 31 December of the year. */
  hoursPerWeek: number;
  fte: number;
  /** How many realised proposals they come from. */
  proposals: number;
}

/** The hours freed for care by the proposals realised by the end of `year`; null when none was realised. */
export async function freedHoursOfYear(db: DbOrTx, orgId: string, year: number): Promise<FreedHours | null> {
  const end = `${year}-12-31`;
  const rows = await db
    .selectFrom('jc_proposal')
    .select(['task_ids', 'target_hours', 'cost_basis'])
    .where('org_id', '=', orgId)
    .where('realised_on', 'is not', null)
    .where('realised_on', '<=', end)
    .execute();
  if (rows.length === 0) return null;
  const [roles, tasks] = await Promise.all([listRoles(db, orgId, end), listTasks(db, orgId)]);
  const taskMap = new Map(tasks.map((t) => [t.id, t]));
  let hours = 0;
  for (const r of rows) {
    hours += proposalEffect(roles, taskMap, {
      taskIds: r.task_ids,
      targetHours: Number(r.target_hours),
      costBasis: r.cost_basis,
      costPerFteCents: null,
      pricePerHourCents: null,
    }).hoursFreedForCare;
  }
  const hoursPerWeek = Math.round(hours * 100) / 100;
  return { year, hoursPerWeek, fte: roundFte(hoursPerWeek / FULL_TIME_HOURS), proposals: rows.length };
}

/** Parts of the computed KPIs' fingerprint for the job-carving tables (`o`: the organisation id as a literal). */
export function jobCarvingFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(coalesce(realised_on::text, '') || task_ids::text)), 0) FROM jc_proposal WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(role_id::text || hours_per_week::text || needs_certificate::text)), 0) FROM jc_task WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(certified::text)), 0) FROM jc_role WHERE org_id = ${o})`,
  ];
}
