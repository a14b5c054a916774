/**
 * Reading a payroll provider's export (pure): the header line is planned into fields (recognised
 * names, overridden by the user's mapping), then every row becomes one employee month. Every bad
 * cell is reported with its line (the header is line 1) and its column as written in the file.
 */
import { cellAmount, cellDate, cellText, plainCell } from '../../../lib/files/cells.ts';
import { type HeaderChoice, planColumns } from '../../../lib/files/columns.ts';
import type { FileError } from '../../../lib/files/errors.ts';
import type { Message } from '../../../lib/messages.ts';
import { msg } from '../messages.ts';
import {
  CODE_EXAMPLES,
  CODE_READERS,
  PAYROLL_LABELS,
  type PayrollField,
  REQUIRED_FIELDS,
  recognizePayrollHeader,
} from './payroll-fields.ts';
import type { Category, ContractType, Education, ExitReason, Sex } from './types.ts';

export type PayrollMapping = Readonly<Record<string, HeaderChoice<PayrollField>>>;

/** One row of the export: one employee month with the contract it falls under. */
export interface PayrollRow {
  line: number;
  employeeNumber: string;
  lastName: string;
  firstName: string;
  sex: Sex;
  birthYear: number | null;
  education: Education | null;
  /** 'yyyy-mm' */
  month: string;
  contract: {
    startsOn: string;
    endsOn: string | null;
    contractType: ContractType;
    category: Category;
    functionTitle: string | null;
    weeklyHours: number;
    fullTimeHours: number;
    exitReason: ExitReason | null;
  };
  hoursWorked: number;
  costCents: number;
  benefitsCents: number;
}

export interface PayrollParse {
  headers: string[];
  /** The field each header was taken as (recognised or mapped); headers left out are not in it. */
  mapping: Record<string, PayrollField>;
  unknownHeaders: string[];
  rows: PayrollRow[];
  errors: FileError[];
}

const MONTH = [/^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/, /^(\d{1,2})[/.-](\d{4})$/];

function monthOf(cell: unknown): string | null {
  const v = plainCell(cell);
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  const text = cellText(v);
  const iso = MONTH[0]!.exec(text);
  const be = MONTH[1]!.exec(text);
  const [y, m] = iso ? [Number(iso[1]), Number(iso[2])] : be ? [Number(be[2]), Number(be[1])] : [0, 0];
  if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12) return `${y}-${String(m).padStart(2, '0')}`;
  const date = cellDate(v);
  return date.ok ? date.value.slice(0, 7) : null;
}

/** Parses the rows of a table (header first) into employee months, or the errors naming line and column. */
export function parsePayrollRows(table: readonly (readonly unknown[])[], mapping: PayrollMapping = {}): PayrollParse {
  const records = table
    .map((cells, i) => ({ line: i + 1, cells }))
    .filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const [header, ...body] = records;
  const headers = (header?.cells ?? []).map((c) => cellText(c));
  const plan = planColumns(headers, { mapping, recognize: recognizePayrollHeader, labels: PAYROLL_LABELS });
  const errors: FileError[] = [...plan.errors];
  const taken: Record<string, PayrollField> = {};
  for (const [field, index] of Object.entries(plan.columns) as [PayrollField, number][]) taken[headers[index]!] = field;
  for (const field of REQUIRED_FIELDS)
    if (plan.columns[field] === undefined)
      errors.push({
        code: 'missing_column',
        line: 1,
        column: '',
        ...msg('import_missing_column', { field: PAYROLL_LABELS[field] }),
      });
  const result = { headers, mapping: taken, unknownHeaders: plan.unknownHeaders };
  if (errors.length > 0) return { ...result, rows: [], errors };
  if (body.length === 0)
    return { ...result, rows: [], errors: [{ code: 'no_rows', line: 0, column: '', ...msg('import_no_rows') }] };
  const rows: PayrollRow[] = [];
  for (const { line, cells } of body) {
    const row = readRow(line, cells, plan.columns, headers, errors);
    if (row) rows.push(row);
  }
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.employeeNumber}|${r.month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const column = headers[plan.columns.month!]!;
      errors.push({ code: 'duplicate_row', line: r.line, column, ...msg('import_conflicting_rows', { line: first }) });
    } else seen.set(key, r.line);
  }
  return { ...result, rows: errors.length ? [] : rows, errors };
}

function readRow(
  line: number,
  cells: readonly unknown[],
  columns: Partial<Record<PayrollField, number>>,
  headers: string[],
  errors: FileError[],
): PayrollRow | null {
  const before = errors.length;
  const at = (f: PayrollField) => (columns[f] === undefined ? undefined : cells[columns[f]!]);
  const fail = (f: PayrollField, code: string, message: Message) =>
    errors.push({ code, line, column: headers[columns[f]!] ?? '', ...message });
  const present = (f: PayrollField) => cellText(at(f)) !== '';
  const required = (f: PayrollField) => {
    if (present(f)) return true;
    if (REQUIRED_FIELDS.includes(f)) fail(f, 'required', msg('import_required'));
    return false;
  };
  const text = (f: PayrollField) => (required(f) ? cellText(at(f)) : '');
  const code = <K extends keyof typeof CODE_READERS>(f: K) => {
    if (!required(f)) return null;
    const value = cellText(at(f));
    const read = CODE_READERS[f](value) as ReturnType<(typeof CODE_READERS)[K]>;
    if (read === undefined) fail(f, 'bad_code', msg('import_bad_code', { value, allowed: CODE_EXAMPLES[f] }));
    return read ?? null;
  };
  const cents = (f: PayrollField) => {
    if (!required(f)) return 0;
    const parsed = cellAmount(at(f));
    if (!parsed.ok || parsed.value < 0) {
      fail(f, 'bad_number', msg('import_bad_number', { value: cellText(at(f)) }));
      return 0;
    }
    return parsed.value;
  };
  const hours = (f: PayrollField) => cents(f) / 100;
  const date = (f: PayrollField) => {
    if (!required(f)) return null;
    const parsed = cellDate(at(f));
    if (!parsed.ok) fail(f, 'bad_date', msg('import_bad_date', { value: cellText(at(f)) }));
    return parsed.ok ? parsed.value : null;
  };
  const employeeNumber = text('employeeNumber');
  const lastName = text('lastName');
  const firstName = text('firstName');
  const sex = code('sex');
  let birthYear: number | null = null;
  if (present('birthYear')) {
    birthYear = Number(cellText(at('birthYear')));
    if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > 2100) {
      fail('birthYear', 'bad_number', msg('import_bad_number', { value: cellText(at('birthYear')) }));
      birthYear = null;
    }
  }
  const education = code('education');
  let month: string | null = null;
  if (required('month')) {
    month = monthOf(at('month'));
    if (!month) fail('month', 'bad_month', msg('import_bad_month', { value: cellText(at('month')) }));
  }
  const startsOn = date('contractStart');
  const endsOn = date('contractEnd');
  if (startsOn && endsOn && endsOn < startsOn)
    fail('contractEnd', 'bad_date', msg('end_before_start', { start: startsOn }));
  const contractType = code('contractType');
  const category = code('category');
  const weeklyHours = hours('weeklyHours');
  const fullTimeHours = present('fullTimeHours') ? hours('fullTimeHours') : 38;
  if (present('weeklyHours') && (weeklyHours <= 0 || fullTimeHours <= 0 || weeklyHours > fullTimeHours))
    fail('weeklyHours', 'hours', msg('import_hours_above_full_time'));
  const hoursWorked = hours('hoursWorked');
  const costCents = cents('cost');
  const benefitsCents = cents('benefits');
  const exitReason = code('exitReason');
  if (errors.length > before || !sex || !month || !startsOn || !contractType || !category) return null;
  return {
    line,
    employeeNumber,
    lastName,
    firstName,
    sex,
    birthYear,
    education,
    month,
    contract: {
      startsOn,
      endsOn,
      contractType,
      category,
      functionTitle: present('functionTitle') ? cellText(at('functionTitle')) : null,
      weeklyHours,
      fullTimeHours,
      exitReason: endsOn ? exitReason : null,
    },
    hoursWorked,
    costCents,
    benefitsCents,
  };
}
