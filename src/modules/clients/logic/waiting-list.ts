/**
 * The waiting list: requests with a priority group (PG1 most urgent … PG3), counts and waiting
 * times per group, and which waiting requests the free capacity could serve.
 * Waiting time runs from the request date to `today`. "On the list" means status `waiting` or
 * `offered` (an offer is not yet support); only `waiting` requests are matched to free capacity.
 */
import { daysBetween, yearsAndMonths, type IsoDate } from './dates.ts';
import type { Message } from './errors.ts';
import { msg } from '../messages.ts';

/** PG1 (most urgent) to PG3. */
export type PriorityGroup = 1 | 2 | 3;
/** Where a request stands. */
export type RequestStatus = 'waiting' | 'offered' | 'started' | 'withdrawn';

/** A needed support function and its intensity in units per week. */
export interface Need {
  function: string;
  unitsPerWeek: number;
}

/** A request for support. */
export interface WaitingRequest {
  id: string;
  priorityGroup: PriorityGroup;
  requestDate: IsoDate;
  /** Date of the priority decision, when known. */
  decisionDate?: IsoDate | null;
  needs: readonly Need[];
  status: RequestStatus;
}

/** Counts and waiting times of one priority group (or of all, `group: null`). */
export interface GroupSummary {
  group: PriorityGroup | null;
  count: number;
  longestDays: number | null;
  medianDays: number | null;
  /** The longest waiting time as "2 j 6 m" / "2 y 6 m". */
  longestText: Message | null;
}

/** The whole waiting list at a glance. */
export interface WaitingListSummary {
  groups: GroupSummary[];
  all: GroupSummary;
  byStatus: Record<RequestStatus, number>;
}

/** "2 j 6 m" / "2 y 6 m": whole years and months from `from` to `to`. */
export function durationText(from: IsoDate, to: IsoDate): Message {
  const { years, months } = yearsAndMonths(from, to);
  return msg('y_m', { years, months });
}

/** Median of sorted whole days; the mean of the middle two (rounded up at .5) for an even count. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

const isOpen = (r: WaitingRequest) => r.status === 'waiting' || r.status === 'offered';

function summarise(group: PriorityGroup | null, open: readonly WaitingRequest[], today: IsoDate): GroupSummary {
  const days = open.map((r) => Math.max(0, daysBetween(r.requestDate, today))).sort((a, b) => a - b);
  const oldest = open.reduce<WaitingRequest | undefined>(
    (o, r) => (!o || r.requestDate < o.requestDate ? r : o),
    undefined,
  );
  return {
    group,
    count: open.length,
    longestDays: days.length > 0 ? days[days.length - 1]! : null,
    medianDays: median(days),
    longestText: oldest && oldest.requestDate <= today ? durationText(oldest.requestDate, today) : null,
  };
}

/** Counts per priority group and status, longest and median waiting time of the open requests. */
export function waitingListSummary(requests: readonly WaitingRequest[], today: IsoDate): WaitingListSummary {
  const open = requests.filter(isOpen);
  const byStatus: Record<RequestStatus, number> = { waiting: 0, offered: 0, started: 0, withdrawn: 0 };
  for (const r of requests) byStatus[r.status] += 1;
  return {
    groups: ([1, 2, 3] as const).map((g) =>
      summarise(
        g,
        open.filter((r) => r.priorityGroup === g),
        today,
      ),
    ),
    all: summarise(null, open, today),
    byStatus,
  };
}

/** A waiting request the free capacity cannot serve, with what is short. */
export interface UnservedRequest {
  id: string;
  short: { function: string; neededPerWeek: number; freePerWeek: number }[];
}

/** The outcome of {@link servable}. */
export interface Servable {
  /** Requests that can be served, in the order they were chosen. */
  served: WaitingRequest[];
  notServed: UnservedRequest[];
  /** Free units per week left per function after the served requests. */
  remainingCapacity: Record<string, number>;
}

/** Priority order: PG1 first, then the longest waiting (earliest request), then id. */
export function priorityOrder(a: WaitingRequest, b: WaitingRequest): number {
  return (
    a.priorityGroup - b.priorityGroup ||
    (a.requestDate < b.requestDate ? -1 : a.requestDate > b.requestDate ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const EPSILON = 1e-9;

/**
 * Chooses which `waiting` requests the free capacity (units per week per function) can serve, in
 * priority order. A request is served only when every needed function fits; one that does not fit
 * is skipped (listed with what is short) and the next one is tried, so a large PG1 request never
 * blocks a small PG2 one that fits. A request without needs is never served.
 */
export function servable(
  requests: readonly WaitingRequest[],
  freeCapacity: Readonly<Record<string, number>>,
): Servable {
  const remaining: Record<string, number> = { ...freeCapacity };
  const served: WaitingRequest[] = [];
  const notServed: UnservedRequest[] = [];
  for (const r of requests.filter((x) => x.status === 'waiting').sort(priorityOrder)) {
    const needed = new Map<string, number>(); // a function named twice counts once, summed
    for (const n of r.needs) needed.set(n.function, (needed.get(n.function) ?? 0) + n.unitsPerWeek);
    const short = [...needed]
      .filter(([fn, units]) => (remaining[fn] ?? 0) + EPSILON < units)
      .map(([fn, units]) => ({ function: fn, neededPerWeek: units, freePerWeek: remaining[fn] ?? 0 }));
    if (needed.size === 0 || short.length > 0) {
      notServed.push({ id: r.id, short });
      continue;
    }
    for (const [fn, units] of needed) remaining[fn] = (remaining[fn] ?? 0) - units;
    served.push(r);
  }
  return { served, notServed, remainingCapacity: remaining };
}
