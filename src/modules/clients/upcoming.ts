/**
 * What comes up for the people who run the organisation: the dates of the coming weeks (IDO
 * agreements to renew, funding that ends, budgets to start under the 4-month rule, last month's
 * statements still to issue) and, for a begeleider, today's registrations still to do.
 */
import { sql } from 'kysely';
import { addDays } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { budgetStartsOf } from './waiting-list.ts';

export type UpcomingKind = 'ido_renewal' | 'funding_end' | 'start_deadline' | 'statement';

export interface UpcomingDate {
  kind: UpcomingKind;
  date: string;
  clientId: string | null;
  clientName: string | null;
  /** For a statement: the month it covers ('yyyy-mm'). */
  month: string | null;
}

/** Dates from `today` up to `horizonDays` ahead (a start deadline already passed included), earliest first. */
export async function upcomingDates(
  db: DbOrTx,
  orgId: string,
  today: string,
  horizonDays: number,
  visible: Set<string> | null,
): Promise<UpcomingDate[]> {
  const until = addDays(today, horizonDays);
  const [agreements, funding, starts, statement] = await Promise.all([
    db
      .selectFrom('cl_agreement as a')
      .innerJoin('cl_client as c', (j) => j.onRef('c.id', '=', 'a.client_id').onRef('c.org_id', '=', 'a.org_id'))
      .select(['a.client_id', 'c.name', sql<string>`min(a.end_date)::text`.as('date')])
      .where('a.org_id', '=', orgId)
      .where('a.end_date', '>=', today)
      .where('a.end_date', '<=', until)
      .groupBy(['a.client_id', 'c.name'])
      .execute(),
    db
      .selectFrom('cl_funding as f')
      .innerJoin('cl_client as c', (j) => j.onRef('c.id', '=', 'f.client_id').onRef('c.org_id', '=', 'f.org_id'))
      .select(['f.client_id', 'c.name', sql<string>`min(f.end_date)::text`.as('date')])
      .where('f.org_id', '=', orgId)
      .where('f.end_date', '>=', today)
      .where('f.end_date', '<=', until)
      .groupBy(['f.client_id', 'c.name'])
      .execute(),
    budgetStartsOf(db, orgId, today),
    statementToIssue(db, orgId, today),
  ]);
  const ofClient = (kind: UpcomingKind, r: { client_id: string; name: string; date: string }): UpcomingDate => ({
    kind,
    date: r.date,
    clientId: r.client_id,
    clientName: r.name,
    month: null,
  });
  const dates: UpcomingDate[] = [
    ...agreements.map((r) => ofClient('ido_renewal', r)),
    ...funding.map((r) => ofClient('funding_end', r)),
    ...starts
      .filter((s) => !s.fellBack && s.deadline <= until)
      .map((s) => ofClient('start_deadline', { client_id: s.clientId, name: s.clientName, date: s.deadline })),
  ].filter((d) => visible === null || visible.has(d.clientId!));
  if (statement) dates.push(statement);
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Last month's statement, when that month has registrations and no statement was issued for it. */
async function statementToIssue(db: DbOrTx, orgId: string, today: string): Promise<UpcomingDate | null> {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const month = addDays(firstOfMonth, -1).slice(0, 7);
  const [registered, issued] = await Promise.all([
    db
      .selectFrom('cl_registration')
      .select('id')
      .where('org_id', '=', orgId)
      .where('date', '>=', `${month}-01`)
      .where('date', '<', firstOfMonth)
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('cl_statement')
      .select('id')
      .where('org_id', '=', orgId)
      .where('month', '=', month)
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!registered || issued) return null;
  return { kind: 'statement', date: firstOfMonth, clientId: null, clientName: null, month };
}

/**
 * Clients with an agreement running today and no registration dated today: the begeleider's list of
 * registrations still to do (only the clients in `visible`, when given).
 */
export async function registrationsToDo(db: DbOrTx, orgId: string, today: string, visible: Set<string> | null) {
  const rows = await db
    .selectFrom('cl_client as c')
    .select(['c.id', 'c.name'])
    .where('c.org_id', '=', orgId)
    .where((w) => w.or([w('c.ended_on', 'is', null), w('c.ended_on', '>=', today)]))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('cl_agreement as a')
          .select('a.id')
          .whereRef('a.client_id', '=', 'c.id')
          .whereRef('a.org_id', '=', 'c.org_id')
          .where('a.start_date', '<=', today)
          .where((w) => w.or([w('a.end_date', 'is', null), w('a.end_date', '>=', today)])),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('cl_registration as r')
            .select('r.id')
            .whereRef('r.client_id', '=', 'c.id')
            .whereRef('r.org_id', '=', 'c.org_id')
            .where('r.date', '=', today),
        ),
      ),
    )
    .orderBy('c.name')
    .execute();
  return rows.filter((r) => visible === null || visible.has(r.id)).map((r) => ({ clientId: r.id, clientName: r.name }));
}
