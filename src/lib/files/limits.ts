/**
 * The caps of the shared file layer. Every uploaded file is read within them; going over one
 * answers 400 with the limit named (never a stalled or exhausted server).
 */
import { DomainError } from '../errors.ts';
import { type Message, same } from '../messages.ts';
import type { FileMessage } from './errors.ts';
import { msg } from './messages.ts';

export const FILE_LIMITS = {
  /** Bytes of one upload (checked before it is read). */
  uploadBytes: 50 * 1024 * 1024,
  /** Entries in an XLSX (zip) directory; a workbook has a few dozen. */
  zipEntries: 2000,
  /** Inflated bytes of one part of a workbook (a sheet, the shared strings). */
  entryBytes: 100 * 1024 * 1024,
  /** Inflated bytes of the whole workbook, summed over its directory. */
  inflatedBytes: 150 * 1024 * 1024,
  /** Rows (lines) of one sheet or CSV file. */
  rows: 300_000,
  /** Columns of one row. */
  columns: 200,
  /** Characters in one cell (Excel's own maximum). */
  cellChars: 32_767,
} as const;

export type FileLimit = keyof typeof FILE_LIMITS;

const NAMES: Record<FileLimit, Message> = {
  uploadBytes: msg('per_file'),
  zipEntries: msg('parts_xlsx_file'),
  entryBytes: msg('unpacked_per_sheet'),
  inflatedBytes: msg('unpacked_per_xlsx_file'),
  rows: msg('rows'),
  columns: msg('columns_per_row'),
  cellChars: msg('characters_per_cell'),
};

const nlNumber = (n: number) => n.toLocaleString('nl-BE');
const enNumber = (n: number) => n.toLocaleString('en-GB');
/** Byte limits read as "100 MB"; the others as a number. */
const amount = (n: number, limit: FileLimit, format: (n: number) => string) =>
  limit.endsWith('Bytes') ? `${format(n / 1024 / 1024)} MB` : format(n);

/** A cap was exceeded: a {@link DomainError} naming the limit and its value (400 on `file`). */
export class FileLimitError extends DomainError implements FileMessage {
  declare readonly code: 'file_limit';
  constructor(
    readonly limit: FileLimit,
    where?: Message,
  ) {
    const max = FILE_LIMITS[limit];
    const params = { max: { nl: amount(max, limit, nlNumber), en: amount(max, limit, enNumber) }, what: NAMES[limit] };
    super('file_limit', where ? msg('limit_exceeded_at', { ...params, where }) : msg('limit_exceeded', params), {
      details: { limit, max },
    });
  }
  get max(): number {
    return FILE_LIMITS[this.limit];
  }
}

/** The file cannot be read at all (not a workbook, a broken zip): a {@link DomainError}, 400 on `file`. */
export class UnreadableFileError extends DomainError implements FileMessage {
  declare readonly code: 'unreadable_file';
  /** `reason`: why, in a few words; `message`: the whole message instead (a CSV decoding problem). */
  constructor(kind: 'xlsx' | 'csv', reason?: string | Message, message?: Message) {
    const why = typeof reason === 'string' ? same(reason) : reason;
    super('unreadable_file', message ?? (why ? msg(`unreadable_${kind}_why`, { why }) : msg(`unreadable_${kind}`)));
  }
}

/**
 * `file_too_large` when a file is bigger than `maxBytes`, else null. The command line calls it
 * before reading a file (an upload is checked by `uploadBytes`).
 */
export function checkFileSize(byteLength: number, maxBytes: number = FILE_LIMITS.uploadBytes): FileMessage | null {
  if (byteLength <= maxBytes) return null;
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return { code: 'file_too_large', ...msg('file_too_large', { byteLength: mb(byteLength), maxBytes: mb(maxBytes) }) };
}
