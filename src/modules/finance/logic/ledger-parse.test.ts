import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCentsBe } from '../../../lib/files/cells.ts';
import { MAX_REPORTED_ERRORS, parseLedger, parseLedgerRows } from './ledger-parse.ts';
import { checkBalance, totalsByAccount } from './ledger-totals.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (r: { errors: { code: string; line: number; column: string }[] }) =>
  r.errors.map((e) => [e.code, e.line, e.column]);

describe('parseLedger: a Belgian export with debit and credit', () => {
  const csv = [
    'Datum;Dagboek;Rekening;Omschrijving;Debet;Credit;Kostenplaats',
    '31/01/2024;AAK;604000;"Voeding; januari";1.234,56;;KEUKEN',
    '31/01/2024;VKP;700000;Dagprijs januari;;1.234,56;DAG',
    '',
    '15/02/2024;DIV;620000;Lonen;2.000,00;0,00;',
  ].join('\r\n');

  it('reads lines with signed cents (debit +, credit −), dates, journal and cost centre', () => {
    const r = parseLedger(utf8(csv));
    expect(r.errors).toEqual([]);
    expect(r.delimiter).toBe(';');
    expect(r.encoding).toBe('utf-8');
    expect(r.headers).toEqual(['Datum', 'Dagboek', 'Rekening', 'Omschrijving', 'Debet', 'Credit', 'Kostenplaats']);
    expect(r.unknownHeaders).toEqual([]);
    expect(r.lines).toEqual([
      {
        line: 2,
        account: '604000',
        description: 'Voeding; januari',
        amountCents: 123456,
        costCentre: 'KEUKEN',
        date: '2024-01-31',
        journal: 'AAK',
      },
      {
        line: 3,
        account: '700000',
        description: 'Dagprijs januari',
        amountCents: -123456,
        costCentre: 'DAG',
        date: '2024-01-31',
        journal: 'VKP',
      },
      { line: 5, account: '620000', description: 'Lonen', amountCents: 200000, date: '2024-02-15', journal: 'DIV' },
    ]);
    expect(r.totals).toEqual({ debitCents: 323456, creditCents: 123456 });
  });

  it('reads the same file with a BOM, and in Windows-1252 with accents in the headers', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(csv)]);
    expect(parseLedger(bom).lines).toHaveLength(3);
    const latin = Uint8Array.from([
      ...utf8('Rekening;B'),
      0xe9,
      ...utf8('drag;K'),
      0xf4,
      ...utf8('stplaats code\n604;12,50;K1\n'),
    ]);
    const r = parseLedger(latin);
    expect(r.encoding).toBe('windows-1252');
    expect(r.headers).toEqual(['Rekening', 'Bédrag', 'Kôstplaats code']);
    expect(r.lines).toEqual([{ line: 2, account: '604', description: '', amountCents: 1250 }]);
    expect(r.unknownHeaders).toEqual(['Kôstplaats code']);
  });
});

describe('parseLedger: English export with a signed amount', () => {
  it('recognises headers without regard to case, spaces and accents, and reads comma-separated files', () => {
    const r = parseLedger(
      utf8(
        'ACCOUNT,Label,Amount,Cost Center,Booking date,Journal,Extra\n612000,Energy,"1,234.56",ADMIN,2024-03-01,PUR,x\n733000,Subsidy,"-50,000.00",,2024-03-02,MISC,y\n',
      ),
    );
    expect(r.delimiter).toBe(',');
    expect(r.unknownHeaders).toEqual(['Extra']);
    expect(r.lines.map((l) => [l.account, l.amountCents, l.costCentre, l.date, l.journal])).toEqual([
      ['612000', 123456, 'ADMIN', '2024-03-01', 'PUR'],
      ['733000', -5000000, undefined, '2024-03-02', 'MISC'],
    ]);
  });

  it('a mapping names unknown headers or ignores them', () => {
    const r = parseLedger(utf8('Grootboek;Tekst;Waarde;Boekingsdatum;Notitie\n604;Brood;10,00;01/01/2024;n\n'), {
      mapping: {
        Grootboek: 'account',
        Tekst: 'description',
        Waarde: 'amount',
        Boekingsdatum: 'date',
        Notitie: 'ignore',
      },
    });
    expect(r.errors).toEqual([]);
    expect(r.unknownHeaders).toEqual([]);
    expect(r.lines).toEqual([{ line: 2, account: '604', description: 'Brood', amountCents: 1000, date: '2024-01-01' }]);
  });

  it('with debit, credit and a balance column the pair wins; the balance only fills lines without debit and credit', () => {
    const r = parseLedger(utf8('Rekening;Debet;Credit;Saldo\n604;10,00;;999\n605;;;-3,00\n606;1,00;2,00;5\n'));
    expect(r.lines.map((l) => l.amountCents)).toEqual([1000, -300]);
    expect(codes(r)).toEqual([['debit_and_credit', 4, 'Credit']]);
    expect(r.errors[0]?.nl).toContain('proefbalans');
  });

  it('a mapping overrides recognition: a trial balance read by its balance column', () => {
    const r = parseLedger(utf8('Rekening;Debet;Credit;Saldo\n604;10,00;4,00;6,00\n'), {
      mapping: { Debet: 'ignore', credit: 'ignore' },
    });
    expect(r.errors).toEqual([]);
    expect(r.lines[0]?.amountCents).toBe(600);
  });
});

describe('parseLedger: bad input', () => {
  it('refuses an empty file, a file of only blank lines, and a file with only the header', () => {
    expect(codes(parseLedger(utf8('')))).toEqual([['empty_file', 0, '']]);
    expect(codes(parseLedger(utf8('\r\n  \n')))).toEqual([['empty_file', 0, '']]);
    expect(codes(parseLedger(utf8('Rekening;Bedrag\r\n')))).toEqual([['no_lines', 1, '']]);
  });

  it('refuses a binary file renamed .csv', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(codes(parseLedger(xlsx))).toEqual([['binary_file', 0, '']]);
  });

  it('names the missing columns and lists unknown headers for the mapping step', () => {
    const r = parseLedger(utf8('Konto;Betrag\n604;1\n'));
    expect(r.errors.map((e) => e.code)).toEqual(['missing_column', 'missing_column']);
    expect(r.unknownHeaders).toEqual(['Konto', 'Betrag']);
    expect(r.lines).toEqual([]);
    expect(parseLedger(utf8('Rekening;Debet\n604;1\n')).errors.map((e) => e.code)).toEqual(['missing_column']);
  });

  it('refuses two columns for one field', () => {
    expect(codes(parseLedger(utf8('Rekening;Account;Bedrag\n604;604;1\n')))).toEqual([
      ['duplicate_column', 1, 'Account'],
    ]);
  });

  it('reports every bad line with its line number, column and reason, and keeps the good lines', () => {
    const r = parseLedger(
      utf8(
        [
          'Rekening;Omschrijving;Debet;Credit;Datum',
          '604;ok;10,00;;01/01/2024',
          '60A;bad account;10,00;;01/01/2024',
          '604;both;10,00;5,00;01/01/2024',
          '604;neither;;;01/01/2024',
          '604;bad amount;1,2,3;;01/01/2024',
          '604;bad date;1,00;;31/02/2024',
          ';no account;1,00;;',
          '"604";"multi',
          'line";2,00;;',
          '605;bad credit;;abc;',
        ].join('\n'),
      ),
    );
    expect(codes(r)).toEqual([
      ['invalid_account', 3, 'Rekening'],
      ['debit_and_credit', 4, 'Credit'],
      ['no_amount', 5, 'Debet'],
      ['invalid_amount', 6, 'Debet'],
      ['invalid_date', 7, 'Datum'],
      ['missing_account', 8, 'Rekening'],
      ['invalid_amount', 11, 'Credit'],
    ]);
    expect(r.lines.map((l) => l.line)).toEqual([2, 9]);
    expect(r.lines[1]?.description).toBe('multi\nline');
    for (const e of r.errors) expect(e.nl.length * e.en.length).toBeGreaterThan(0);
  });

  it('caps the error list at 1000 and counts the rest', () => {
    const rows = ['Rekening;Bedrag', ...Array.from({ length: 1500 }, () => 'X;1')];
    const r = parseLedger(utf8(rows.join('\n')));
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(r.moreErrors).toBe(500);
    expect(r.errors[999]?.line).toBe(1001);
  });

  it('reports an unclosed quote', () => {
    expect(codes(parseLedger(utf8('Rekening;Bedrag\n604;"12\n')))).toEqual([['malformed_csv', 2, '']]);
  });
});

describe('parseLedgerRows (XLSX rows read elsewhere)', () => {
  it('accepts numbers, Dates, Excel serials, exceljs values and empty cells with the same rules', () => {
    const r = parseLedgerRows([
      ['Rekening', 'Omschrijving', 'Debet', 'Credit', 'Datum'],
      [604000, { richText: [{ text: 'Brood ' }, { text: 'en melk' }] }, 12.5, null, new Date(Date.UTC(2024, 0, 31))],
      [],
      ['700000', 'Dagprijs', undefined, { formula: 'A1', result: 1.005 }, 45322],
      ['60X', 'fout', 1, 2, 'gisteren'],
    ]);
    expect(r.delimiter).toBeNull();
    expect(r.lines).toEqual([
      { line: 2, account: '604000', description: 'Brood en melk', amountCents: 1250, date: '2024-01-31' },
      { line: 4, account: '700000', description: 'Dagprijs', amountCents: -101, date: '2024-01-31' },
    ]);
    expect(codes(r)).toEqual([
      ['invalid_account', 5, 'Rekening'],
      ['debit_and_credit', 5, 'Credit'],
      ['invalid_date', 5, 'Datum'],
    ]);
  });

  it('refuses an empty sheet and a sheet with only headers', () => {
    expect(codes(parseLedgerRows([]))).toEqual([['empty_file', 0, '']]);
    expect(
      codes(
        parseLedgerRows([
          ['Rekening', 'Bedrag'],
          [null, ''],
        ]),
      ),
    ).toEqual([['no_lines', 1, '']]);
  });
});

describe('checkBalance and totalsByAccount', () => {
  it('gives the difference when debit and credit differ', () => {
    expect(checkBalance([{ amountCents: 500 }, { amountCents: -500 }])).toEqual({
      balanced: true,
      debitCents: 500,
      creditCents: 500,
    });
    const off = checkBalance([{ amountCents: 500 }, { amountCents: -450 }]);
    expect(off).toMatchObject({ balanced: false, differenceCents: 50, error: { code: 'unbalanced' } });
    if (!off.balanced) expect(off.error.nl).toContain('€ 0,50');
  });

  it('sums signed amounts per account', () => {
    expect(
      totalsByAccount([
        { account: '604', amountCents: 5 },
        { account: '604', amountCents: -2 },
        { account: '7', amountCents: -9 },
      ]),
    ).toEqual({ '604': 3, '7': -9 });
  });
});

describe('round trip: any ledger written as a Belgian CSV reads back exactly', () => {
  it('keeps accounts, amounts and descriptions', () => {
    const line = fc.record({
      account: fc.stringMatching(/^[1-7]\d{2,5}$/),
      amountCents: fc.integer({ min: -1e11, max: 1e11 }),
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips
      description: fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n\u0000-\u001f]/g, ' ').trim()),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.boolean(), (lines, debitCredit) => {
        const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
        const rows = lines.map((l) =>
          debitCredit
            ? [
                l.account,
                q(l.description),
                l.amountCents >= 0 ? formatCentsBe(l.amountCents) : '',
                l.amountCents < 0 ? formatCentsBe(-l.amountCents) : '',
              ].join(';')
            : [l.account, q(l.description), formatCentsBe(l.amountCents)].join(';'),
        );
        const header = debitCredit ? 'Rekening;Omschrijving;Debet;Credit' : 'Rekening;Omschrijving;Bedrag';
        const r = parseLedger(utf8([header, ...rows].join('\r\n')));
        expect(r.errors).toEqual([]);
        expect(r.lines.map(({ account, amountCents, description }) => ({ account, amountCents, description }))).toEqual(
          lines,
        );
        expect(r.lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 2));
      }),
      { numRuns: 200 },
    );
  });
});
