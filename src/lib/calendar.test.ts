import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, dateOf, daysFromToday, thisMonth, thisYear, today } from './calendar.ts';

// 00:30 in Brussels is still the previous day in UTC: 23:30Z in winter (UTC+1), 22:30Z in summer (UTC+2).
const WINTER = new Date('2026-01-14T23:30:00Z'); // 15 January 2026, 00:30 Brussels
const SUMMER = new Date('2026-07-14T22:30:00Z'); // 15 July 2026, 00:30 Brussels
const MONTH_END = new Date('2026-11-30T23:30:00Z'); // 1 December 2026, 00:30 Brussels
const YEAR_END = new Date('2026-12-31T23:30:00Z'); // 1 January 2027, 00:30 Brussels

describe('the Brussels calendar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says today at 00:30 Brussels time in winter and in summer, where UTC still says yesterday', () => {
    expect(WINTER.toISOString().slice(0, 10)).toBe('2026-01-14');
    expect(today(WINTER)).toBe('2026-01-15');
    expect(SUMMER.toISOString().slice(0, 10)).toBe('2026-07-14');
    expect(today(SUMMER)).toBe('2026-07-15');
  });

  it('moves to the next month and year at Brussels midnight', () => {
    expect(today(MONTH_END)).toBe('2026-12-01');
    expect(thisMonth(MONTH_END)).toBe('2026-12');
    expect(thisYear(YEAR_END)).toBe(2027);
    expect(thisMonth(YEAR_END)).toBe('2027-01');
  });

  it('is still yesterday just before Brussels midnight', () => {
    expect(today(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(today(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(today(new Date('2026-11-30T22:59:59Z'))).toBe('2026-11-30');
  });

  it('follows the clock when no moment is given (fake timers)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MONTH_END);
    expect(today()).toBe('2026-12-01');
    expect(thisMonth()).toBe('2026-12');
    expect(daysFromToday(30)).toBe('2026-12-31');
    vi.setSystemTime(SUMMER);
    expect(thisYear()).toBe(2026);
    expect(daysFromToday(-15)).toBe('2026-06-30');
  });

  it('gives the Brussels day of a stored moment and counts days across month ends and a leap day', () => {
    expect(dateOf('2026-03-28T23:30:00Z')).toBe('2026-03-29'); // the night summer time begins
    expect(dateOf('2026-10-24T22:30:00Z')).toBe('2026-10-25'); // the night it ends
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

/** Ways of taking today, this month or this year from the clock without the Brussels calendar. */
const CLOCK_DATE = [
  /new Date\(\)\s*\.\s*(toISOString\(\)\s*\.\s*slice|get(UTC)?(FullYear|Month|Date)\b)/, // new Date().toISOString().slice(0, 10), new Date().getFullYear()
  /Date\.now\(\)[^;\n]*\)\s*\.\s*toISOString\(\)\s*\.\s*slice/, // new Date(Date.now() + n * day).toISOString().slice(0, 10)
  /\bnow\s*\.\s*(toISOString\(\)\s*\.\s*slice|get(UTC)?(FullYear|Month|Date)\b)/, // now.toISOString().slice(0, 10), now.getUTCFullYear()
  /\bnow\.getTime\(\)[^;\n]*\)\s*\.\s*toISOString\(\)\s*\.\s*slice/, // new Date(now.getTime() + n * day).toISOString()…
  /\.setHours\(0, 0, 0, 0\)/, // local midnight of the server or browser
];

describe('every today, month and year of the server, the CLI, the demo and the UI comes from the calendar', () => {
  it('finds no date taken from the clock in UTC or in the local zone outside src/lib/calendar.ts', () => {
    const root = join(import.meta.dirname, '../..');
    const files = ['src', 'e2e', 'bench'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter(
          (e) =>
            e.isFile() &&
            /\.tsx?$/.test(e.name) &&
            !/\.test\.ts$/.test(e.name) &&
            !e.parentPath.includes('node_modules'),
        )
        .map((e) => relative(root, join(e.parentPath, e.name))),
    );
    const found = files
      .filter((f) => f !== 'src/lib/calendar.ts')
      .flatMap((f) =>
        readFileSync(join(root, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (CLOCK_DATE.some((re) => re.test(line)) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});
