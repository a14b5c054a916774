/**
 * Part I A of the sociale balans during a year (100-103: average workers, hours worked, personnel
 * costs, benefits), for the year itself and, one year earlier, for the previous year's columns of the
 * form (P, 1P, 2P in the full model, 3P in the abbreviated one): the same computation on the same data.
 */
import type { Model } from './sociale-balans-form.ts';
import { previousCodes } from './sociale-balans-form.ts';
import {
  type BalansFigure,
  lineCodes,
  type Miss,
  type MissingFigure,
  missInto,
  Tally,
} from './sociale-balans-tally.ts';
import { clip, fractionOf, inForceOn, monthEnd, monthStart } from './sociale-balans-time.ts';
import type { Contract, PeopleData, Sex } from './types.ts';

const PAYROLL_LINES = ['1011', '1012', '1013', '101', '1021', '1022', '1023', '102', '1033'];

/**
 * Adds 100-103 of `year` to the tally. 100: the mean of the twelve month-end counts, suspended
 * contracts included; full time when the contracts in force add up to the full-time week. 101-103: the
 * payroll months, full/part-time by the person's status at that month's end. Payroll missing for a
 * month under contract, or without a contract, lists 101-103 as missing. Returns how many people were
 * under contract at a month end of the year.
 */
export function duringYear(data: PeopleData, year: number, sexOf: Map<string, Sex>, t: Tally, miss: Miss): number {
  const statusByMonth: Map<string, number>[] = [];
  const employed = new Set<string>();
  for (let m = 1; m <= 12; m++) {
    const status = new Map<string, number>();
    for (const [id, cs] of inForceOn(data.contracts, monthEnd(year, m))) {
      const sex = sexOf.get(id);
      if (!sex) continue;
      const f = fractionOf(cs);
      status.set(id, f);
      employed.add(id);
      t.sexed(f >= 1 ? '1001' : '1002', sex, 1 / 12, id);
      t.sexed('1003', sex, f / 12, id);
    }
    statusByMonth.push(status);
  }
  t.zero(lineCodes('1001', '1002', '1003', '100'));

  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const payroll = data.payroll.filter((p) => p.month >= from && p.month <= to);
  if (payroll.length === 0) {
    miss(lineCodes(...PAYROLL_LINES), 'no_payroll');
    return employed.size;
  }
  const unmatched = new Set<string>();
  /** Per person, the months (bit m-1) with payroll. */
  const seen = new Map<string, number>();
  const contractsOf = new Map<string, Contract[]>();
  for (const c of data.contracts) {
    const list = contractsOf.get(c.employeeId);
    if (list) list.push(c);
    else contractsOf.set(c.employeeId, [c]);
  }
  for (const p of payroll) {
    const sex = sexOf.get(p.employeeId);
    const m = Number(p.month.slice(5, 7));
    // Under contract at the month's end, or else at some day of the month (then by those contracts).
    let f = statusByMonth[m - 1]!.get(p.employeeId);
    if (f === undefined) {
      const month = (contractsOf.get(p.employeeId) ?? []).filter((c) =>
        clip(c.startsOn, c.endsOn, monthStart(year, m), monthEnd(year, m)),
      );
      if (month.length > 0) f = fractionOf(month);
    }
    if (!sex || f === undefined) {
      unmatched.add(p.employeeId);
      continue;
    }
    seen.set(p.employeeId, (seen.get(p.employeeId) ?? 0) | (1 << (m - 1)));
    const ft = f >= 1;
    t.sexed(ft ? '1011' : '1012', sex, p.hoursWorked, p.employeeId);
    t.sexed('1013', sex, p.hoursWorked, p.employeeId);
    t.sexed(ft ? '1021' : '1022', sex, p.costCents, p.employeeId);
    t.sexed('1023', sex, p.costCents, p.employeeId);
    t.sexed('1033', sex, p.benefitsCents, p.employeeId);
  }
  statusByMonth.forEach((status, i) => {
    for (const id of status.keys()) if (!((seen.get(id) ?? 0) & (1 << i))) unmatched.add(id);
  });
  const codes = lineCodes(...PAYROLL_LINES);
  if (unmatched.size > 0) {
    miss(codes, 'payroll_incomplete', unmatched);
    for (const c of codes) t.values.delete(c);
  } else t.zero(codes);
  return employed.size;
}

/** The previous year's column(s) of Part I A during the year, as the form of the model has them. */
export interface PreviousYear {
  year: number;
  figures: BalansFigure[];
  missing: MissingFigure[];
}

/**
 * The figures of year − 1 that the form of `model` shows next to the year's (1003, 1013, 1023, 1033 by
 * sex in the full model; 1003, 1013, 1023 in the abbreviated one), computed as the year's are. Data
 * missing for that year is listed, never a silent zero: no one under contract at any month end of that
 * year is "nothing registered" (the contracts of that year may simply not be entered), no payroll or
 * incomplete payroll as for the year itself. `data` must hold that year's payroll.
 */
export function previousYear(data: PeopleData, year: number, model: Model, trace = true): PreviousYear {
  const previous = year - 1;
  const t = new Tally(trace);
  const missing: MissingFigure[] = [];
  const miss = missInto(missing);
  const sexOf = new Map(data.employees.map((e) => [e.id, e.sex]));
  if (duringYear(data, previous, sexOf, t, miss) === 0) {
    const codes = lineCodes('1001', '1002', '1003', '100');
    miss(codes, 'none_registered');
    for (const c of codes) t.values.delete(c);
  }
  const codes = previousCodes(model);
  const inModel = new Set(codes);
  return { year: previous, figures: t.figures(codes), missing: missing.filter((m) => inModel.has(m.code)) };
}
