/**
 * The social economy's figures for the KPIs (performance's computed KPIs read them through public.ts):
 * the transitions that succeeded in a year, from the yearly report, and the part of the computed KPIs'
 * fingerprint that covers the module's tables.
 */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { yearReport } from './report.ts';

export interface SeFigures {
  year: number;
  transitionsSucceeded: number;
  trajectoriesFinished: number;
  successRate: number | null;
  workersPlaced: number;
}

/** The year's figures, or null when no trajectory ended and no worker was placed in it. */
export async function seFiguresOfYear(db: DbOrTx, orgId: string, year: number): Promise<SeFigures | null> {
  const r = await yearReport(db, orgId, year);
  if (r.trajectoriesFinished === 0 && r.workersPlaced === 0) return null;
  return {
    year,
    transitionsSucceeded: r.transitionsSucceeded,
    trajectoriesFinished: r.trajectoriesFinished,
    successRate: r.successRate,
    workersPlaced: r.workersPlaced,
  };
}

/** Changes whenever a worker or a trajectory's outcome or phase changes. */
export function socialEconomyFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(coalesce(placed_on::text, '') || coalesce(left_on::text, ''))), 0) FROM se_worker WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(started_on::text || coalesce(outcome, '') || coalesce(outcome_on::text, ''))), 0) FROM se_trajectory WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(started_on::text || phase)), 0) FROM se_trajectory_phase WHERE org_id = ${o})`,
  ];
}
