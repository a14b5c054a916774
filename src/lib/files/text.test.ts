import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, readCsvRecords, type Delimiter } from './text.ts';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Rekening;Omschrijving\n604;Één');
    expect(decodeText(utf8)).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      bom: false,
      text: 'Rekening;Omschrijving\n604;Één',
    });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(bom)).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      bom: true,
      text: 'Rekening;Omschrijving\n604;Één',
    });
    const cp1252 = Uint8Array.from([0x80, 0x20, 0x31, 0x32, 0x3b, 0xe9, 0x9c]); // "€ 12;éœ"
    expect(decodeText(cp1252)).toMatchObject({ ok: true, encoding: 'windows-1252', text: '€ 12;éœ' });
  });

  it('refuses binary files and UTF-16', () => {
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatchObject({
      ok: false,
      error: { code: 'binary_file' },
    });
    const controls = Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65));
    expect(decodeText(controls)).toMatchObject({ ok: false, error: { code: 'binary_file' } });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({
      ok: false,
      error: { code: 'unsupported_encoding' },
    });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a;b;c\n1,2;3,4;5', ';'],
    ['"a;x";b,c,d\n1;2', ','],
    ['\n\na\tb\tc', '\t'],
    ['single', ';'],
  ])('counts delimiters on the header line outside quotes: %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsvRecords', () => {
  it('keeps the starting line of records with line breaks in quotes and skips blank lines', () => {
    const { records } = readCsvRecords('h1;h2\r\n\r\n1;"a\r\nb"\n;;\n2;"say ""hi"""\r3;x"y', ';');
    expect(records).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 3, cells: ['1', 'a\r\nb'] },
      { line: 6, cells: ['2', 'say "hi"'] },
      { line: 7, cells: ['3', 'x"y'] },
    ]);
  });

  it('reports an unclosed quote with the line it opens on', () => {
    expect(readCsvRecords('a;b\n1;"open\n2;3\n', ';').error).toMatchObject({ code: 'malformed_csv', line: 2 });
  });

  it('gives the same records as csv-parse on random well-formed files', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z0-9 ,.;€é-]{0,8}$/),
      fc.constantFrom('', '"', 'a"b', '\n', 'x\r\ny', ';', ','),
    );
    const delimiterArb = fc.constantFrom<Delimiter>(';', ',', '\t');
    fc.assert(
      fc.property(
        delimiterArb,
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        (delimiter, rows, eol) => {
          const quote = (c: string) =>
            /[";,\t\r\n]/.test(c) || c.startsWith(' ') ? `"${c.replaceAll('"', '""')}"` : c;
          const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol);
          const expected = parse(text, {
            delimiter,
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: true,
            skip_records_with_empty_values: true,
          }) as string[][];
          expect(readCsvRecords(text, delimiter).records.map((r) => r.cells)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('mixed encodings', () => {
  it('refuses a file that mixes UTF-8 and Windows-1252 lines, naming the first bad line', () => {
    const utf8 = new TextEncoder().encode('a;één\n');
    const cp1252 = new Uint8Array([0x62, 0x3b, 0xe9, 0xe9, 0x6e, 0x0a]); // "b;één" in Windows-1252
    const bytes = new Uint8Array([...utf8, ...cp1252]);
    const decoded = decodeText(bytes);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe('mixed_encoding');
      expect(decoded.error.nl).toContain('lijn 2');
    }
    expect(decodeText(cp1252)).toMatchObject({ ok: true, encoding: 'windows-1252', text: 'b;één\n' });
  });
});
