/**
 * The sociale balans as an XLSX workbook (exceljs) in the layout of the filing form: one sheet, Parts
 * I, II and III in order, code, description and the form's columns of each part; money in whole euros,
 * averages and FTE with one decimal.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../../lib/exports/format.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { msg } from '../logic/messages.ts';
import { balansTables, decimalsOf, headLines, missingSections } from './balans-table.ts';

const EURO = '#,##0 "€"';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

export async function balansXlsx(b: SocialeBalansAnswer, lang: Lang, orgName: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Stuurboord';
  const ws = wb.addWorksheet(msg('doc_title', { year: b.year })[lang].slice(0, 31));
  ws.columns = [{ width: 9 }, { width: 62 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }];
  ws.addRow([`${msg('doc_title', { year: b.year })[lang]} — ${orgName}`]).font = { bold: true, size: 14 };
  for (const line of headLines(b, lang)) ws.addRow([line]);
  for (const t of balansTables(b, lang)) {
    ws.addRow([]);
    ws.addRow([t.title]).font = { bold: true };
    const header = ws.addRow(t.header);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    for (const r of t.rows) {
      const row = ws.addRow([r.code, r.label]);
      r.cells.forEach((c, i) => {
        const cell = row.getCell(3 + i);
        if (c === null || c.value === null) return;
        const v = c.value;
        if (v === 'missing') {
          cell.value = msg('missing_value')[lang];
          cell.font = { italic: true, color: { argb: 'FFB00020' } };
          return;
        }
        cell.value = c.unit === 'cents' ? v / 100 : v;
        cell.numFmt = c.unit === 'cents' ? EURO : decimalsOf(c.unit) === 1 ? '#,##0.0' : '#,##0';
      });
    }
  }
  for (const section of missingSections(b, lang)) {
    ws.addRow([]);
    ws.addRow([section.title]).font = { bold: true };
    for (const g of section.groups) ws.addRow([g.codes.join(', '), g.text]);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
