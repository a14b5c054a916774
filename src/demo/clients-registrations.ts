/**
 * A year of generated registrations for the demo clients: attendance on fixed weekdays with
 * absence, public holidays, the day centre's closing weeks and personal holidays; RTH stops at
 * the yearly cap. Points use the same arithmetic as `saveCells` (units × price, RTH unit points).
 */
import { dayNumber } from '../modules/clients/logic/dates.ts';
import {
  addDays,
  rthCap,
  rthUnitPoints,
  unitsTimesPrice,
  type RthUnitType,
  type RuleSet,
} from '../modules/clients/logic/index.ts';
import type { Random } from './random.ts';

/** One planned agreement line of a demo client, as the generator needs it. */
export interface PlannedLine {
  code: string;
  unit: string;
  per: 'week' | 'month' | 'year';
  count: number;
  start: string;
  end: string | null;
}

/** A demo client as the generator needs it. */
export interface PlannedClient {
  id: string;
  funding: 'voucher' | 'cash' | 'other';
  /** Chance of being present on a planned day (0.88-0.92 normally; lower for under-use). */
  attendance: number;
  /** Comes more than agreed (an extra day, or 1.5 × the hours): the budget runs out. */
  extra: boolean;
  volunteers: boolean;
  lines: PlannedLine[];
}

/** A registration row ready for insertion. */
export interface RegistrationRow {
  client_id: string;
  function_code: string;
  date: string;
  units: number;
  points_e4: number;
  funding_type: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): string {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return `${y}-${pad(month)}-${pad(((h + l - 7 * m + 114) % 31) + 1)}`;
}

/** Belgian public holidays of a year. */
export function publicHolidays(y: number): string[] {
  const e = easter(y);
  return [
    ...['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'].map((d) => `${y}-${d}`),
    addDays(e, 1),
    addDays(e, 39),
    addDays(e, 50),
  ];
}

/** Monday = 0 … Sunday = 6. */
export const weekday = (date: string) => (dayNumber(date) + 3) % 7;
/** The day centre closes between Christmas and New Year and for two summer weeks. */
const closed = (date: string) => {
  const md = date.slice(5);
  return md >= '12-24' || md <= '01-02' || (md >= '07-20' && md <= '08-02');
};

function pickDays(rnd: Random, from: number[], n: number): Set<number> {
  const pool = [...from];
  const out = new Set<number>();
  const size = Math.min(n, pool.length);
  while (out.size < size) out.add(pool.splice(rnd.int(0, pool.length - 1), 1)[0]!);
  return out;
}

/**
 * Registrations of `clients` from `from` to `to` (inclusive). Prices come from `priceOf(code, date)`,
 * RTH unit types from `rthType(code)`.
 */
export function generateRegistrations(
  clients: readonly PlannedClient[],
  from: string,
  to: string,
  rnd: Random,
  rules: RuleSet,
  priceOf: (code: string, date: string) => number,
  rthType: (code: string) => RthUnitType | null,
): RegistrationRow[] {
  const holidays = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))].flatMap(publicHolidays));
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  const rows: RegistrationRow[] = [];
  for (const c of clients) {
    // Two weeks of personal holiday (starting Mondays), at random in the year.
    const mondays = days.filter((d) => weekday(d) === 0);
    const away = new Set<string>();
    for (let k = 0; k < 2; k++) {
      const m = rnd.pick(mondays);
      for (let i = 0; i < 7; i++) away.add(addDays(m, i));
    }
    const rthUsed = new Map<string, number>();
    for (const line of c.lines) {
      const rth = rthType(line.code);
      const perWeek =
        line.per === 'week' ? line.count : line.per === 'month' ? (line.count * 12) / 52 : line.count / 47;
      let set: Set<number>;
      let units = 1;
      if (line.unit === 'night') set = pickDays(rnd, [0, 1, 2, 3, 4, 5, 6], Math.round(perWeek));
      else if (line.unit === 'hour') {
        // Under an hour a week: a one-hour session in some weeks (see `weekly`); else 1-3 sessions a week.
        const sessions = Math.max(1, Math.min(3, Math.round(perWeek / 1.5)));
        set = pickDays(rnd, [0, 1, 2, 3, 4], sessions);
        units = perWeek < 1 ? 1 : Math.max(0.25, Math.round(((perWeek * (c.extra ? 1.5 : 1)) / sessions) * 4) / 4);
      } else if (line.code === 'oproepbare_permanentie') set = new Set();
      else
        set = pickDays(
          rnd,
          [0, 1, 2, 3, 4],
          Math.max(1, Math.min(5, Math.round(perWeek) + (c.extra && line.unit === 'day' ? 1 : 0))),
        );
      // Sessions less often than weekly (RTH, an hour a month): in every n-th week, evenly spread.
      const weekly = rth === 'ambulant' || rth === 'mobile' || line.unit === 'hour' ? Math.min(1, perWeek) : 1;
      let thisWeek = true;
      let credit = rnd.next();
      for (const date of days) {
        if (date < line.start || (line.end && date > line.end)) continue;
        const wd = weekday(date);
        if (wd === 0) {
          credit += weekly;
          thisWeek = credit >= 1;
          if (thisWeek) credit -= 1;
        }
        if (line.code === 'oproepbare_permanentie') {
          // Billed per month, registered on the month's last day.
          if (addDays(date, 1).endsWith('-01'))
            rows.push(row(c, line.code, date, line.count, unitsTimesPrice(line.count, priceOf(line.code, date))));
          continue;
        }
        if (!set.has(wd) || !thisWeek || away.has(date) || rnd.next() > c.attendance) continue;
        if (line.unit !== 'night' && holidays.has(date)) continue;
        if ((line.code === 'dagondersteuning' || rth === 'day') && closed(date)) continue;
        if (rth) {
          const key = date.slice(0, 4);
          const points = rthUnitPoints(rth, date, rules);
          const used = rthUsed.get(key) ?? 0;
          if (used + points > rthCap(date, c.volunteers, rules)) continue; // the cap is reached: no more RTH this year
          rthUsed.set(key, used + points);
          rows.push({
            client_id: c.id,
            function_code: line.code,
            date,
            units: 1,
            points_e4: points,
            funding_type: 'rth',
          });
        } else {
          rows.push(row(c, line.code, date, units, unitsTimesPrice(units, priceOf(line.code, date))));
        }
      }
    }
  }
  return rows;
}

function row(c: PlannedClient, code: string, date: string, units: number, points: number): RegistrationRow {
  return { client_id: c.id, function_code: code, date, units, points_e4: points, funding_type: c.funding };
}
