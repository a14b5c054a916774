/**
 * What people contributes to the KPIs of its organisation (performance's computed KPIs read it through
 * public.ts): the HR key figures of a year, aggregate only, and the part of the computed KPIs'
 * fingerprint that changes whenever one of them could.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Message } from '../../lib/messages.ts';
import type { DbOrTx } from '../../server/db.ts';
import { peopleDataOfYear } from './balans-queries.ts';
import { type Absenteeism, absenteeism } from './logic/absenteeism.ts';
import { type HrFigures, hrFigures } from './logic/hr-figures.ts';
import { msg } from './logic/messages.ts';
import { monthEnd, monthStart } from './logic/sociale-balans-time.ts';

export type { Absenteeism, HrFigures };

/** The HR key figures of a year; null when nobody was under contract that year. */
export async function hrFiguresOfYear(db: DbOrTx, orgId: string, year: number): Promise<HrFigures | null> {
  const data = await peopleDataOfYear(db, orgId, year);
  const from = `${year}-01-01`;
  if (!data.contracts.some((c) => c.endsOn === null || c.endsOn >= from)) return null;
  return hrFigures(data, year);
}

/** Absenteeism of one month, with its formula and inputs (days in FTE); null without days to be worked. */
export interface MonthAbsenteeism extends Absenteeism {
  month: string;
  from: string;
  to: string;
  formula: { total: Message; short: Message; long: Message };
  labels: { shortDays: Message; longDays: Message; daysToWork: Message };
}

/** Absenteeism short and long (DOMAIN.md §5) of every month of a year that had days to be worked. */
export async function absenteeismByMonth(db: DbOrTx, orgId: string, year: number): Promise<MonthAbsenteeism[]> {
  const data = await peopleDataOfYear(db, orgId, year);
  const formula = {
    total: msg('formula_absenteeism'),
    short: msg('formula_absenteeism_short'),
    long: msg('formula_absenteeism_long'),
  };
  const labels = {
    shortDays: msg('sick_days_short'),
    longDays: msg('sick_days_long'),
    daysToWork: msg('days_to_work'),
  };
  return Array.from({ length: 12 }, (_, i) => {
    const from = monthStart(year, i + 1);
    const to = monthEnd(year, i + 1);
    return { month: from.slice(0, 7), from, to, formula, labels, ...absenteeism(data, from, to) };
  }).filter((m) => m.daysToWork > 0);
}

/** Parts of the computed KPIs' fingerprint for the people tables (`o`: the organisation id as a literal). */
export function peopleFingerprint(o: RawBuilder<unknown>): RawBuilder<string>[] {
  return [
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(starts_on::text || coalesce(ends_on::text, '') || weekly_hours::text || coalesce(exit_reason, ''))), 0) FROM ppl_contract WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(held_on::text || hours::text)), 0) FROM ppl_training WHERE org_id = ${o})`,
    sql`(SELECT count(*) || ':' || coalesce(sum(hashtext(starts_on::text || ends_on::text || hours::text || kind)), 0) FROM ppl_absence WHERE org_id = ${o})`,
  ];
}
