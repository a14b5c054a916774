/**
 * Reading money and dates as Belgian and English exports write them (ledger, payroll and other uploads). Money becomes integer cents;
 * dates become ISO `yyyy-mm-dd`.
 */
import type { Message } from '../messages.ts';
import { msg } from './messages.ts';

/** Money in integer euro cents. */
export type Cents = number;

/** Result of parsing one cell. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Message & { code: string } };

function fail<T>(code: string, message: Message): Parsed<T> {
  return { ok: false, reason: { code, nl: message.nl, en: message.en } };
}

const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;
const FAST_BE = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+),(\d\d)$/;
const FAST_PLAIN = /^(-?)(\d+)(?:\.(\d\d))?$/;

/**
 * Parses money text to cents: "1.234,56", "1234,56", "1,234.56", "1234.56", "-1.234,56",
 * "1 234,56" (also with a (narrow) no-break space), "€ 12,50", "(123,45)" (negative), "12",
 * a trailing minus ("12,50-"). With both `.` and `,` the last one is the decimal mark; a single mark
 * followed by exactly three digits after a non-zero integer part ("1.234", "1,234") is a
 * thousands separator. More than two decimals are refused unless they are zeros.
 */
export function parseAmount(input: string): Parsed<Cents> {
  // Fast path for the shapes a ledger export nearly always has: "-1.234,56", "1234,56", "1234.56", "12".
  const fast = FAST_BE.exec(input) ?? FAST_PLAIN.exec(input);
  if (fast) {
    const cents = Number((fast[2] ?? '').replaceAll('.', '')) * 100 + Number(fast[3] ?? '0');
    if (Number.isSafeInteger(cents)) return { ok: true, value: fast[1] === '-' && cents !== 0 ? -cents : cents };
  }
  let s = input
    .trim()
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/€|EUR/gi, '');
  if (s === '') return fail('empty_amount', msg('empty_amount'));
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = negative !== s.startsWith('-');
    s = s.slice(1);
  } else if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  s = s.replace(/^€/, '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) {
    return fail('invalid_amount', msg('invalid_amount', { input }));
  }
  let intPart: string;
  let fracPart = '';
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    const thousands = decimal === '.' ? ',' : '.';
    if (
      intPart.includes(decimal) ||
      !GROUPED.test(intPart) ||
      intPart.replaceAll(thousands, '').length === intPart.length
    ) {
      return badGrouping(input);
    }
    intPart = intPart.replaceAll(thousands, '');
  } else if (lastDot !== -1 || lastComma !== -1) {
    const mark = lastDot !== -1 ? '.' : ',';
    const parts = s.split(mark);
    if (parts.length > 2) {
      if (!GROUPED.test(s)) return badGrouping(input);
      intPart = parts.join('');
    } else if (GROUPED.test(s) && !s.startsWith('0')) {
      intPart = parts.join('');
    } else {
      intPart = parts[0] ?? '';
      fracPart = parts[1] ?? '';
    }
  } else {
    intPart = s;
  }
  if (fracPart === '' && (lastDot === s.length - 1 || lastComma === s.length - 1)) return badGrouping(input);
  if (fracPart.length > 2) {
    if (!/^0+$/.test(fracPart.slice(2))) {
      return fail('too_many_decimals', msg('too_many_decimals', { input }));
    }
    fracPart = fracPart.slice(0, 2);
  }
  const cents = Number(intPart || '0') * 100 + Number(fracPart.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return fail('amount_too_large', msg('amount_too_large', { input }));
  return { ok: true, value: negative && cents !== 0 ? -cents : cents };
}

function badGrouping(input: string): Parsed<Cents> {
  return fail('invalid_amount', msg('invalid_amount_thousands_decimal', { input }));
}

/**
 * Converts a number of euros from a spreadsheet cell to cents, rounding half away from zero on the
 * decimal value the spreadsheet shows (so 1.005 becomes 101 cents, not 100).
 */
export function centsFromEuros(euros: number): Parsed<Cents> {
  if (!Number.isFinite(euros)) return fail('invalid_amount', msg('invalid_amount_3'));
  const text = Math.abs(euros).toFixed(10);
  const [whole = '0', frac = ''] = text.split('.');
  let cents = Number(whole) * 100 + Number(frac.slice(0, 2));
  if (Number(frac[2] ?? '0') >= 5) cents += 1;
  if (!Number.isSafeInteger(cents)) return fail('amount_too_large', msg('amount_too_large_2'));
  return { ok: true, value: euros < 0 && cents !== 0 ? -cents : cents };
}

/** Formats cents the Belgian way, e.g. -123456 → "-1.234,56" (no currency sign). */
export function formatCentsBe(cents: Cents): string {
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '-' : ''}${euros},${String(abs % 100).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function isoDate(y: number, m: number, d: number): Parsed<string> {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return fail('invalid_date', msg('invalid_date', { d, m, y }));
  }
  return { ok: true, value: `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` };
}

/** ISO date of a JavaScript Date, read in UTC (spreadsheet libraries create dates at UTC midnight). */
export function isoFromDate(date: Date): Parsed<string> {
  if (Number.isNaN(date.getTime())) return fail('invalid_date', msg('invalid_date_2'));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Converts an Excel serial day number (1900 date system, the time of day dropped) to ISO.
 * Excel counts the non-existent 29/02/1900 as day 60, so later serials are shifted by one.
 */
export function isoFromExcelSerial(serial: number): Parsed<string> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) {
    return fail('invalid_date', msg('invalid_date_excel', { serial }));
  }
  const day = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, day > 60 ? 30 : 31);
  return isoFromDate(new Date(epoch + day * 86_400_000));
}

/**
 * Parses a date as dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd (or yyyy/mm/dd, yyyymmdd), or an
 * Excel serial number, to ISO `yyyy-mm-dd`. Impossible dates (31/02) are refused.
 */
export function parseDate(input: string | number): Parsed<string> {
  if (typeof input === 'number') return isoFromExcelSerial(input);
  const s = input.trim();
  let m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{1,7}(?:[.,]\d+)?$/.test(s) && Number(s.replace(',', '.')) >= 1) {
    return isoFromExcelSerial(Number(s.replace(',', '.')));
  }
  return fail('invalid_date', msg('invalid_date_expected_ddmmyyyy', { input }));
}

/** Unwraps exceljs formula, rich-text and hyperlink values. */
export function plainCell(cell: unknown): unknown {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
    const o = cell as { result?: unknown; richText?: { text: string }[]; text?: unknown };
    if ('result' in o) return plainCell(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return cell;
}

/** A cell as trimmed text (a date cell as ISO). */
export function cellText(cell: unknown): string {
  const v = plainCell(cell);
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date) {
    const iso = isoFromDate(v);
    return iso.ok ? iso.value : '';
  }
  return String(v);
}

/** A money cell: euros as a number, or text as exports write it. */
export function cellAmount(cell: unknown): Parsed<Cents> {
  const v = plainCell(cell);
  return typeof v === 'number' ? centsFromEuros(v) : parseAmount(cellText(v));
}

/** A date cell: a Date, an Excel serial, or text. */
export function cellDate(cell: unknown): Parsed<string> {
  const v = plainCell(cell);
  if (v instanceof Date) return isoFromDate(v);
  return typeof v === 'number' ? parseDate(v) : parseDate(cellText(v));
}
