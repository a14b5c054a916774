/**
 * Which column of an uploaded table holds which field: header names recognised by their synonyms
 * (compared without case, spaces, punctuation or accents), overridden by a mapping the user chose
 * (column → field, or `ignore`). Shared by every import with a mapping step (ledger, payroll).
 */
import type { Message } from '../messages.ts';
import type { FileError } from './errors.ts';
import { msg } from './messages.ts';

/** A user's choice for one header of the file: a field, or `ignore`. */
export type HeaderChoice<F extends string> = F | 'ignore';

/** Lower case, accents removed, everything but letters and digits dropped: "Kost Plaats (code)" → "kostplaatscode". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** A recogniser from the header names each field is known by. */
export function headerRecognizer<F extends string>(
  names: Record<F, readonly string[]>,
): (header: string) => F | undefined {
  const synonyms = new Map<string, F>();
  for (const [field, list] of Object.entries(names) as [F, readonly string[]][]) {
    for (const name of list) synonyms.set(normalizeHeader(name), field);
  }
  return (header) => synonyms.get(normalizeHeader(header));
}

/** How the columns of a file map to fields. */
export interface ColumnPlan<F extends string> {
  /** Column index per field found. */
  columns: Partial<Record<F, number>>;
  /** Headers (as in the file) that are neither recognised nor mapped. */
  unknownHeaders: string[];
  /** Problems with the header line (a field in two columns); line 1. */
  errors: FileError[];
}

/**
 * Decides which column holds which field. A mapping entry (keyed by the header exactly as in the
 * file, or by its normalised form) wins over recognition; two columns for one field is an error
 * naming both. Which fields are required is the caller's rule.
 */
export function planColumns<F extends string>(
  headers: readonly string[],
  opts: {
    mapping?: Readonly<Record<string, HeaderChoice<F>>>;
    recognize: (header: string) => F | undefined;
    labels: Record<F, Message>;
  },
): ColumnPlan<F> {
  const mapping = opts.mapping ?? {};
  const normalisedMapping = new Map<string, HeaderChoice<F>>();
  for (const [key, choice] of Object.entries(mapping)) normalisedMapping.set(normalizeHeader(key), choice);
  const columns: Partial<Record<F, number>> = {};
  const unknownHeaders: string[] = [];
  const errors: FileError[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const choice =
      mapping[header] ?? mapping[raw] ?? normalisedMapping.get(normalizeHeader(header)) ?? opts.recognize(header);
    if (choice === undefined) {
      if (header !== '') unknownHeaders.push(header);
      return;
    }
    if (choice === 'ignore') return;
    const earlier = columns[choice];
    if (earlier !== undefined) {
      const label = opts.labels[choice];
      errors.push({
        code: 'duplicate_column',
        line: 1,
        column: header,
        ...msg('duplicate_column', { earlier: headers[earlier]?.trim() ?? '', header, label }),
      });
      return;
    }
    columns[choice] = index;
  });
  return { columns, unknownHeaders, errors };
}
