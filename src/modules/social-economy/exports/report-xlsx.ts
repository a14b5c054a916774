/** The yearly social-economy report as an XLSX workbook (exceljs): key figures, then each table; money in euros. */
import ExcelJS from 'exceljs';
import type { Lang } from '../../../lib/exports/format.ts';
import { msg } from '../messages.ts';
import type { SeReport } from '../schema.ts';
import { reportParts } from './report-table.ts';

const EURO = '#,##0.00 "€"';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

export async function reportXlsx(r: SeReport, lang: Lang, orgName: string): Promise<Uint8Array> {
  const parts = reportParts(r, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Stuurboord';
  const ws = wb.addWorksheet(String(r.year));
  ws.columns = [{ width: 48 }, { width: 30 }, { width: 16 }, { width: 16 }];
  ws.addRow([`${parts.title} — ${orgName}`]).font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow([msg('doc_figures')[lang]]).font = { bold: true };
  const raw: [string, number | null, boolean][] = [
    [msg('doc_workers')[lang], r.workersPlaced, false],
    [msg('doc_hours_worked')[lang], r.hoursWorked, false],
    [msg('doc_hours_coached')[lang], r.hoursCoached, false],
    [msg('doc_agreement_cost')[lang], r.agreementCostCents / 100, true],
    [msg('doc_succeeded')[lang], r.transitionsSucceeded, false],
    [msg('doc_finished')[lang], r.trajectoriesFinished, false],
    [msg('doc_rate')[lang], r.successRate, false],
    [msg('doc_funding')[lang], r.fundingCents / 100, true],
  ];
  for (const [label, value, euro] of raw) {
    const row = ws.addRow([label, value]);
    const cell = row.getCell(2);
    if (euro) cell.numFmt = EURO;
    else if (label === msg('doc_rate')[lang]) cell.numFmt = '0.0%';
  }
  for (const table of parts.tables) {
    ws.addRow([]);
    ws.addRow([table.title]).font = { bold: true };
    const header = ws.addRow(table.header);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    const add = (values: (string | number)[], bold = false) => {
      const row = ws.addRow(values.map((v, i) => (table.money.includes(i) ? Number(v) / 100 : v)));
      for (const i of table.money) row.getCell(i + 1).numFmt = EURO;
      if (bold) row.font = { bold: true };
    };
    for (const row of table.rows) add(row);
    if (table.total && table.rows.length > 0) add(table.total, true);
  }
  ws.addRow([]);
  ws.addRow([parts.note]).font = { italic: true };
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
