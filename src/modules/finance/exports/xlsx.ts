/**
 * The cost-price report as an XLSX workbook (exceljs): sheets with the cost price per service, the
 * allocation flows and the income mix, in euros and percentages with Belgian-looking formats.
 */
import ExcelJS from 'exceljs';
import type { CostPriceView } from '../costing.ts';
import { METHOD_LABELS } from './labels.ts';
import { mixTable, flowsTable, servicesTable, type Cell, type ColumnKind, type ReportTable } from './tables.ts';
import { date, type Lang } from '../../../lib/exports/format.ts';

/** Excel number format of money in euros. */
export const EURO_FORMAT = '#,##0.00 "€"';
/** Excel number format of a ratio shown as a percentage. */
export const PERCENT_FORMAT = '0.0%';

/**
 * Sets a text cell so it stays text: exceljs writes a plain string as a string (never a formula),
 * so `=SUM(A1)` typed by a user shows as that text. Only `{ formula }` objects become formulas.
 */
export function setText(cell: ExcelJS.Cell, value: string): void {
  cell.value = value;
  if (/^[=+\-@]/.test(value)) cell.alignment = { ...cell.alignment, horizontal: 'left' };
}

/** Writes a report cell with the format of its column kind; money is written in euros. */
function setCell(cell: ExcelJS.Cell, value: Cell, kind: ColumnKind): void {
  if (value === null) return;
  if (typeof value === 'string') {
    setText(cell, value);
    return;
  }
  if (kind === 'money') {
    cell.value = value / 100;
    cell.numFmt = EURO_FORMAT;
  } else if (kind === 'percent') {
    cell.value = value;
    cell.numFmt = PERCENT_FORMAT;
  } else {
    cell.value = value;
    cell.numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.00';
  }
}

/** Header row: bold on a light fill, with a bottom border. */
export function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8899AA' } } };
  });
}

/**
 * Adds a sheet for a report table: a title line in row 1, the header in row 2 (bold, frozen with
 * the title, with a filter), the rows, and the total row in bold.
 */
function addTableSheet(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  title: string,
  table: ReportTable,
  lang: Lang,
): void {
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  sheet.columns = table.columns.map((c) => ({ width: c.width + 2 }));
  const titleCell = sheet.getCell(1, 1);
  setText(titleCell, title);
  titleCell.font = { bold: true, size: 13 };
  const header = sheet.getRow(2);
  table.columns.forEach((c, i) => {
    setText(header.getCell(i + 1), c.header[lang]);
  });
  header.height = 32;
  styleHeader(header);
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: table.columns.length } };
  const write = (values: Cell[], bold: boolean) => {
    const row = sheet.addRow([]);
    values.forEach((v, i) => {
      setCell(row.getCell(i + 1), v, table.columns[i]!.kind);
    });
    if (bold) {
      row.font = { bold: true };
      row.eachCell((cell) => {
        cell.border = { top: { style: 'thin' } };
      });
    }
  };
  for (const r of table.rows) write(r, false);
  if (table.total) write(table.total, true);
}

/** Sheet names per language. */
const SHEETS = {
  nl: { services: 'Diensten', flows: 'Stromen', mix: 'Inkomstenmix' },
  en: { services: 'Services', flows: 'Flows', mix: 'Income mix' },
} as const;

/**
 * The cost-price report as an XLSX workbook: Diensten/Services (cost price per service and the
 * organisation's total), Stromen/Flows (allocation of the auxiliary centres) and
 * Inkomstenmix/Income mix (income per type, government share). Money as numbers in euros.
 */
export async function costPriceXlsx(
  view: CostPriceView,
  lang: Lang,
  orgName: string,
  generatedAt = new Date(),
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Stuurboord';
  workbook.created = generatedAt;
  const heading = lang === 'nl' ? `Kostprijsrapport ${view.year}` : `Cost price report ${view.year}`;
  workbook.title = `${heading} · ${orgName}`;
  const line = (what: string) =>
    `${heading} · ${orgName} · ${what} · ${METHOD_LABELS[view.method][lang]} · ${date(generatedAt, lang)}`;
  const names = SHEETS[lang];
  const services = servicesTable(view, lang);
  addTableSheet(workbook, names.services, line(services.title[lang]), services, lang);
  const flows = flowsTable(view);
  addTableSheet(workbook, names.flows, line(flows.title[lang]), flows, lang);
  const mix = mixTable(view, lang, false);
  addTableSheet(workbook, names.mix, line(mix.title[lang]), mix, lang);
  if (view.warnings.length) {
    const sheet = workbook.getWorksheet(names.services)!;
    sheet.addRow([]);
    for (const w of view.warnings) setText(sheet.addRow([]).getCell(1), `⚠ ${w[lang]}`);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
