/**
 * The sociale balans of one year, computed from the registered people data (DOMAIN.md §5): every
 * figure with the ids of the people (or agency/placed records) behind it; a figure whose data is
 * missing is listed per code with the reason, never given as a silent zero. Pure: no I/O.
 */
import { EDUCATIONS, EXTERNAL_KINDS, type PeopleData, TRAINING_KINDS } from './types.ts';
import { type Model, modelCodes } from './sociale-balans-form.ts';
import { duringYear } from './sociale-balans-during.ts';
import { type BalansFigure, lineCodes, type MissingFigure, missInto, Tally } from './sociale-balans-tally.ts';
import { clip, daysIncl, fractionOf, inForceOn, mainContract, spellsOf } from './sociale-balans-time.ts';

export {
  type BalansFigure,
  MISSING_REASONS,
  type MissingFigure,
  type MissingReason,
} from './sociale-balans-tally.ts';

export interface SizeInputs {
  /** Turnover of the year (cents), null when unknown. */
  turnoverCents: number | null;
  balanceTotalCents: number | null;
}
/** A size criterion whose figure is unknown, so it could not be checked. */
export type SizeCriterion = 'turnover' | 'balance_total';
export interface SocialeBalans {
  year: number;
  model: Model;
  /**
   * Which size criteria were exceeded (> 50 FTE, receipts > € 7.3M, balance total > € 3.65M; nbb.be, for
   * associations); `unchecked` the criteria whose figure is unknown, and `modelCertain` whether the
   * model would be the same whatever they are.
   */
  size: {
    fte: number;
    fteExceeded: boolean;
    turnoverCents: number | null;
    turnoverExceeded: boolean | null;
    balanceTotalCents: number | null;
    balanceExceeded: boolean | null;
    unchecked: SizeCriterion[];
    modelCertain: boolean;
  };
  /** Associations with at least 20 FTE on average file the sociale balans. */
  mustFile: boolean;
  /** The head of the form: the joint committees of the contracts in force during the year, sorted. */
  jointCommittees: string[];
  figures: BalansFigure[];
  missing: MissingFigure[];
  /** Personnel costs from payroll (1023) against accounts 620-623 of the ledger. */
  crossCheck: { payrollCents: number | null; ledgerCents: number | null; differenceCents: number | null };
}

const CONTRACT_CODE = { indefinite: '0', fixed_term: '1', defined_work: '2', replacement: '3' } as const;
const CATEGORY_CODE = { management: '130', employee: '134', worker: '132', other: '133' } as const;
const EXIT_CODE = { pension: '340', swt: '341', dismissal: '342', other: '343' } as const;
const TRAINING_CODE = { formal: ['580', '581'], informal: ['582', '583'], initial: ['584', '585'] } as const;

/** The NBB's size thresholds for associations: average FTE, receipts and balance total (cents). */
const FTE_MAX = 50;
const TURNOVER_MAX = 730_000_000;
const BALANCE_TOTAL_MAX = 365_000_000;

export function socialeBalans(
  data: PeopleData,
  year: number,
  ledger620to623Cents: number | null,
  size: SizeInputs,
  trace = true,
): SocialeBalans {
  const t = new Tally(trace);
  const missing: MissingFigure[] = [];
  const miss = missInto(missing);
  const sexOf = new Map(data.employees.map((e) => [e.id, e.sex]));
  const eduOf = new Map(data.employees.map((e) => [e.id, e.education]));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;

  // 100-103: the month-end counts and the payroll months (sociale-balans-during.ts).
  duringYear(data, year, sexOf, t, miss);

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
  const turnoverExceeded = size.turnoverCents === null ? null : size.turnoverCents > TURNOVER_MAX;
  const balanceExceeded = size.balanceTotalCents === null ? null : size.balanceTotalCents > BALANCE_TOTAL_MAX;
  /** The model when the unknown criteria are taken as exceeded (`unknown` true) or not. */
  const modelIf = (unknown: boolean): Model => {
    const exceeded = [fte > FTE_MAX, turnoverExceeded ?? unknown, balanceExceeded ?? unknown].filter(Boolean).length;
    return fte > 100 || exceeded >= 2 ? 'full' : 'abbreviated';
  };
  // An unknown criterion never counts as exceeded; the answer says which could not be checked.
  const model = modelIf(false);
  const unchecked = [
    ...(turnoverExceeded === null ? (['turnover'] as const) : []),
    ...(balanceExceeded === null ? (['balance_total'] as const) : []),
  ];

  // Only the codes of the model's form, in its order: the abbreviated model shows no code it lacks.
  const order = modelCodes(model);
  const inModel = new Set(order);
  const payrollCents = t.values.get('1023') ?? null;
  return {
    year,
    model,
    size: {
      fte,
      fteExceeded: fte > FTE_MAX,
      turnoverCents: size.turnoverCents,
      turnoverExceeded,
      balanceTotalCents: size.balanceTotalCents,
      balanceExceeded,
      unchecked,
      modelCertain: modelIf(true) === model,
    },
    mustFile: fte >= 20,
    jointCommittees: [
      ...new Set(data.contracts.filter((c) => clip(c.startsOn, c.endsOn, from, to)).map((c) => c.jointCommittee)),
    ]
      .filter(Boolean)
      .sort(),
    figures: t.figures(order),
    missing: missing.filter((m) => inModel.has(m.code)),
    crossCheck: {
      payrollCents,
      ledgerCents: ledger620to623Cents,
      differenceCents:
        payrollCents !== null && ledger620to623Cents !== null ? payrollCents - ledger620to623Cents : null,
    },
  };
}
