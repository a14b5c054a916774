/**
 * What people contributes to the KPIs of its organisation (performance's computed KPIs read it through
 * public.ts): the HR key figures of a year, aggregate only, and the part of the computed KPIs'
 * fingerprint that changes whenever one of them could.
 */
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { peopleDataOfYear } from './balans-queries.ts';
import { type HrFigures, hrFigures } from './logic/hr-figures.ts';

export type { HrFigures };

/** The HR key figures of a year; null when nobody was under contract that year. */
export async function hrFiguresOfYear(db: DbOrTx, orgId: string, year: number): Promise<HrFigures | null> {
  const data = await peopleDataOfYear(db, orgId, year);
  const from = `${year}-01-01`;
  if (!data.contracts.some((c) => c.endsOn === null || c.endsOn >= from)) return null;
  return hrFigures(data, year);
}

/** Parts of the computed KPIs' fingerprint for the people tables (`o`: the organisation id as a literal). */
export function peopleFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(starts_on::text || coalesce(ends_on::text, '') || weekly_hours::text || coalesce(exit_reason, ''))), 0) FROM ppl_contract WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(held_on::text || hours::text)), 0) FROM ppl_training WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(starts_on::text || ends_on::text || hours::text || kind)), 0) FROM ppl_absence WHERE org_id = ${o})`,
  ];
}
