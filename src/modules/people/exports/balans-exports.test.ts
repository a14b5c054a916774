import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../lib/exports/testing.ts';
import { balansAnswer } from '../balans-answer.ts';
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
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .slice(1)
    .map((l) => l.split(';'));

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
    expect(line('100')).toEqual(['100', 'Gemiddeld aantal werknemers', '1,4', '0,8', '1,8']);
    expect(line('102')).toEqual(['102', 'Personeelskosten', '€ 66.000', '€ 20.000', '€ 86.000']);
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
  });
});
