/**
 * IDO agreement lines (function, frequency, price in points per unit, start and end), the points
 * they commit in a year, and the check that they fit in the client's voucher points.
 *
 * Units in a period [from, to] (inclusive days, cut to the line's own start and end):
 * - `per: 'week'`:  count × days / 7 (a whole year of 365 days is 52.142857 weeks);
 * - `per: 'month'`: for every calendar month, count × days in it / days of that month (a whole
 *   month is exactly `count`, a whole year exactly 12 × count);
 * - `per: 'year'`:  for every calendar year, count × days in it / days of that year.
 * Points of a line = units × price, rounded half away from zero to 0.0001 point; committed points
 * are the exact sum of the lines' points.
 */
import { daysInMonth, daysInYear, maxDate, minDate, overlapDays, yearOf, isIsoDate } from './dates.ts';
import type { IsoDate } from './dates.ts';
import type { ClientsError } from './errors.ts';
import { fail } from './errors.ts';
import { formatNumber, formatPoints, unitsTimesPrice, type Lang, type PointsE4 } from './points.ts';
import { categoryMaxPoints, type RuleSet } from './rules.ts';
import { msg } from '../messages.ts';

/** What one unit of a support function is. */
export type UnitKind = 'day' | 'night' | 'hour' | 'session' | 'unit';
/** How often the count of an agreement line recurs. */
export type FrequencyPer = 'week' | 'month' | 'year';

/** The support functions of a VZA (DOMAIN.md §3) and the unit each is usually agreed in. */
export const SUPPORT_FUNCTIONS: Readonly<Record<string, UnitKind>> = {
  dagondersteuning: 'day',
  woonondersteuning: 'night',
  individuele_psychosociale_begeleiding: 'hour',
  individuele_praktische_hulp: 'hour',
  globale_individuele_ondersteuning: 'unit',
  oproepbare_permanentie: 'unit',
  begeleid_werken: 'day',
};

/** One line of an IDO agreement. */
export interface AgreementLine {
  clientId: string;
  /** Support function code, e.g. `dagondersteuning`. */
  function: string;
  /** Unit of the count; defaults to the function's unit in {@link SUPPORT_FUNCTIONS}, else 'unit'. */
  unit?: UnitKind;
  frequency: { count: number; per: FrequencyPer };
  /** Price in points per unit. */
  priceE4: PointsE4;
  start: IsoDate;
  /** Last day (inclusive); open-ended when absent. */
  end?: IsoDate | null;
}

const OPEN_END = '9999-12-31';

/** Problems of a line, empty when it is valid. */
export function validateAgreementLine(line: AgreementLine): ClientsError[] {
  const errors: ClientsError[] = [];
  const { count, per } = line.frequency;
  if (!(Number.isFinite(count) && count > 0)) errors.push({ code: 'invalid_frequency', ...msg('invalid_frequency') });
  if (per !== 'week' && per !== 'month' && per !== 'year')
    errors.push({ code: 'invalid_frequency', ...msg('invalid_frequency_per_week') });
  if (!Number.isSafeInteger(line.priceE4) || line.priceE4 < 0)
    errors.push({ code: 'invalid_price', ...msg('invalid_price') });
  if (!isIsoDate(line.start) || (line.end != null && !isIsoDate(line.end))) {
    errors.push({ code: 'invalid_date', ...msg('invalid_date_start_end') });
  } else if (line.end != null && line.end < line.start) {
    errors.push({ code: 'end_before_start', ...msg('end_before_start') });
  }
  return errors;
}

function assertValid(line: AgreementLine): void {
  const first = validateAgreementLine(line)[0];
  if (first) fail(first.code, first);
}

/**
 * Number of frequency periods (weeks, months or years) of `line` that fall in [from, to]; may be
 * fractional. Whole calendar months count as 1 month each, whatever their length.
 */
export function periodsInRange(line: AgreementLine, from: IsoDate, to: IsoDate): number {
  assertValid(line);
  const a = maxDate(from, line.start);
  const b = minDate(to, line.end ?? OPEN_END);
  if (b < a) return 0;
  const per = line.frequency.per;
  if (per === 'week') return overlapDays(a, b, a, b) / 7;
  let total = 0;
  let y = yearOf(a);
  let m = Number(a.slice(5, 7));
  for (;;) {
    const ym = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (per === 'month') {
      const dim = daysInMonth(y, m);
      if (`${ym}-01` > b) break;
      total += overlapDays(a, b, `${ym}-01`, `${ym}-${String(dim).padStart(2, '0')}`) / dim;
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    } else {
      if (`${y}-01-01` > b) break;
      total += overlapDays(a, b, `${y}-01-01`, `${y}-12-31`) / daysInYear(y);
      y += 1;
    }
  }
  return total;
}

/** Units of `line` in [from, to] (inclusive): count × {@link periodsInRange}. */
export function unitsInPeriod(line: AgreementLine, from: IsoDate, to: IsoDate): number {
  return line.frequency.count * periodsInRange(line, from, to);
}

/** Points `line` commits in [from, to], rounded half away from zero to 0.0001 point. */
export function linePoints(line: AgreementLine, from: IsoDate, to: IsoDate): PointsE4 {
  return unitsTimesPrice(unitsInPeriod(line, from, to), line.priceE4);
}

/** One line's share of a year, with the figures its explanation shows. */
export interface CommittedLine {
  line: AgreementLine;
  periods: number;
  units: number;
  pointsE4: PointsE4;
}

/** Points committed per line in calendar year `year`. */
export function committedLines(lines: readonly AgreementLine[], year: number): CommittedLine[] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return lines.map((line) => {
    const periods = periodsInRange(line, from, to);
    const units = line.frequency.count * periods;
    return { line, periods, units, pointsE4: unitsTimesPrice(units, line.priceE4) };
  });
}

/** Points committed by `lines` in calendar year `year` (exact sum of the lines' rounded points). */
export function committedPoints(lines: readonly AgreementLine[], year: number): PointsE4 {
  return committedLines(lines, year).reduce((a, c) => a + c.pointsE4, 0);
}

const UNIT_WORDS: Record<Lang, Record<UnitKind, [string, string]>> = {
  nl: {
    day: ['dag', 'dagen'],
    night: ['nacht', 'nachten'],
    hour: ['uur', 'uren'],
    session: ['sessie', 'sessies'],
    unit: ['eenheid', 'eenheden'],
  },
  en: {
    day: ['day', 'days'],
    night: ['night', 'nights'],
    hour: ['hour', 'hours'],
    session: ['session', 'sessions'],
    unit: ['unit', 'units'],
  },
};
const PER_WORDS: Record<Lang, Record<FrequencyPer, [string, string]>> = {
  nl: { week: ['week', 'weken'], month: ['maand', 'maanden'], year: ['jaar', 'jaar'] },
  en: { week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] },
};

function quantity(x: number, lang: Lang): string {
  return Math.abs(x - Math.round(x)) < 1e-9 ? formatNumber(x, 0, lang) : formatNumber(x, 2, lang);
}

/** "2 dagen per week × 52,14 weken × 0,2100 punten = 21,9000 punten" for one committed line. */
export function explainLine(c: CommittedLine, lang: Lang): string {
  const unit = c.line.unit ?? SUPPORT_FUNCTIONS[c.line.function] ?? 'unit';
  const { count, per } = c.line.frequency;
  const [one, many] = UNIT_WORDS[lang][unit];
  const [perOne, perMany] = PER_WORDS[lang][per];
  const pts = lang === 'nl' ? 'punten' : 'points';
  const periods = Math.abs(c.periods - 1) < 1e-9 ? `1 ${perOne}` : `${quantity(c.periods, lang)} ${perMany}`;
  return `${quantity(count, lang)} ${count === 1 ? one : many} per ${perOne} × ${periods} × ${formatPoints(c.line.priceE4, lang)} ${pts} = ${formatPoints(c.pointsE4, lang)} ${pts}`;
}

/** The refusal of an agreement that needs more points than the voucher holds. */
export interface ExceedsBudgetError extends ClientsError {
  code: 'exceeds_budget';
  numbers: { committedE4: PointsE4; availableE4: PointsE4; excessE4: PointsE4 };
}

/** The outcome of {@link checkAgreementFits}. */
export type AgreementFit =
  | { ok: true; committedE4: PointsE4; availableE4: PointsE4; leftE4: PointsE4 }
  | { ok: false; error: ExceedsBudgetError };

/**
 * Checks that the voucher-funded `lines` commit no more points in `year` than `availableVoucherE4`;
 * the refusal shows the arithmetic line by line in Dutch and English.
 */
export function checkAgreementFits(
  lines: readonly AgreementLine[],
  availableVoucherE4: PointsE4,
  year: number,
): AgreementFit {
  const detail = committedLines(lines, year);
  const committedE4 = detail.reduce((a, c) => a + c.pointsE4, 0);
  if (committedE4 <= availableVoucherE4)
    return { ok: true, committedE4, availableE4: availableVoucherE4, leftE4: availableVoucherE4 - committedE4 };
  const excessE4 = committedE4 - availableVoucherE4;
  const text = (lang: Lang) => {
    const parts = detail.filter((c) => c.pointsE4 !== 0).map((c) => explainLine(c, lang));
    const sum =
      parts.length > 1
        ? `; ${lang === 'nl' ? 'samen' : 'together'} ${formatPoints(committedE4, lang)} ${lang === 'nl' ? 'punten' : 'points'}`
        : '';
    return lang === 'nl'
      ? `${parts.join(' + ')}${sum}; beschikbaar in voucher: ${formatPoints(availableVoucherE4, 'nl')} punten; ${formatPoints(excessE4, 'nl')} punten te veel.`
      : `${parts.join(' + ')}${sum}; available in voucher: ${formatPoints(availableVoucherE4, 'en')} points; ${formatPoints(excessE4, 'en')} points too many.`;
  };
  return {
    ok: false,
    error: {
      code: 'exceeds_budget',
      nl: text('nl'),
      en: text('en'),
      numbers: { committedE4, availableE4: availableVoucherE4, excessE4 },
    },
  };
}

/** A persoonsvolgend budget (PVB) as granted. */
export interface PvbFunding {
  kind: 'pvb';
  /** New budget category 1-24. */
  category: number;
  form: 'voucher' | 'cash' | 'combination';
  /** For a combination: the voucher part in points per year. */
  voucherPointsE4?: PointsE4;
  /** Date of the letter that makes the budget available. */
  madeAvailable: IsoDate;
  /** Date the budget was started; until then the period counts from `madeAvailable`. */
  start?: IsoDate | null;
  /** Last day of the budget (inclusive); open-ended when absent. */
  end?: IsoDate | null;
}

/**
 * Voucher points of a PVB in calendar `year`: the voucher part per year (the category maximum for
 * voucher, the stated points for a combination, 0 for cash), × the days of the budget in the year
 * / the days of the year, rounded half away from zero. The category maximum is taken from the
 * table valid on the budget's last day in the year.
 */
export function availableVoucherPoints(funding: PvbFunding, year: number, rules: RuleSet): PointsE4 {
  const from = funding.start ?? funding.madeAvailable;
  const to = funding.end ?? OPEN_END;
  const days = overlapDays(from, to, `${year}-01-01`, `${year}-12-31`);
  if (days === 0 || funding.form === 'cash') return 0;
  const max = categoryMaxPoints(rules, funding.category, minDate(to, `${year}-12-31`));
  let yearly = max;
  if (funding.form === 'combination') {
    const v = funding.voucherPointsE4;
    if (v === undefined || !Number.isSafeInteger(v) || v < 0 || v > max) {
      fail(
        'voucher_part_invalid',
        msg('voucher_part_invalid', { max: { nl: formatPoints(max, 'nl'), en: formatPoints(max, 'en') } }),
      );
    }
    yearly = v;
  }
  return unitsTimesPrice(days / daysInYear(year), yearly);
}
