/**
 * The sociale balans of one year, computed from the registered people data (DOMAIN.md §5): every
 * figure with the ids of the people (or agency/placed records) behind it; a figure whose data is
 * missing is listed per code with the reason, never given as a silent zero. Pure: no I/O.
 */
import { EDUCATIONS, EXTERNAL_KINDS, type PeopleData, type Sex, TRAINING_KINDS } from './types.ts';
import { type Model, formOf, modelCodes } from './sociale-balans-form.ts';
import {
  clip,
  daysIncl,
  fractionOf,
  inForceOn,
  mainContract,
  monthEnd,
  monthStart,
  spellsOf,
} from './sociale-balans-time.ts';

export interface BalansFigure {
  code: string;
  value: number;
  ids: string[];
}
export const MISSING_REASONS = [
  'no_payroll',
  'payroll_incomplete',
  'education_unknown',
  'none_registered',
  'exit_reason_unknown',
  'not_recorded',
] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];
export interface MissingFigure {
  code: string;
  reason: MissingReason;
  ids: string[];
}
export interface SizeInputs {
  /** Turnover of the year (cents), null when unknown. */
  turnoverCents: number | null;
  balanceTotalCents: number | null;
}
export interface SocialeBalans {
  year: number;
  model: Model;
  /** Which size criteria were exceeded (> 50 FTE, receipts > € 7.3M, balance total > € 3.65M; nbb.be, for associations). */
  size: { fte: number; fteExceeded: boolean; turnoverExceeded: boolean | null; balanceExceeded: boolean | null };
  /** Associations with at least 20 FTE on average file the sociale balans. */
  mustFile: boolean;
  figures: BalansFigure[];
  missing: MissingFigure[];
  /** Personnel costs from payroll (1023) against accounts 620-623 of the ledger. */
  crossCheck: { payrollCents: number | null; ledgerCents: number | null; differenceCents: number | null };
}

const SEX_DIGIT: Record<Sex, '1' | '2'> = { male: '1', female: '2' };
const CONTRACT_CODE = { indefinite: '0', fixed_term: '1', defined_work: '2', replacement: '3' } as const;
/** Column numbers at the closing date and in Part II: 1 full-time, 2 part-time, 3 total in FTE. */
const FULL_TIME = '1';
const PART_TIME = '2';
const IN_FTE = '3';
const CATEGORY_CODE = { management: '130', employee: '134', worker: '132', other: '133' } as const;
const EXIT_CODE = { pension: '340', swt: '341', dismissal: '342', other: '343' } as const;
const TRAINING_CODE = { formal: ['580', '581'], informal: ['582', '583'], initial: ['584', '585'] } as const;

/** The men's and women's codes of a line's code, made once. */
const SEXED = new Map<string, Record<Sex, string>>();

/** Sums per code, with the people behind each. */
class Tally {
  readonly values = new Map<string, number>();
  readonly ids = new Map<string, Set<string>>();
  /** `trace` false: the people behind the figures are not kept (the board's view, the HR figures). */
  constructor(readonly trace: boolean) {}
  add(code: string, value: number, id: string) {
    this.values.set(code, (this.values.get(code) ?? 0) + value);
    if (!this.trace) return;
    const set = this.ids.get(code);
    if (set) set.add(id);
    else this.ids.set(code, new Set([id]));
  }
  /** Adds to a by-sex line: the men's or women's code and the total. */
  sexed(code: string, sex: Sex, value: number, id: string) {
    let codes = SEXED.get(code);
    if (!codes) {
      codes = { male: `${code}${SEX_DIGIT.male}`, female: `${code}${SEX_DIGIT.female}` };
      SEXED.set(code, codes);
    }
    this.add(codes[sex], value, id);
    this.add(code, value, id);
  }
  /** Adds a person to a line with columns 1. full-time, 2. part-time (counts) and 3. total in FTE. */
  regime(line: string, fraction: number, id: string) {
    this.add(`${line}${fraction >= 1 ? FULL_TIME : PART_TIME}`, 1, id);
    this.add(`${line}${IN_FTE}`, fraction, id);
  }
  /** Makes sure the codes exist (a real zero: the data is there, nothing matched). */
  zero(codes: string[]) {
    for (const c of codes) if (!this.values.has(c)) this.values.set(c, 0);
  }
}

export function socialeBalans(
  data: PeopleData,
  year: number,
  ledger620to623Cents: number | null,
  size: SizeInputs,
  trace = true,
): SocialeBalans {
  const t = new Tally(trace);
  const missing: MissingFigure[] = [];
  const sexOf = new Map(data.employees.map((e) => [e.id, e.sex]));
  const eduOf = new Map(data.employees.map((e) => [e.id, e.education]));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  /** The cell codes of the given lines, in either model (the figures of both are computed). */
  const lineCodes = (...codes: string[]) => [
    ...new Set(
      [...formOf('full'), ...formOf('abbreviated')]
        .flatMap((s) => s.lines)
        .filter((l) => codes.includes(l.code))
        .flatMap((l) => Object.values(l.cells).map((c) => c.code)),
    ),
  ];
  const miss = (codes: string[], reason: MissingReason, ids: Iterable<string> = []) => {
    const list = [...new Set(ids)].sort();
    for (const code of codes) missing.push({ code, reason, ids: list });
  };

  // 100: the mean of the twelve month-end counts; full time when the fraction reaches 1.
  const statusByMonth: Map<string, number>[] = [];
  for (let m = 1; m <= 12; m++) {
    const status = new Map<string, number>();
    for (const [id, cs] of inForceOn(data.contracts, monthEnd(year, m))) {
      const sex = sexOf.get(id);
      if (!sex) continue;
      const f = fractionOf(cs);
      status.set(id, f);
      t.sexed(f >= 1 ? '1001' : '1002', sex, 1 / 12, id);
      t.sexed('1003', sex, f / 12, id);
    }
    statusByMonth.push(status);
  }
  t.zero(lineCodes('1001', '1002', '1003', '100'));

  // 101-103: hours worked, personnel costs and benefits from the payroll months.
  const payroll = data.payroll.filter((p) => p.month >= from && p.month <= to);
  if (payroll.length === 0) {
    miss(lineCodes('1011', '1012', '1013', '101', '1021', '1022', '1023', '102', '1033'), 'no_payroll');
  } else {
    const unmatched = new Set<string>();
    /** Per person, the months (bit m-1) with payroll. */
    const seen = new Map<string, number>();
    const contractsOf = new Map<string, typeof data.contracts>();
    for (const c of data.contracts) {
      const list = contractsOf.get(c.employeeId);
      if (list) list.push(c);
      else contractsOf.set(c.employeeId, [c]);
    }
    for (const p of payroll) {
      const sex = sexOf.get(p.employeeId);
      const m = Number(p.month.slice(5, 7));
      const month = (contractsOf.get(p.employeeId) ?? []).filter((c) =>
        clip(c.startsOn, c.endsOn, monthStart(year, m), monthEnd(year, m)),
      );
      if (!sex || month.length === 0) {
        unmatched.add(p.employeeId);
        continue;
      }
      seen.set(p.employeeId, (seen.get(p.employeeId) ?? 0) | (1 << (m - 1)));
      const f = statusByMonth[m - 1]!.get(p.employeeId) ?? fractionOf(month);
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
    if (unmatched.size > 0) {
      const codes = lineCodes('1011', '1012', '1013', '101', '1021', '1022', '1023', '102', '1033');
      miss(codes, 'payroll_incomplete', unmatched);
      for (const c of codes) t.values.delete(c);
    } else t.zero(lineCodes('1011', '1012', '1013', '101', '1021', '1022', '1023', '102', '1033'));
  }

  // 105, 110-113, 120-121 (with 1200-1213), 130-134: at the closing date, each line in columns
  // 1. full-time, 2. part-time and 3. total in FTE; a person's contracts of that day taken together.
  const closing = inForceOn(data.contracts, to);
  const unknownEducation: string[] = [];
  for (const [id, cs] of closing) {
    const sex = sexOf.get(id);
    if (!sex) continue;
    const f = fractionOf(cs);
    const main = mainContract(cs);
    t.regime('105', f, id);
    t.regime(`11${CONTRACT_CODE[main.contractType]}`, f, id);
    t.regime(sex === 'male' ? '120' : '121', f, id);
    t.regime(CATEGORY_CODE[main.category], f, id);
    const edu = eduOf.get(id);
    if (edu) t.regime(`12${sex === 'male' ? 0 : 1}${EDUCATIONS.indexOf(edu)}`, f, id);
    else unknownEducation.push(id);
  }
  t.zero(lineCodes('105', '110', '111', '112', '113', '120', '121', '130', '134', '132', '133'));
  const educationCodes = lineCodes('1200', '1201', '1202', '1203', '1210', '1211', '1212', '1213');
  if (unknownEducation.length > 0) {
    miss(educationCodes, 'education_unknown', unknownEducation);
    for (const c of educationCodes) t.values.delete(c);
  } else t.zero(educationCodes);

  // 150-152: agency workers (column 1) and persons placed (column 2), in proportion to the part of
  // their period in the year; the form has no total column.
  const externals = data.externals.filter((x) => clip(x.startsOn, x.endsOn, from, to));
  if (externals.length === 0) miss(lineCodes('150', '151', '152'), 'none_registered');
  else {
    const yearDays = daysIncl(from, to);
    for (const x of externals) {
      const [a, b] = clip(x.startsOn, x.endsOn, from, to)!;
      const share = daysIncl(a, b) / daysIncl(x.startsOn, x.endsOn);
      const digit = String(EXTERNAL_KINDS.indexOf(x.kind) + 1);
      for (const [code, value] of [
        ['150', (x.fte * daysIncl(a, b)) / yearDays],
        ['151', x.hours * share],
        ['152', Math.round(x.costCents * share)],
      ] as const) {
        t.add(`${code}${digit}`, value, x.id);
      }
    }
    t.zero(lineCodes('150', '151', '152'));
  }

  // Part II: spells starting (entries) or ending (exits) in the year, in columns 1. full-time,
  // 2. part-time and 3. total in FTE by the working time agreed on that day (not split by sex).
  const exitsWithoutReason: string[] = [];
  const contractsOf = new Map<string, typeof data.contracts>();
  for (const c of data.contracts) contractsOf.set(c.employeeId, [...(contractsOf.get(c.employeeId) ?? []), c]);
  const fractionOn = (id: string, day: string) => fractionOf(inForceOn(contractsOf.get(id) ?? [], day).get(id) ?? []);
  for (const s of spellsOf(data.contracts)) {
    if (!sexOf.has(s.employeeId)) continue;
    if (s.startsOn >= from && s.startsOn <= to) {
      const f = fractionOn(s.employeeId, s.startsOn);
      t.regime('205', f, s.employeeId);
      t.regime(`21${CONTRACT_CODE[s.first.contractType]}`, f, s.employeeId);
    }
    if (s.endsOn !== null && s.endsOn >= from && s.endsOn <= to) {
      const f = fractionOn(s.employeeId, s.endsOn);
      t.regime('305', f, s.employeeId);
      t.regime(`31${CONTRACT_CODE[s.last.contractType]}`, f, s.employeeId);
      if (s.last.exitReason) t.regime(EXIT_CODE[s.last.exitReason], f, s.employeeId);
      else exitsWithoutReason.push(s.employeeId);
    }
  }
  t.zero(lineCodes('205', '210', '211', '212', '213', '305', '310', '311', '312', '313'));
  // 350 (of the exits, those who stay on as self-employed at least half-time) is not registered.
  miss(lineCodes('350'), 'not_recorded');
  const reasonCodes = lineCodes('340', '341', '342', '343');
  if (exitsWithoutReason.length > 0) {
    miss(reasonCodes, 'exit_reason_unknown', exitsWithoutReason);
    for (const c of reasonCodes) t.values.delete(c);
  } else t.zero(reasonCodes);

  // Part III: per kind and sex, workers trained, hours and net cost (gross − subsidies + contributions);
  // for formal training also the three parts of the net cost (58031-58033 / 58131-58133).
  const trainings = data.trainings.filter((x) => x.heldOn >= from && x.heldOn <= to);
  for (const kind of TRAINING_KINDS) {
    const [men, women] = TRAINING_CODE[kind];
    const parts = kind === 'formal' ? ['1', '2', '3', '31', '32', '33'] : ['1', '2', '3'];
    const codes = parts.flatMap((d) => [`${men}${d}`, `${women}${d}`]);
    const ofKind = trainings.filter((x) => x.kind === kind);
    if (ofKind.length === 0) {
      miss(codes, 'none_registered');
      continue;
    }
    const workers = new Map<string, Set<string>>();
    for (const x of ofKind) {
      const sex = sexOf.get(x.employeeId);
      if (!sex) continue;
      const base = sex === 'male' ? men : women;
      workers.set(base, (workers.get(base) ?? new Set()).add(x.employeeId));
      t.add(`${base}1`, 0, x.employeeId);
      t.add(`${base}2`, x.hours, x.employeeId);
      t.add(`${base}3`, x.grossCostCents - x.subsidyCents + x.fundContributionCents, x.employeeId);
      if (kind === 'formal') {
        t.add(`${base}31`, x.grossCostCents, x.employeeId);
        t.add(`${base}32`, x.fundContributionCents, x.employeeId);
        t.add(`${base}33`, x.subsidyCents, x.employeeId);
      }
    }
    for (const [base, set] of workers) t.values.set(`${base}1`, set.size);
    t.zero(codes);
  }

  const fte = t.values.get('1003') ?? 0;
  // Size, as the NBB states it for associations and foundations ("Groottecriteria verenigingen en
  // stichtingen", https://www.nbb.be/nl/balanscentrale/modellen-van-de-jaarrekening/groottecriteria-voor-
  // verenigingen-en-stichtingen): very large, so the full model, when the average FTE is over 100, or when
  // at least two of these are exceeded: 50 FTE, receipts other than exceptional (excl. VAT) € 7,300,000,
  // balance total € 3,650,000. The companies' thresholds (€ 9M / € 4.5M, DOMAIN.md §5) do not apply to a vzw.
  const turnoverExceeded = size.turnoverCents === null ? null : size.turnoverCents > 730_000_000;
  const balanceExceeded = size.balanceTotalCents === null ? null : size.balanceTotalCents > 365_000_000;
  const exceeded = [fte > 50, turnoverExceeded === true, balanceExceeded === true].filter(Boolean).length;
  const model: Model = fte > 100 || exceeded >= 2 ? 'full' : 'abbreviated';

  // Only the codes of the model's form, in its order: the abbreviated model shows no code it lacks.
  const order = modelCodes(model);
  const inModel = new Set(order);
  const figures = [...new Set(order)]
    .filter((code) => t.values.has(code))
    .map((code) => ({ code, value: t.values.get(code)!, ids: [...(t.ids.get(code) ?? [])] }));
  const payrollCents = t.values.get('1023') ?? null;
  return {
    year,
    model,
    size: { fte, fteExceeded: fte > 50, turnoverExceeded, balanceExceeded },
    mustFile: fte >= 20,
    figures,
    missing: missing.filter((m) => inModel.has(m.code)),
    crossCheck: {
      payrollCents,
      ledgerCents: ledger620to623Cents,
      differenceCents:
        payrollCents !== null && ledger620to623Cents !== null ? payrollCents - ledger620to623Cents : null,
    },
  };
}
