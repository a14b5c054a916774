/**
 * Consumption per client and support function in a calendar year: agreed, delivered, remaining,
 * projected at year end from the recent pace, warnings and the "room to help" of a professional.
 *
 * Definitions (per client × function):
 * - period: the year, cut to the agreement lines' earliest start and latest end within it;
 * - agreed: {@link committedPoints} of the lines in the year; delivered: registered points dated
 *   in the year up to and including `asOf`; remaining = agreed − delivered (negative = overspent);
 * - pace: points registered in the last `windowDays` (56 = 8 weeks) up to `asOf`, cut to the
 *   period's start, divided by the days of that window (points per calendar day, never negative);
 * - projected = delivered + pace × the period's days after `asOf`, rounded to 0.0001 point;
 * - `runs_out` when projected > agreed, with the day the budget is expected to be used up
 *   (`asOf` when it already is); `under_use` when projected < 80% of agreed and at least 56 days
 *   of the period have passed;
 * - room to help = agreed − projected, never negative: what can still be given on top of the
 *   current pace without going over.
 */
import { committedPoints, type AgreementLine } from './agreements.ts';
import { addDays, dayNumber, daysBetween, maxDate, minDate, type IsoDate } from './dates.ts';
import type { Message } from './errors.ts';
import { formatPoints, roundHalfAway, type PointsE4 } from './points.ts';
import { msg } from '../messages.ts';

/** One registration of delivered support. */
export interface Registration {
  clientId: string;
  function: string;
  date: IsoDate;
  units: number;
  pointsE4: PointsE4;
}

/** A warning about one client's function. */
export type ConsumptionWarning =
  | (Message & { code: 'runs_out'; date: IsoDate })
  | (Message & { code: 'under_use'; percent: number });

/** Consumption of one client's support function. */
export interface ConsumptionRow {
  clientId: string;
  function: string;
  agreedE4: PointsE4;
  deliveredE4: PointsE4;
  remainingE4: PointsE4;
  projectedE4: PointsE4;
  /** Points per calendar day over the recent window. */
  pacePerDayE4: number;
  /** The day the budget is expected to be used up, when that is before the period ends. */
  runOutDate: IsoDate | null;
  roomToHelpE4: PointsE4;
  warnings: ConsumptionWarning[];
}

/** Options of {@link consumption}. */
export interface ConsumptionOptions {
  year: number;
  /** The day up to which registrations count (today). */
  asOf: IsoDate;
  /** Days of recent registrations the pace is taken from; 56 (8 weeks). */
  windowDays?: number;
  /** Projected below this percentage of agreed is under-use; 80. */
  underUsePercent?: number;
  /** Days of the period that must have passed before under-use is reported; 56. */
  underUseAfterDays?: number;
}

const keyOf = (clientId: string, fn: string) => `${clientId}\u0000${fn}`;

interface Group {
  clientId: string;
  function: string;
  lines: AgreementLine[];
  regs: Registration[];
}

/**
 * Consumption rows for every client × function that has an agreement line or a registration in
 * `year`, sorted by client and function. Pure; one pass over the registrations.
 */
export function consumption(
  lines: readonly AgreementLine[],
  registrations: readonly Registration[],
  options: ConsumptionOptions,
): ConsumptionRow[] {
  const { year } = options;
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;
  const groups = new Map<string, Group>();
  const groupOf = (clientId: string, fn: string): Group => {
    const k = keyOf(clientId, fn);
    let g = groups.get(k);
    if (!g) {
      g = { clientId, function: fn, lines: [], regs: [] };
      groups.set(k, g);
    }
    return g;
  };
  for (const l of lines) {
    if (l.start <= yearTo && (l.end == null || l.end >= yearFrom)) groupOf(l.clientId, l.function).lines.push(l);
  }
  for (const r of registrations)
    if (r.date >= yearFrom && r.date <= yearTo) groupOf(r.clientId, r.function).regs.push(r);
  const rows = [...groups.values()].map((g) => rowOf(g, options));
  return rows.sort((a, b) =>
    a.clientId < b.clientId
      ? -1
      : a.clientId > b.clientId
        ? 1
        : a.function < b.function
          ? -1
          : a.function > b.function
            ? 1
            : 0,
  );
}

function rowOf(g: Group, options: ConsumptionOptions): ConsumptionRow {
  const { year, asOf } = options;
  const windowDays = options.windowDays ?? 56;
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;
  let periodFrom = yearFrom;
  let periodTo = yearTo;
  if (g.lines.length > 0) {
    periodFrom = maxDate(
      yearFrom,
      g.lines.reduce((m, l) => minDate(m, l.start), yearTo),
    );
    periodTo = g.lines.some((l) => l.end == null)
      ? yearTo
      : minDate(
          yearTo,
          g.lines.reduce((m, l) => maxDate(m, l.end ?? yearTo), yearFrom),
        );
  }
  const agreedE4 = committedPoints(g.lines, year);
  const windowFrom = maxDate(periodFrom, addDays(asOf, -(windowDays - 1)));
  let deliveredE4 = 0;
  let windowE4 = 0;
  for (const r of g.regs) {
    if (r.date > asOf) continue;
    deliveredE4 += r.pointsE4;
    if (r.date >= windowFrom) windowE4 += r.pointsE4;
  }
  const windowLength = Math.max(0, daysBetween(windowFrom, minDate(asOf, periodTo)) + 1);
  const pacePerDayE4 = windowLength > 0 ? Math.max(0, windowE4) / windowLength : 0;
  const daysAfter = Math.max(0, dayNumber(periodTo) - Math.max(dayNumber(asOf), dayNumber(periodFrom) - 1));
  const projectedE4 = deliveredE4 + roundHalfAway(pacePerDayE4 * daysAfter);
  const remainingE4 = agreedE4 - deliveredE4;
  const warnings: ConsumptionWarning[] = [];
  let runOutDate: IsoDate | null = null;
  const p = (e4: PointsE4, lang: 'nl' | 'en') => formatPoints(e4, lang);
  if (projectedE4 > agreedE4) {
    runOutDate =
      remainingE4 <= 0
        ? minDate(asOf, periodTo)
        : minDate(periodTo, addDays(maxDate(asOf, addDays(periodFrom, -1)), Math.ceil(remainingE4 / pacePerDayE4)));
    warnings.push({
      code: 'runs_out',
      date: runOutDate,
      ...msg('runs_out', {
        function: g.function,
        runOutDate,
        projectedE4: { nl: p(projectedE4, 'nl'), en: p(projectedE4, 'en') },
        agreedE4: { nl: p(agreedE4, 'nl'), en: p(agreedE4, 'en') },
      }),
    });
  }
  const passed = daysBetween(periodFrom, minDate(asOf, periodTo)) + 1;
  const pct = options.underUsePercent ?? 80;
  if (agreedE4 > 0 && passed >= (options.underUseAfterDays ?? 56) && projectedE4 * 100 < agreedE4 * pct) {
    const percent = Math.floor((projectedE4 * 100) / agreedE4);
    warnings.push({
      code: 'under_use',
      percent,
      ...msg('under_use', {
        projectedE4: { nl: p(projectedE4, 'nl'), en: p(projectedE4, 'en') },
        agreedE4: { nl: p(agreedE4, 'nl'), en: p(agreedE4, 'en') },
        percent,
      }),
    });
  }
  return {
    clientId: g.clientId,
    function: g.function,
    agreedE4,
    deliveredE4,
    remainingE4,
    projectedE4,
    pacePerDayE4,
    runOutDate,
    roomToHelpE4: Math.max(0, agreedE4 - projectedE4),
    warnings,
  };
}

/** Totals of one client over its functions. */
export interface ClientConsumption {
  clientId: string;
  agreedE4: PointsE4;
  deliveredE4: PointsE4;
  remainingE4: PointsE4;
  projectedE4: PointsE4;
  roomToHelpE4: PointsE4;
  warnings: number;
}

/** Sums consumption rows per client (for the director's overview), in client order. */
export function consumptionByClient(rows: readonly ConsumptionRow[]): ClientConsumption[] {
  const byClient = new Map<string, ClientConsumption>();
  for (const r of rows) {
    let c = byClient.get(r.clientId);
    if (!c) {
      c = {
        clientId: r.clientId,
        agreedE4: 0,
        deliveredE4: 0,
        remainingE4: 0,
        projectedE4: 0,
        roomToHelpE4: 0,
        warnings: 0,
      };
      byClient.set(r.clientId, c);
    }
    c.agreedE4 += r.agreedE4;
    c.deliveredE4 += r.deliveredE4;
    c.remainingE4 += r.remainingE4;
    c.projectedE4 += r.projectedE4;
    c.roomToHelpE4 += r.roomToHelpE4;
    c.warnings += r.warnings.length;
  }
  return [...byClient.values()].sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0));
}
