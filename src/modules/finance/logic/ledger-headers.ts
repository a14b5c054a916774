/**
 * Recognising the columns of a ledger export: Dutch and English header names, compared without
 * case, spaces, punctuation or accents, and overridable by a mapping the user chose.
 */
import {
  type ColumnPlan as SharedPlan,
  type HeaderChoice as SharedChoice,
  headerRecognizer,
  normalizeHeader,
  planColumns as planShared,
} from '../../../lib/files/columns.ts';
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
export type HeaderChoice = SharedChoice<LedgerField>;

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

export { normalizeHeader };

/** The field a header stands for by its name alone, if we know it. */
export const recognizeHeader: (header: string) => LedgerField | undefined = headerRecognizer(NAMES);

/** How the columns of a file map to fields. */
export type ColumnPlan = SharedPlan<LedgerField>;

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
 * Decides which column holds which field (the shared planner of src/lib/files/columns.ts).
 * Requires an account column and either an amount column or both debit and credit columns.
 */
export function planColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, HeaderChoice>> = {},
): ColumnPlan {
  const { columns, unknownHeaders, errors } = planShared(headers, {
    mapping,
    recognize: recognizeHeader,
    labels: LABELS,
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
