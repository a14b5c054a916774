/**
 * The rule tables' data as flat, labelled fields and back. Keys ending in `E4` are points in
 * ten-thousandths (shown as "21,9000"), `Cents` keys are euro, `rateE4` is a percentage × 100.
 */
import { formatMoneyCents, formatNumber } from '../../format.ts';
import { formatPointsE4, pointsInput } from '../format.ts';

export type FieldKind = 'points' | 'euro' | 'percent' | 'number' | 'text';

export interface RuleField {
  path: (string | number)[];
  kind: FieldKind;
  value: unknown;
}

function kindOf(path: (string | number)[], value: unknown): FieldKind {
  const key = path.find((p): p is string => typeof p === 'string') ?? '';
  if (typeof value !== 'number') return 'text';
  if (key === 'rateE4') return 'percent';
  if (key.endsWith('E4')) return 'points';
  if (key.toLowerCase().includes('cents')) return 'euro';
  return 'number';
}

export function flatten(data: unknown, path: (string | number)[] = []): RuleField[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => flatten(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => flatten(v, [...path, k]));
  return [{ path, kind: kindOf(path, data), value: data }];
}

/** The field as shown in a table. */
export function display(f: RuleField): string {
  const n = Number(f.value);
  switch (f.kind) {
    case 'points':
      return formatPointsE4(n);
    case 'euro':
      return formatMoneyCents(n);
    case 'percent':
      return `${formatNumber(n / 100, 2)} %`;
    case 'number':
      return formatNumber(n, 4);
    default:
      return String(f.value);
  }
}

/** The field as the text of an input. */
export function toInput(f: RuleField): string {
  const n = Number(f.value);
  switch (f.kind) {
    case 'points':
      return formatPointsE4(n);
    case 'euro':
      return formatNumber(n / 100, 2);
    case 'percent':
      return formatNumber(n / 100, 2);
    case 'number':
      return String(n);
    default:
      return String(f.value);
  }
}

/** What was typed back into the stored value, or null when it is not valid. */
export function fromInput(kind: FieldKind, text: string): unknown {
  if (kind === 'text') return text.trim() || null;
  const points = pointsInput(text);
  if (points === null) return null;
  const [whole = '0', frac = ''] = points.split('.');
  const e4 = Number(whole) * 10_000 + Number(frac.padEnd(4, '0'));
  const e2 = Math.round(e4 / 100);
  if (kind === 'points') return e4;
  if (kind === 'euro' || kind === 'percent') return e2;
  return Number(points);
}

/** The data with every field replaced by `values` (same order as flatten()). */
export function unflatten(template: unknown, values: unknown[]): unknown {
  let i = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return values[i++];
  };
  return walk(template);
}
