/**
 * Turning the bytes of an uploaded text file into text: encoding detection (UTF-8 with or without
 * BOM, else Windows-1252), refusal of binary files, and delimiter detection on the header line.
 */
import { FILE_LIMITS, FileLimitError } from './limits.ts';
import { fileMessage as financeError, type FileError, type FileMessage as FinanceError } from './errors.ts';
import { msg } from './messages.ts';

/** The encodings we recognise. */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Decoded text, or the reason the bytes are not a text file. */
export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; error: FinanceError };

const SAMPLE_BYTES = 64 * 1024;

const binaryError = financeError('binary_file', msg('binary_file'));

/** True when the sample holds NUL bytes or is mostly control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return end > 0 && control / end > 0.1;
}

// Bytes 0x80-0x9f of Windows-1252 (€, ‚, ƒ, „ … œ, ž, Ÿ); undefined bytes keep their value.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 decoding. Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 becomes
 * U+0080 instead of €), so the 0x80-0x9f range is mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Decodes an uploaded file: strict UTF-8 first (a BOM is dropped), otherwise Windows-1252.
 * Refuses binary content (NUL bytes, or more than 10% control characters) with `binary_file`, and
 * UTF-16 (Excel's "Unicode text") with `unsupported_encoding`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      error: financeError('unsupported_encoding', msg('unsupported_encoding')),
    };
  }
  if (looksBinary(bytes)) return { ok: false, error: binaryError };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: 'utf-8', bom };
  } catch {
    const mixed = mixedEncodingLine(body);
    if (mixed) {
      return {
        ok: false,
        error: financeError('mixed_encoding', msg('mixed_encoding', { mixed })),
      };
    }
    return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252', bom: false };
  }
}

/**
 * When bytes are not valid UTF-8 but do hold well-formed UTF-8 multi-byte characters, the file
 * mixes encodings (lines pasted from two sources): answers the 1-based line of the first invalid
 * byte, else null (a plain Windows-1252 file).
 */
function mixedEncodingLine(bytes: Uint8Array): number | null {
  let wellFormed = 0;
  let firstBad = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      wellFormed++;
      i += need;
    } else if (firstBad < 0) firstBad = i;
  }
  if (wellFormed === 0 || firstBad < 0) return null;
  let line = 1;
  for (let i = 0; i < firstBad; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** A field delimiter we accept. */
export type Delimiter = ';' | ',' | '\t';

/**
 * Picks the delimiter of the first non-empty line by counting `;`, `,` and tab outside double
 * quotes. Ties and lines without any delimiter give `;` (the Belgian Excel default).
 */
export function detectDelimiter(text: string): Delimiter {
  let start = 0;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** One CSV record with the 1-based line on which it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Splits CSV text into records (RFC 4180: a quoted cell may hold delimiters, line breaks and
 * doubled quotes; a quote inside an unquoted cell is literal). Blank lines and lines whose cells
 * are all empty or blank are skipped. An unclosed quote gives `malformed_csv` naming the line it opens on.
 *
 * Hand-written rather than csv-parse: csv-parse/sync needs 1-2.5 s for a 200,000-line ledger on our
 * machines, this loop about a tenth of that. The unit tests check it against csv-parse on random
 * files (same records, same options as `relax_quotes`, `relax_column_count`,
 * `skip_records_with_empty_values`).
 */
export function readCsvRecords(text: string, delimiter: Delimiter): { records: CsvRecord[]; error?: FileError } {
  const records: CsvRecord[] = [];
  for (const r of csvRecords(text, delimiter)) {
    if ('error' in r) return { records: [], error: r.error };
    records.push(r);
  }
  return { records };
}

/**
 * The records of {@link readCsvRecords} one at a time, so a caller can stop early (a row cap) and
 * keep no more than it needs; an unclosed quote ends the sequence with `{ error }`. Throws
 * FileLimitError past the caps on rows, columns and cell length.
 */
export function* csvRecords(text: string, delimiter: Delimiter): Generator<CsvRecord | { error: FileError }> {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let line = 1;
  let i = 0;
  let count = 0;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let allEmpty = true;
    // One record: cells until an unquoted line break or the end of the text.
    for (;;) {
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            yield {
              error: {
                code: 'malformed_csv',
                line: openLine,
                column: '',
                ...msg('malformed_csv', { openLine }),
              },
            };
            return;
          }
          const chunk = text.slice(from, q);
          line += countBreaks(chunk);
          value += chunk;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Anything between the closing quote and the delimiter is kept literally.
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
          j++;
        }
        cell = value + text.slice(i, j);
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      if (cell.length > FILE_LIMITS.cellChars) throw new FileLimitError('cellChars', msg('line', { startLine }));
      if (cells.push(cell) > FILE_LIMITS.columns) throw new FileLimitError('columns', msg('line', { startLine }));
      if (allEmpty && cell.trim() !== '') allEmpty = false;
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      break;
    }
    // End of record: consume one line break (\r\n, \n or \r).
    if (i < n) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else i++;
      line++;
    }
    if (allEmpty) continue;
    if (++count > FILE_LIMITS.rows) throw new FileLimitError('rows');
    yield { line: startLine, cells };
  }
}

function countBreaks(chunk: string): number {
  let count = 0;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk.charCodeAt(k);
    if (c === LF) count++;
    else if (c === CR && chunk.charCodeAt(k + 1) !== LF) count++;
  }
  return count;
}
