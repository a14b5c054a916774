/** The cost-price report as CSV downloads, written by the shared CSV writer (lib/exports/csv.ts). */
import { decimal, euro, toCsv } from '../../../lib/exports/csv.ts';
import type { CostPriceView } from '../costing.ts';
import { reportTable, type Cell, type ReportTableName } from './tables.ts';
import type { Lang } from '../../../lib/exports/format.ts';

/** A report cell as CSV text: money as `1234,56`, ratios as percentages `87,5`, numbers with a comma. */
function csvCell(cell: Cell, kind: string): string | number | null {
  if (cell === null || typeof cell === 'string') return cell;
  if (kind === 'money') return euro(cell);
  if (kind === 'percent') return decimal(cell * 100, 2);
  return decimal(cell);
}

/**
 * One table of the cost-price report as CSV: `services` (cost price per service, with the
 * organisation's total), `flows` (allocation) or `mix` (income per type). Headers in the language;
 * money in euros with a decimal comma, coverage and shares in percent.
 */
export function costPriceCsv(view: CostPriceView, table: ReportTableName, lang: Lang): string {
  const t = reportTable(view, table, lang);
  const header = t.columns.map((c) => {
    const h = c.header[lang];
    return c.kind === 'money' ? `${h} (€)` : c.kind === 'percent' ? `${h} (%)` : h;
  });
  const rows = [...t.rows, ...(t.total ? [t.total] : [])].map((r) =>
    r.map((cell, i) => csvCell(cell, t.columns[i]!.kind)),
  );
  return toCsv([header, ...rows]);
}
