/**
 * Reads the cost-model workbook written by `modelTemplateXlsx` (or filled in by hand) back into a
 * `CostModelDoc`. Sheet names, headers and values may be Dutch or English. Every bad cell is
 * reported with sheet, row and column; nothing is returned then.
 */
import ExcelJS from 'exceljs';
import type { CostModelDoc } from '../schema.ts';
import {
  ASSIGNMENT_COLUMNS,
  CENTRE_COLUMNS,
  columnLetter,
  DRIVER_WORDS,
  KEY_COLUMNS,
  KIND_WORDS,
  lookup,
  mapHeaders,
  normalize,
  RULE_COLUMNS,
  SHEET_NAMES,
  UNIT_WORDS,
  type ModelColumn,
} from './model-sheets.ts';
import { cellText, numberOf, type ModelFileError, type SheetReader } from './model-cells.ts';
import { msg } from '../messages.ts';

export type { ModelFileError };

/** The outcome of reading a model workbook. */
export type ModelReadResult = { ok: true; doc: CostModelDoc } | { ok: false; errors: ModelFileError[] };

/** Rows of one sheet as cell values, plus where each field sits. */
function sheetReader<F extends string>(
  wb: ExcelJS.Workbook,
  which: keyof typeof SHEET_NAMES,
  columns: readonly ModelColumn<F>[],
  errors: ModelFileError[],
  required = true,
): SheetReader<F> | null {
  const names = SHEET_NAMES[which];
  const sheet = wb.worksheets.find((s) => [names.nl, names.en].some((n) => normalize(n) === normalize(s.name)));
  if (!sheet) {
    if (required)
      errors.push({
        sheet: names.nl,
        row: 0,
        column: '',
        ...msg('sheet_missing', { names: names }),
      });
    return null;
  }
  const rows: { number: number; values: unknown[] }[] = [];
  let header: unknown[] = [];
  sheet.eachRow((row, number) => {
    const values = (row.values as unknown[]).slice(1).map(cellText);
    if (number === 1) header = values;
    else if (values.some((v) => v !== null && v !== '')) rows.push({ number, values });
  });
  const at = mapHeaders(header, columns);
  for (const c of columns) {
    if (c.required && !at.has(c.field)) {
      errors.push({
        sheet: sheet.name,
        row: 1,
        column: c.header.nl,
        ...msg('column_missing_row', { header: c.header }),
      });
    }
  }
  const columnName = (n: number) => {
    const h = header[n - 1];
    return typeof h === 'string' && h.trim() ? h.trim() : columnLetter(n);
  };
  return {
    sheet: sheet.name,
    rows,
    header,
    at,
    get: (row, field) => {
      const n = typeof field === 'number' ? field : at.get(field);
      return n === undefined ? null : (row[n - 1] ?? null);
    },
    error: (row, field, message) => {
      const n = typeof field === 'number' ? field : (at.get(field) ?? 0);
      errors.push({ sheet: sheet.name, row, column: n ? columnName(n) : String(field), ...message });
    },
  };
}

/** A non-empty text of at most `max` characters, or an error. */
function requireText<F extends string>(
  r: SheetReader<F>,
  row: { number: number; values: unknown[] },
  field: F,
  label: { nl: string; en: string },
  max: number,
): string | null {
  const v = r.get(row.values, field);
  const text = v === null ? '' : String(v).trim();
  if (!text) {
    r.error(row.number, field, msg('missing', { label: label }));
    return null;
  }
  if (text.length > max) {
    r.error(row.number, field, msg('longer_than_characters', { label: label, max }));
    return null;
  }
  return text;
}

/**
 * Reads a cost-model workbook for `year`. Accepts Dutch or English sheet names, headers and words
 * (hoofd/main, dag/day, vte/fte …). Reports every problem: a missing sheet or column, an empty or
 * duplicate code, an unknown kind, unit or driver, a number that is not one, a reference to a centre
 * or key that does not exist.
 */
export async function readModelXlsx(bytes: Uint8Array, year: number): Promise<ModelReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      errors: [
        {
          sheet: '',
          row: 0,
          column: '',
          ...msg('xlsx_file_cannot_read'),
        },
      ],
    };
  }
  const errors: ModelFileError[] = [];
  const doc: CostModelDoc = { year, centres: [], keys: [], rules: [], stepOrder: [], assignments: [] };
  const code = msg('code');
  const name = msg('name');

  const centres = sheetReader(wb, 'centres', CENTRE_COLUMNS, errors);
  const kinds = new Map<string, 'main' | 'auxiliary'>();
  const seen = new Set<string>();
  for (const row of centres?.rows ?? []) {
    const r = centres!;
    const c = requireText(r, row, 'code', code, 20);
    const n = requireText(r, row, 'name', name, 200);
    if (c && seen.has(c)) r.error(row.number, 'code', msg('code_cost_centre', { c }));
    const kindText = String(r.get(row.values, 'kind') ?? '').trim();
    const kind = lookup(KIND_WORDS, kindText);
    if (!kind) r.error(row.number, 'kind', msg('kind', { kindText }));
    const unitText = String(r.get(row.values, 'unit') ?? '').trim();
    const unit = unitText ? lookup(UNIT_WORDS, unitText) : null;
    if (unit === undefined) r.error(row.number, 'unit', msg('unit_unknown', { unitText }));
    const volume = numberOf(r, row, 'volume', msg('volume_2'), 0, 1e9);
    const price = numberOf(r, row, 'price', msg('price_per_unit'), -1e12, 1e12);
    if (c && !seen.has(c) && kind) kinds.set(c, kind);
    if (c) seen.add(c);
    if (c && n && kind && kinds.get(c) === kind && unit !== undefined && volume !== undefined && price !== undefined) {
      doc.centres.push({
        code: c,
        name: n,
        kind,
        unit,
        volume,
        pricePerUnitCents: price === null ? null : Math.round(price * 100),
      });
    }
  }

  const keys = sheetReader(wb, 'keys', KEY_COLUMNS, errors);
  const keyCodes = new Set<string>();
  if (keys) {
    const fixed = new Set(keys.at.values());
    const quantityColumns: { n: number; centre: string }[] = [];
    keys.header.forEach((h, i) => {
      const centre = h === null ? '' : String(h).trim();
      if (fixed.has(i + 1) || !centre) return;
      if (centres && !seen.has(centre)) keys.error(1, i + 1, msg('column_centre_does_not_exist', { centre }));
      else quantityColumns.push({ n: i + 1, centre });
    });
    for (const row of keys.rows) {
      const c = requireText(keys, row, 'code', code, 20);
      const n = requireText(keys, row, 'name', name, 200);
      if (c && keyCodes.has(c)) keys.error(row.number, 'code', msg('code_allocation_key', { c }));
      const driverText = String(keys.get(row.values, 'driver') ?? '').trim();
      const driver = lookup(DRIVER_WORDS, driverText);
      if (!driver) keys.error(row.number, 'driver', msg('driver', { driverText }));
      const quantities: Record<string, number> = {};
      let bad = false;
      for (const q of quantityColumns) {
        const v = numberOf(keys, row, q.n, msg('quantity', { centre: q.centre }), 0, 1e12);
        if (v === undefined) bad = true;
        else if (v !== null) quantities[q.centre] = v;
      }
      if (c && n && driver && !bad && !keyCodes.has(c)) doc.keys.push({ code: c, name: n, driver, quantities });
      if (c) keyCodes.add(c);
    }
  }

  const rules = sheetReader(wb, 'rules', RULE_COLUMNS, errors, false);
  const orders = new Map<number, string>();
  for (const row of rules?.rows ?? []) {
    const r = rules!;
    const from = String(r.get(row.values, 'from') ?? '').trim();
    const key = String(r.get(row.values, 'key') ?? '').trim();
    const order = numberOf(r, row, 'order', msg('order'), 1, 500, true);
    if (!from) r.error(row.number, 'from', msg('from'));
    else if (centres && !seen.has(from)) r.error(row.number, 'from', msg('from_cost_centre', { from }));
    else if (kinds.get(from) === 'main') r.error(row.number, 'from', msg('from_main_cost', { from }));
    if (!key && order === null) r.error(row.number, 'key', msg('key'));
    else if (key && keys && !keyCodes.has(key)) r.error(row.number, 'key', msg('key_does_not_exist', { key }));
    if (typeof order === 'number') {
      if (orders.has(order)) r.error(row.number, 'order', msg('order_appears_more', { order }));
      else if (from && [...orders.values()].includes(from))
        r.error(row.number, 'order', msg('order_already', { from }));
      else if (from) orders.set(order, from);
    }
    if (from && key) doc.rules.push({ from, key });
  }
  doc.stepOrder = [...orders.entries()].sort((a, b) => a[0] - b[0]).map(([, from]) => from);

  const assign = sheetReader(wb, 'assignments', ASSIGNMENT_COLUMNS, errors, false);
  const accounts = new Set<string>();
  for (const row of assign?.rows ?? []) {
    const r = assign!;
    const account = String(r.get(row.values, 'account') ?? '').trim();
    const centre = String(r.get(row.values, 'centre') ?? '').trim();
    if (!/^\d{1,12}$/.test(account)) r.error(row.number, 'account', msg('account_number_digits', { account }));
    else if (accounts.has(account)) r.error(row.number, 'account', msg('account_already_assigned', { account }));
    if (!centre) r.error(row.number, 'centre', msg('centre'));
    else if (centres && !seen.has(centre)) r.error(row.number, 'centre', msg('centre_does_not_exist', { centre }));
    if (/^\d{1,12}$/.test(account) && !accounts.has(account) && centre) doc.assignments.push({ account, centre });
    accounts.add(account);
  }
  return errors.length ? { ok: false, errors } : { ok: true, doc };
}
