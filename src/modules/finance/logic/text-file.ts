/** Text decoding and CSV records moved to the shared file layer; re-exported for the finance logic. */
export { decodeText, decodeWindows1252, detectDelimiter, readCsvRecords, csvRecords } from '../../../lib/files/text.ts';
export type { CsvRecord, DecodedText, Delimiter, TextEncodingName } from '../../../lib/files/text.ts';
