/**
 * The pure part of DataTable: sorting rows by a column's value and formatting a cell the Belgian
 * way in the interface language (src/web/format.ts). Kept apart so that it is unit-tested.
 */
import { formatDate, formatDateTime, formatMoney, formatMoneyCents, formatNumber } from '../format.ts';
import { intlLocale } from '../i18n.ts';

/** What a cell holds: its sort key and, unless the column renders it, what is shown. */
export type CellValue = string | number | null | undefined;

/** How a cell's value is shown: `number` 1.234,5 · `money` € 1.234,56 · `date` 30/11/2026 … */
export type CellFormat = 'text' | 'number' | 'integer' | 'money' | 'moneyCents' | 'percent' | 'date' | 'dateTime';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: string;
  direction: SortDirection;
}

/** A cell's text; empty values show `empty` (a dash by default). */
export function formatCell(value: CellValue, format: CellFormat = 'text', empty = '—'): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string' && format !== 'date' && format !== 'dateTime' && format !== 'text') {
    const number = Number(value);
    if (Number.isFinite(number)) return formatCell(number, format, empty);
    return value;
  }
  switch (format) {
    case 'number':
      return formatNumber(Number(value));
    case 'integer':
      return formatNumber(Number(value), 0);
    case 'money':
      return formatMoney(Number(value));
    case 'moneyCents':
      return formatMoneyCents(Number(value));
    case 'percent':
      return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(Number(value));
    case 'date':
      return formatDate(value);
    case 'dateTime':
      return formatDateTime(value);
    default:
      return String(value);
  }
}

/** Numbers right-aligned (so that digits line up), everything else left. */
export function isNumeric(format: CellFormat = 'text'): boolean {
  return format !== 'text' && format !== 'date' && format !== 'dateTime';
}

/**
 * The rows sorted by `value` (a new array; the order of equal rows is kept). Empty values go last
 * in both directions; numbers compare as numbers, text by the interface language's collation
 * ("Émile" beside "Emma", "item 2" before "item 10").
 */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => CellValue,
  direction: SortDirection,
  locale = intlLocale(),
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      const aEmpty = a.key === null || a.key === undefined || a.key === '';
      const bEmpty = b.key === null || b.key === undefined || b.key === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}

/** The next sort after a click on a column's header: ascending, then descending, then ascending … */
export function nextSort(current: SortState | null, key: string): SortState {
  return current?.key === key && current.direction === 'ascending'
    ? { key, direction: 'descending' }
    : { key, direction: 'ascending' };
}
