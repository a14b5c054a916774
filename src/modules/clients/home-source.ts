/**
 * What the clients module shows on Home (the boordtabel): budget use with the clients running out or
 * under-using their budget, the waiting list by priority group, the dates that come up and, for a
 * caseload, today's registrations still to do. Every list respects the caller's client scope.
 */
import type { DbOrTx } from '../../server/db.ts';
import { onlyVisible, type Viewer, visibleClientIds } from './caseload.ts';
import { waitingListSummary } from './logic/index.ts';
import { consumptionOverview } from './overview.ts';
import { registrationsToDo, upcomingDates } from './upcoming.ts';

/** How far ahead Home looks for dates. */
export const HORIZON_DAYS = 60;

/** Budget use of this year up to `today`, per client and function, with the warnings of the consumption page. */
export async function budgetSignals(db: DbOrTx, orgId: string, viewer: Viewer, today: string) {
  const year = Number(today.slice(0, 4));
  const visible = await visibleClientIds(db, orgId, viewer);
  const [overview, functions] = await Promise.all([
    consumptionOverview(db, orgId, year, today),
    db.selectFrom('cl_function').select(['code', 'name']).where('org_id', '=', orgId).execute(),
  ]);
  const rows = onlyVisible(overview, visible, (r) => r.clientId);
  const nameOf = new Map(functions.map((f) => [f.code, f.name]));
  const sum = (pick: (r: (typeof rows)[number]) => string) => rows.reduce((a, r) => a + Number(pick(r)), 0);
  const agreed = sum((r) => r.agreed);
  const lines = rows.map((r) => ({
    clientId: r.clientId,
    clientName: r.clientName,
    function: r.function,
    functionName: nameOf.get(r.function) ?? r.function,
    remaining: r.remaining,
    runOutDate: r.runOutDate,
    underUsePercent: r.warnings.find((w) => w.code === 'under_use')?.percent ?? null,
  }));
  const runningOut = firstPerClient(
    lines.filter((l) => l.runOutDate !== null).sort((a, b) => (a.runOutDate! < b.runOutDate! ? -1 : 1)),
  );
  const underUse = firstPerClient(
    lines.filter((l) => l.underUsePercent !== null).sort((a, b) => a.underUsePercent! - b.underUsePercent!),
  );
  return {
    year,
    asOf: today,
    clients: new Set(rows.map((r) => r.clientId)).size,
    /** Delivered over agreed points of the year so far, in percent; null without agreements. */
    usedPercent: agreed > 0 ? (100 * sum((r) => r.delivered)) / agreed : null,
    /** Clients whose budget runs out before year end, earliest first (their first function), and how many in all. */
    runningOut: runningOut.slice(0, LISTED),
    runningOutCount: runningOut.length,
    /** Clients on course to use too little, lowest use first, and how many in all. */
    underUse: underUse.slice(0, LISTED),
    underUseCount: underUse.length,
    /** Every line, for a caseload's "my clients" (empty for an organisation-wide viewer). */
    mine: visible === null ? [] : lines,
  };
}

/** How many clients a Home list names; the page behind it has them all. */
const LISTED = 6;

function firstPerClient<T extends { clientId: string }>(sorted: T[]): T[] {
  const seen = new Set<string>();
  return sorted.filter((l) => !seen.has(l.clientId) && seen.add(l.clientId));
}

/** Open waiting requests per priority group (1, 2, 3) and in all. */
export async function waitingByPriority(db: DbOrTx, orgId: string, today: string) {
  const rows = await db
    .selectFrom('cl_waiting_request')
    .select(['id', 'priority_group', 'requested_on', 'status'])
    .where('org_id', '=', orgId)
    .execute();
  const summary = waitingListSummary(
    rows.map((r) => ({
      id: r.id,
      priorityGroup: r.priority_group as 1 | 2 | 3,
      requestDate: r.requested_on,
      status: r.status,
      needs: [],
    })),
    today,
  );
  return {
    total: summary.all.count,
    longestDays: summary.all.longestDays,
    groups: summary.groups.map((g) => ({ group: g.group!, count: g.count, longestDays: g.longestDays })),
  };
}

/** The dates of the next {@link HORIZON_DAYS} days and today's registrations to do, within the caller's scope. */
export async function clientAgenda(db: DbOrTx, orgId: string, viewer: Viewer, today: string) {
  const visible = await visibleClientIds(db, orgId, viewer);
  const [dates, toRegister] = await Promise.all([
    upcomingDates(db, orgId, today, HORIZON_DAYS, visible),
    visible === null ? Promise.resolve([]) : registrationsToDo(db, orgId, today, visible),
  ]);
  return {
    horizonDays: HORIZON_DAYS,
    dates: visible === null ? dates : dates.filter((d) => d.kind !== 'statement'),
    toRegister,
  };
}

/** How many clients the organisation has on file (a new organisation has none). */
export async function clientCount(db: DbOrTx, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('cl_client')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
