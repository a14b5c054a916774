/**
 * What a value may be per unit, and reading typed or imported numbers. Rules:
 * - a number with a decimal comma ("12,5") or point ("12.5"), optional thousands separators only
 *   in the Belgian form ("1.234,5"); no unit signs ("12 %", "€ 5") and no text;
 * - percent: 0-100; count: whole, ≥ 0; days, hours, points, fte, ratio: ≥ 0; euro and score: any;
 * - a KPI can set its own bounds (value_min/value_max), e.g. an occupancy up to 150 % or an NPS from −100.
 */
import { msg } from '../messages.ts';
export type Unit = 'percent' | 'euro' | 'count' | 'days' | 'ratio' | 'score' | 'hours' | 'points' | 'fte';

export const UNITS: readonly Unit[] = ['percent', 'euro', 'count', 'days', 'ratio', 'score', 'hours', 'points', 'fte'];

export interface Bounds {
  min: number | null;
  max: number | null;
  whole: boolean;
}

export function defaultBounds(unit: Unit): Bounds {
  switch (unit) {
    case 'percent':
      return { min: 0, max: 100, whole: false };
    case 'count':
      return { min: 0, max: null, whole: true };
    case 'euro':
    case 'score':
      return { min: null, max: null, whole: false };
    default:
      return { min: 0, max: null, whole: false };
  }
}

export function boundsOf(unit: Unit, valueMin: number | null, valueMax: number | null): Bounds {
  const d = defaultBounds(unit);
  return { min: valueMin ?? d.min, max: valueMax ?? d.max, whole: d.whole };
}

type Problem = { nl: string; en: string };

/** Reads a number as typed in Belgium or in a file; null when it is not one. */
export function parseNumber(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  let s = input
    .trim()
    .replace(/\u00a0/g, ' ')
    .replace(/^\+/, '');
  if (!s) return null;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}( \d{3})+(,\d+)?$/.test(s)) s = s.replace(/ /g, '').replace(',', '.');
  else if (/^-?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const UNIT_NAMES: Record<Unit, { nl: string; en: string }> = {
  percent: msg('percent'),
  euro: msg('euro'),
  count: msg('count'),
  days: msg('days'),
  ratio: msg('ratio'),
  score: msg('score'),
  hours: msg('hours'),
  points: msg('points'),
  fte: msg('fte'),
};

/** The number of a value for a KPI of `unit`, or why it is refused. */
export function checkValue(
  input: string | number,
  unit: Unit,
  bounds: Bounds,
): { value: number } | { problem: Problem } {
  const n = parseNumber(input);
  const u = UNIT_NAMES[unit];
  if (n === null) {
    return {
      problem: msg('not_number_unit_write', { input: String(input).slice(0, 40), u: u }),
    };
  }
  if (bounds.whole && !Number.isInteger(n)) return { problem: msg('whole_number', { u: u }) };
  if (bounds.min !== null && n < bounds.min)
    return {
      problem: msg('value_lies_below_minimum', { n, min: bounds.min, u: u }),
    };
  if (bounds.max !== null && n > bounds.max)
    return {
      problem: msg('value_lies_above_maximum', { n, max: bounds.max, u: u }),
    };
  return { value: n };
}
