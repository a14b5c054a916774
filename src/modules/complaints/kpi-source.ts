/** The complaint figures for the computed KPIs: plain queries on the register, and its part of the fingerprint. */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { type HandlingDates, type PeriodFigures, figuresOf } from './logic.ts';
import { handlingDates } from './queries.ts';

export type { HandlingDates, PeriodFigures };

/** The handling dates of every complaint (remarks left out) of the organisation. */
export function complaintDates(db: DbOrTx, orgId: string): Promise<HandlingDates[]> {
  return handlingDates(db, orgId);
}

/** The figures of the complaints received between two days, as known on `today`. */
export const complaintFigures = figuresOf;

/** Parts of the computed KPIs' fingerprint that change whenever a complaint figure could (`o`: the organisation id). */
export function complaintsFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(hashtext(kind || received_on::text)), 0) FROM cp_complaint WHERE org_id = ${o})`,
  ];
}
