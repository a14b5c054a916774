import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../lib/exports/testing.ts';
import { balansAnswer } from '../balans-answer.ts';
import { sampleWithPreviousYear } from '../logic/sociale-balans-sample.ts';
import { sampleData } from '../logic/sociale-balans-sample.ts';
import { balansCsv } from './balans-csv.ts';
import { balansPdf } from './balans-pdf.ts';
import { balansXlsx } from './balans-xlsx.ts';

/** The answer as the route makes it, without a database: 2025 of the sample, 2024 without payroll. */
function answer(size = { turnoverCents: null as number | null, balanceTotalCents: null as number | null }) {
  const ledger =
    size.turnoverCents === null
      ? null
      : { personnelCents: 8_500_049, turnoverCents: size.turnoverCents, balanceTotalCents: size.balanceTotalCents };
  return balansAnswer(sampleData(), 2025, ledger, false);
}
const allCsvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .slice(1)
    .map((l) => l.split(';'));
/** The column of the previous year's rows: P. Totaal, 1P. Mannen, 2P. Vrouwen, 3P. … */
const previousColumn = (column: string | undefined) => /^\d?P\./.test(column ?? '');
/** The year's rows (code, value, column); the previous year's follow them. */
const csvRows = (text: string) => allCsvRows(text).filter((r) => !previousColumn(r[2]));

describe('sociale balans exports, as the form takes them', () => {
  it('CSV: every cell code of the abbreviated model in the form order, FTE to one decimal, whole euros', () => {
    const rows = csvRows(balansCsv(answer(), 'nl'));
    expect(rows.slice(0, 9).map(([c]) => c)).toEqual([
      '1001',
      '1002',
      '1003',
      '1011',
      '1012',
      '1013',
      '1021',
      '1022',
      '1023',
    ]);
    const v = new Map(rows.map(([c, x]) => [c, x]));
    expect([v.get('1001'), v.get('1003'), v.get('1023'), v.get('1053'), v.get('2053')]).toEqual([
      '1,4',
      '1,8',
      '86000',
      '1,5',
      '0,5',
    ]);
    for (const absent of ['10011', '1033', '1501', '2101', '3401', '3501']) expect(v.has(absent), absent).toBe(false);
    expect(rows[2]).toEqual(['1003', '1,8', '3. Totaal (T) of totaal in VTE']);
    expect(v.get('5821')).toBe('ontbreekt');
    expect([v.get('58031'), v.get('58032'), v.get('58033')]).toEqual(['500', '50', '100']);
  });

  it('CSV of the full model: by sex during the year, agency and placed without a total, 350 missing', () => {
    const v = new Map(
      csvRows(balansCsv(answer({ turnoverCents: 1e9, balanceTotalCents: 5e8 }), 'en')).map(([c, x]) => [c, x]),
    );
    expect([v.get('1003'), v.get('10031'), v.get('10032')]).toEqual(['1,8', '1', '0,8']);
    expect([v.get('1501'), v.get('1502'), v.has('150')]).toEqual(['missing', 'missing', false]);
    expect([v.get('3401'), v.get('3403'), v.get('3501')]).toEqual(['1', '1', 'missing']);
  });

  it('PDF and XLSX: the form columns of each part, money in whole euros', async () => {
    const b = answer();
    const text = pdfText(await balansPdf(b, { orgName: 'Vzw Test', lang: 'nl', generatedAt: new Date(0) }));
    expect(text).toContain('1. Voltijds');
    expect(text).toContain('3. Totaal in VTE');
    const line = (code: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith(`${code} `))
        ?.trim()
        .split(/\s{2,}/);
    // The year's three columns, then 3P. of 2024: 2 FTE; 2024 has no payroll, so 102's 3P. is missing.
    expect(line('100')).toEqual(['100', 'Gemiddeld aantal werknemers', '1,4', '0,8', '1,8', '2']);
    expect(line('102')).toEqual(['102', 'Personeelskosten', '€ 66.000', '€ 20.000', '€ 86.000', 'ontbreekt']);
    expect(line('205')?.slice(-3)).toEqual(['0', '1', '0,5']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await balansXlsx(b, 'nl', 'Vzw Test')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rowNumber = new Map<unknown, number>();
    ws.eachRow((r, n) => {
      if (!rowNumber.has(r.getCell(1).value)) rowNumber.set(r.getCell(1).value, n);
    });
    const cells = (code: string) => [3, 4, 5].map((i) => ws.getRow(rowNumber.get(code)!).getCell(i));
    expect(cells('105').map((c) => c.value)).toEqual([1, 1, 1.5]);
    expect(cells('105').map((c) => c.numFmt)).toEqual(['#,##0', '#,##0', '#,##0.0']);
    expect(cells('102').map((c) => c.value)).toEqual([66_000, 20_000, 86_000]);
    expect(cells('102')[0]!.numFmt).toBe('#,##0 "€"');
    const previous = (code: string) => ws.getRow(rowNumber.get(code)!).getCell(6);
    expect([previous('100').value, previous('100').numFmt, previous('102').value]).toEqual([2, '#,##0.0', 'ontbreekt']);
  });

  it('the previous year in every export: P/1P/2P after the year’s codes in the CSV, its column in the PDF and XLSX', async () => {
    // 2024: 2.25 FTE (men 1, women 1.25), 3900 h, € 89,400 (men € 45,600, women € 43,800), benefits € 120.
    const ledger = { personnelCents: 0, turnoverCents: 1e9, balanceTotalCents: null };
    const b = balansAnswer(sampleWithPreviousYear(), 2025, ledger, false);
    expect(b.model).toBe('abbreviated');
    const full = balansAnswer(sampleWithPreviousYear(), 2025, { ...ledger, balanceTotalCents: 5e8 }, false);
    expect(full.model).toBe('full');
    const previousRows = allCsvRows(balansCsv(full, 'nl')).filter((r) => previousColumn(r[2]));
    expect(previousRows).toEqual([
      ['1003', '2,3', 'P. Totaal'],
      ['10031', '1', '1P. Mannen'],
      ['10032', '1,3', '2P. Vrouwen'],
      ['1013', '3900', 'P. Totaal'],
      ['10131', '1800', '1P. Mannen'],
      ['10132', '2100', '2P. Vrouwen'],
      ['1023', '89400', 'P. Totaal'],
      ['10231', '45600', '1P. Mannen'],
      ['10232', '43800', '2P. Vrouwen'],
      ['1033', '120', 'P. Totaal'],
      ['10331', '120', '1P. Mannen'],
      ['10332', '0', '2P. Vrouwen'],
    ]);
    // The year's rows keep their 2025 values.
    expect(new Map(csvRows(balansCsv(full, 'nl')).map(([c, x]) => [c, x])).get('1003')).toBe('1,8');
    expect(allCsvRows(balansCsv(b, 'en')).filter((r) => previousColumn(r[2]))).toEqual([
      ['1003', '2,3', '3P. Total (T) or total in FTE, previous year'],
      ['1013', '3900', '3P. Total (T) or total in FTE, previous year'],
      ['1023', '89400', '3P. Total (T) or total in FTE, previous year'],
    ]);

    const text = pdfText(await balansPdf(full, { orgName: 'Vzw Test', lang: 'nl', generatedAt: new Date(0) }));
    expect(text).toContain('Paritaire comités: 319.01');
    expect(text).toContain('tijdens het vorige boekjaar');
    const rows = text.split('\n').filter((l) => l.startsWith('1023 '));
    expect(
      rows
        .at(-1)
        ?.trim()
        .split(/\s{2,}/),
    ).toEqual(['1023', 'Personeelskosten — totaal', '€ 89.400', '€ 45.600', '€ 43.800']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await balansXlsx(b, 'nl', 'Vzw Test')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const texts: string[] = [];
    ws.eachRow((r) => texts.push(String(r.getCell(1).value)));
    expect(texts).toContain('Paritaire comités: 319.01');
    expect(texts.find((t) => t.startsWith('Niet getoetst'))).toBe(
      'Niet getoetst voor de keuze van het model: Balanstotaal: het grootboek van 2025 bevat geen balansrekeningen (klassen 1-5). Het model kan nog veranderen zodra dit gekend is.',
    );
    const row102 = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .find((r) => r.getCell(1).value === '102')!;
    expect(row102.getCell(6).value).toBe(89_400);
  });

  it('lists the previous year’s missing codes apart, with that year', async () => {
    const b = answer();
    expect(b.previous.missing.map((m) => [m.code, m.reason])).toEqual([
      ['1013', 'no_payroll'],
      ['1023', 'no_payroll'],
    ]);
    const text = pdfText(await balansPdf(b, { orgName: 'Vzw Test', lang: 'nl', generatedAt: new Date(0) }));
    expect(text).toContain('Ontbrekende gegevens van het vorige boekjaar (2024)');
    expect(text).toContain('1013, 1023: Geen loongegevens voor dit jaar');
  });
});
