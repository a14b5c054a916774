/**
 * A zip (XLSX) directory reader that decides before inflating: it reads the central directory
 * (entry count, declared uncompressed sizes) and refuses a workbook over the caps without
 * unpacking a byte. Entries are then inflated as streams that count the bytes they produce, so a
 * directory that lies about its sizes is stopped at the declared size too.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { FILE_LIMITS, FileLimitError, UnreadableFileError } from './limits.ts';
import { msg } from './messages.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The central directory of a zip file, checked against the caps; throws before any inflating. */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const dv = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableFileError('xlsx', 'no zip directory');
  const count = dv.getUint16(eocd + 10, true);
  const dirSize = dv.getUint32(eocd + 12, true);
  const dirOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new UnreadableFileError('xlsx', 'zip64');
  if (count > FILE_LIMITS.zipEntries) throw new FileLimitError('zipEntries');
  if (dirOffset + dirSize > bytes.length) throw new UnreadableFileError('xlsx', 'broken zip directory');
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL)
      throw new UnreadableFileError('xlsx', 'broken zip directory');
    const nameLength = dv.getUint16(p + 28, true);
    const entry: ZipEntry = {
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
      name: Buffer.from(bytes.buffer, bytes.byteOffset + p + 46, nameLength).toString('utf8'),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new UnreadableFileError('xlsx', 'zip64');
    if (entry.size > FILE_LIMITS.entryBytes) throw new FileLimitError('entryBytes', { nl: entry.name, en: entry.name });
    total += entry.size;
    if (total > FILE_LIMITS.inflatedBytes) throw new FileLimitError('inflatedBytes');
    entries.set(entry.name, entry);
    p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return entries;
}

/**
 * The inflated content of one entry as a stream of Buffers, produced lazily (with back-pressure)
 * and stopped with `entryBytes` as soon as it passes its declared size or the cap.
 */
export function entryStream(bytes: Uint8Array, entry: ZipEntry): Readable {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== LOCAL)
    throw new UnreadableFileError('xlsx', 'broken zip entry');
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new UnreadableFileError('xlsx', 'broken zip entry');
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  const cap = entry.size; // at most FILE_LIMITS.entryBytes: checked by zipDirectory
  if (entry.method === 0) return Readable.from([data.subarray(0, cap)]);
  if (entry.method !== 8) throw new UnreadableFileError('xlsx', `zip method ${entry.method}`);
  async function* inflate() {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.end(data);
    let produced = 0;
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        produced += chunk.length;
        if (produced > cap)
          throw new UnreadableFileError('xlsx', msg('larger_than_zip_directory', { name: entry.name }));
        yield chunk;
      }
    } catch (e) {
      if (e instanceof UnreadableFileError) throw e;
      throw new UnreadableFileError('xlsx', 'broken zip data');
    } finally {
      inflater.destroy();
    }
  }
  return Readable.from(inflate(), { objectMode: false });
}
