/**
 * Builders of hostile files for the tests and the benchmark (no binary fixtures): a minimal XLSX
 * whose sheet is given as repeated XML, deflated as a stream, and CSV bombs.
 */
import { createDeflateRaw, crc32 } from 'node:zlib';

interface Part {
  name: string;
  data: Buffer;
  size: number;
  crc: number;
}

async function deflated(name: string, chunks: Iterable<string>): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const text of chunks) {
    const b = Buffer.from(text, 'utf8');
    size += b.length;
    crc = crc32(b, crc);
    if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { name, data: Buffer.concat(out), size, crc };
}

/**
 * Writes the fields that a zip entry's local header and its central directory record share, in the same
 * order: from "version needed" (at `at`) to the name's length. The central record has one field more
 * before them ("version made by"), so the same fields stand two bytes further.
 */
function writeEntryFields(header: Buffer, at: number, p: Part, declared: number, nameLength: number): void {
  header.writeUInt16LE(20, at); // version needed: 2.0
  header.writeUInt16LE(8, at + 4); // method: deflate
  header.writeUInt32LE(p.crc >>> 0, at + 10);
  header.writeUInt32LE(p.data.length, at + 14);
  header.writeUInt32LE(declared, at + 18); // the uncompressed size, as declared (a bomb lies here)
  header.writeUInt16LE(nameLength, at + 22);
}

function zip(parts: Part[], declare: (p: Part) => number): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, p, declare(p), name.length);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // version made by
    writeEntryFields(dir, 6, p, declare(p), name.length);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    central.push(dir, name);
    offset += local.length + name.length + p.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dirBytes, end]));
}

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';

/**
 * An XLSX whose sheet is `head`, then `repeat` written `times` times, then the tail. `lie`
 * declares a tiny uncompressed size in the zip directory (a bomb that hides its size).
 */
export async function xlsxWithSheet(opts: {
  head?: string;
  repeat: string;
  times: number;
  lie?: boolean;
}): Promise<Uint8Array> {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    (opts.head ?? '');
  const block = opts.repeat.repeat(Math.max(1, Math.floor(65536 / opts.repeat.length)));
  const perBlock = Math.max(1, Math.floor(65536 / opts.repeat.length));
  function* sheet() {
    yield head;
    let left = opts.times;
    while (left >= perBlock) {
      yield block;
      left -= perBlock;
    }
    if (left > 0) yield opts.repeat.repeat(left);
    yield '</sheetData></worksheet>';
  }
  const parts = [
    await deflated('[Content_Types].xml', [TYPES]),
    await deflated('xl/workbook.xml', [WORKBOOK]),
    await deflated('xl/_rels/workbook.xml.rels', [RELS]),
    await deflated('xl/worksheets/sheet1.xml', sheet()),
  ];
  return zip(parts, (p) => (opts.lie && p.name.includes('sheet1') ? 1024 : p.size));
}

/** The 160 MB decompression bomb of issue 10: empty rows in a zip of a few hundred KB. */
export function xlsxBomb(opts: { lie?: boolean; megabytes?: number } = {}): Promise<Uint8Array> {
  const repeat = '<row><c><v>1</v></c></row>';
  return xlsxWithSheet({
    repeat,
    times: Math.floor(((opts.megabytes ?? 160) * 1024 * 1024) / repeat.length),
    lie: opts.lie,
  });
}
