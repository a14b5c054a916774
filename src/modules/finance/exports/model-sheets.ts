/**
 * The layout of the cost-model workbook (sheet names, headers) and its vocabulary (kind, unit,
 * driver) in Dutch and English, shared by the template writer and the reader.
 */
import type { DRIVERS, UNITS } from '../schema.ts';
import { type Label, type Lang, UNIT_LABELS } from '../../../lib/exports/format.ts';
import { msg } from '../messages.ts';

export type Kind = 'main' | 'auxiliary';
export type Unit = (typeof UNITS)[number];
export type Driver = (typeof DRIVERS)[number];

/** Lowercase, without accents, `²` as `2`, `_`/`-`/spaces collapsed, `(€)` and dots dropped. */
export function normalize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/²/g, '2')
    .toLowerCase()
    .replace(/\(€\)|€|\./g, ' ')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** The written value of each kind, unit and driver per language (the first is written). */
export const KIND_WORDS: Record<Kind, Label> = {
  main: msg('main'),
  auxiliary: msg('auxiliary'),
};
export const UNIT_WORDS: Record<Unit, Label> = UNIT_LABELS;
export const DRIVER_WORDS: Record<Driver, Label> = {
  fte: msg('fte'),
  m2: msg('m2'),
  meals: msg('meals'),
  hours: msg('hours'),
  clients: msg('clients'),
  custom: msg('custom'),
};

/** Extra spellings accepted on reading, besides both languages' words and the codes. */
const EXTRA: Record<string, string> = {
  hoofdkostenplaats: 'main',
  hulpkostenplaats: 'auxiliary',
  aux: 'auxiliary',
  hoofd: 'main',
  hulp: 'auxiliary',
  dagen: 'day',
  nachten: 'night',
  sessies: 'session',
  clientjaren: 'client_year',
  'client year': 'client_year',
  etp: 'fte',
  m2: 'm2',
  'vierkante meter': 'm2',
  maaltijd: 'meals',
  uur: 'hours',
  client: 'clients',
  clienten: 'clients',
  andere: 'custom',
};

/** Reads a word of a vocabulary in Dutch, English or as the code; undefined when unknown. */
export function lookup<T extends string>(words: Record<T, Label>, value: string): T | undefined {
  const n = normalize(value);
  for (const [code, label] of Object.entries(words) as [T, Label][]) {
    if (normalize(code) === n || normalize(label.nl) === n || normalize(label.en) === n) return code;
  }
  const extra = EXTRA[n];
  return extra !== undefined && extra in words ? (extra as T) : undefined;
}

/** The allowed words of a vocabulary in a language, for lists and instructions. */
export function allowed(words: Record<string, Label>, lang: Lang): string[] {
  return Object.values(words).map((w) => w[lang]);
}

/** Sheet names; on reading either language is accepted. */
export const SHEET_NAMES = {
  centres: msg('cost_centres'),
  keys: msg('allocation_keys'),
  rules: msg('rules'),
  assignments: msg('assignment'),
  accounts: msg('accounts'),
  help: msg('instructions'),
} as const satisfies Record<string, Label>;

/** A column of a model sheet: field, headers written, and further headers accepted on reading. */
export interface ModelColumn<F extends string = string> {
  field: F;
  header: Label;
  aliases?: string[];
  required: boolean;
  width: number;
}

const col = <F extends string>(
  field: F,
  nl: string,
  en: string,
  required: boolean,
  width: number,
  aliases: string[] = [],
): ModelColumn<F> => ({ field, header: { nl, en }, required, width, aliases });

export const CENTRE_COLUMNS = [
  col('code', 'code', 'code', true, 12),
  col('name', 'naam', 'name', true, 32),
  col('kind', 'soort', 'kind', true, 10, ['type']),
  col('unit', 'eenheid', 'unit', false, 12),
  col('volume', 'volume', 'volume', false, 12),
  col('price', 'prijs per eenheid (€)', 'price per unit (€)', false, 18, ['prijs', 'price']),
];
export const KEY_COLUMNS = [
  col('code', 'code', 'code', true, 12),
  col('name', 'naam', 'name', true, 28),
  col('driver', 'drijver', 'driver', true, 12),
];
export const RULE_COLUMNS = [
  col('from', 'hulpkostenplaats', 'auxiliary centre', true, 20, ['auxiliary center', 'van', 'from']),
  col('key', 'sleutel', 'key', true, 16, ['verdeelsleutel', 'allocation key']),
  col('order', 'volgorde', 'order', false, 12, ['step', 'stap']),
];
export const ASSIGNMENT_COLUMNS = [
  col('account', 'rekening of prefix', 'account or prefix', true, 18, ['rekening', 'account', 'prefix']),
  col('accountName', 'naam rekening (info)', 'account name (info)', false, 46, ['naam rekening', 'account name']),
  col('centre', 'kostenplaats', 'cost centre', true, 16, ['cost center', 'centre', 'center']),
];

/** Finds the 1-based column of each field from a header row; unknown headers are left to the caller. */
export function mapHeaders<F extends string>(
  header: readonly unknown[],
  columns: readonly ModelColumn<F>[],
): Map<F, number> {
  const found = new Map<F, number>();
  header.forEach((h, i) => {
    if (typeof h !== 'string' && typeof h !== 'number') return;
    const n = normalize(String(h));
    const c = columns.find((c) => [c.header.nl, c.header.en, ...(c.aliases ?? [])].some((a) => normalize(a) === n));
    if (c && !found.has(c.field)) found.set(c.field, i + 1);
  });
  return found;
}

/** Spreadsheet column letters of a 1-based column number (1 → A, 28 → AB). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
