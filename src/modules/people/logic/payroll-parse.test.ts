import { describe, expect, it } from 'vitest';
import { PAYROLL_HEADER, PAYROLL_MAPPING, samplePayrollCsv } from '../testing.ts';
import { parsePayrollRows } from './payroll-parse.ts';

const table = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .map((l) => l.split(';'));

describe('reading a payroll export', () => {
  it('recognises the provider’s headers, takes the mapping for the rest, and reads every cell', () => {
    const parsed = parsePayrollRows(table(samplePayrollCsv()), PAYROLL_MAPPING);
    expect(parsed.errors).toEqual([]);
    expect(parsed.mapping).toMatchObject({ 'Wn-code': 'employeeNumber', Periode: 'month', Prestaties: 'hoursWorked' });
    expect(parsed.rows).toHaveLength(9);
    expect(parsed.rows[1]).toMatchObject({
      line: 3,
      employeeNumber: '1002',
      sex: 'male',
      education: 'secondary',
      month: '2025-01',
      contract: {
        startsOn: '2025-01-01',
        endsOn: '2025-03-31',
        contractType: 'fixed_term',
        category: 'employee',
        weeklyHours: 19,
        fullTimeHours: 38,
        exitReason: 'dismissal',
      },
      hoursWorked: 76,
      costCents: 210_050,
      benefitsCents: 0,
    });
    expect(parsed.rows[2]!.contract).toMatchObject({ category: 'worker', weeklyHours: 30.4 });
  });

  it('without the mapping, names the missing field', () => {
    const parsed = parsePayrollRows(table(samplePayrollCsv()));
    expect(parsed.unknownHeaders).toEqual(['Wn-code']);
    expect(parsed.errors.map((e) => [e.line, e.nl])).toEqual([[1, 'Kies een kolom voor personeelsnummer.']]);
  });

  it('names the line and the column of every bad cell, and a person-month twice', () => {
    const rows = table(samplePayrollCsv());
    rows[2]![3] = 'X';
    rows[4]![12] = '40';
    rows[5]![6] = '13/2025';
    rows[3]![1] = '';
    rows[9]![6] = '02/2025';
    const parsed = parsePayrollRows(rows, PAYROLL_MAPPING);
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'Geslacht', 'bad_code'],
      [4, 'Naam', 'required'],
      [5, 'Uren per week', 'hours'],
      [6, 'Periode', 'bad_month'],
      [10, 'Periode', 'duplicate_row'],
    ]);
    expect(parsed.errors[0]!.nl).toContain('"X"');
  });

  it('refuses a column mapped twice and a file without rows', () => {
    const twice = parsePayrollRows([PAYROLL_HEADER.split(';')], { ...PAYROLL_MAPPING, Functie: 'employeeNumber' });
    expect(twice.errors.map((e) => e.code)).toEqual(['duplicate_column']);
    const empty = parsePayrollRows([PAYROLL_HEADER.split(';')], PAYROLL_MAPPING);
    expect(empty.errors.map((e) => e.code)).toEqual(['no_rows']);
  });
});
