/**
 * Recognising the columns of a ledger export: Dutch and English header names, compared without
 * case, spaces, punctuation or accents, and overridable by a mapping the user chose.
 */
import type { FileError } from './errors.ts';
import { msg } from '../messages.ts';

/** The fields a ledger line can have. */
export const LEDGER_FIELDS = [
  'account',
  'description',
  'debit',
  'credit',
  'amount',
  'costCentre',
  'date',
  'journal',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** A user's choice for one header of the file: a field, or `ignore`. */
export type HeaderChoice = LedgerField | 'ignore';

/** Header names we recognise, already normalised by {@link normalizeHeader}. */
const SYNONYMS: Record<string, LedgerField> = {};
const NAMES: Record<LedgerField, string[]> = {
  account: ['rekening', 'account', 'rekeningnummer', 'rekeningnr', 'accountnumber', 'accountcode', 'grootboekrekening'],
  description: ['omschrijving', 'description', 'label', 'rekeningnaam', 'accountname', 'naam', 'name'],
  debit: ['debet', 'debit'],
  credit: ['credit'],
  amount: ['bedrag', 'amount', 'saldo', 'balance'],
  costCentre: [
    'kostenplaats',
    'costcentre',
    'costcenter',
    'kostenplaatscode',
    'kostenplaats_code',
    'analytisch',
    'analytic',
  ],
  date: ['datum', 'date', 'boekdatum', 'bookingdate', 'postingdate'],
  journal: ['dagboek', 'journal'],
};
for (const [field, names] of Object.entries(NAMES) as [LedgerField, string[]][]) {
  for (const name of names) SYNONYMS[normalizeHeader(name)] = field;
}

/** Lower case, accents removed, everything but letters and digits dropped: "Kost Plaats (code)" → "kostplaatscode". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The field a header stands for by its name alone, if we know it. */
export function recognizeHeader(header: string): LedgerField | undefined {
  return SYNONYMS[normalizeHeader(header)];
}

/** How the columns of a file map to fields. */
export interface ColumnPlan {
  /** Column index per field found. */
  columns: Partial<Record<LedgerField, number>>;
  /** Headers (as in the file) that are neither recognised nor mapped. */
  unknownHeaders: string[];
  /** Problems with the header line (missing or doubled columns); line 1. */
  errors: FileError[];
}

const LABELS: Record<LedgerField, { nl: string; en: string }> = {
  account: msg('account'),
  description: msg('description'),
  debit: msg('debit'),
  credit: msg('credit'),
  amount: msg('amount'),
  costCentre: msg('cost_centre'),
  date: msg('date'),
  journal: msg('journal'),
};

/**
 * Decides which column holds which field. A mapping entry (keyed by the header exactly as in the
 * file, or by its normalised form) wins over recognition. Requires an account column and either an
 * amount column or both debit and credit columns.
 */
export function planColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, HeaderChoice>> = {},
): ColumnPlan {
  const normalisedMapping = new Map<string, HeaderChoice>();
  for (const [key, choice] of Object.entries(mapping)) normalisedMapping.set(normalizeHeader(key), choice);
  const columns: Partial<Record<LedgerField, number>> = {};
  const unknownHeaders: string[] = [];
  const errors: FileError[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const choice =
      mapping[header] ?? mapping[raw] ?? normalisedMapping.get(normalizeHeader(header)) ?? recognizeHeader(header);
    if (choice === undefined) {
      if (header !== '') unknownHeaders.push(header);
      return;
    }
    if (choice === 'ignore') return;
    const earlier = columns[choice];
    if (earlier !== undefined) {
      errors.push({
        code: 'duplicate_column',
        line: 1,
        column: header,
        ...msg('duplicate_column', { earlier: headers[earlier]?.trim() ?? '', header, label: LABELS[choice] }),
      });
      return;
    }
    columns[choice] = index;
  });
  if (columns.account === undefined) {
    errors.push({
      code: 'missing_column',
      line: 1,
      column: '',
      ...msg('missing_column'),
    });
  }
  const hasPair = columns.debit !== undefined && columns.credit !== undefined;
  if (columns.amount === undefined && !hasPair) {
    errors.push({
      code: 'missing_column',
      line: 1,
      column: '',
      ...msg('missing_column_there_amount'),
    });
  }
  return { columns, unknownHeaders, errors };
}
