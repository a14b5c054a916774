/**
 * The HR key figures of a year (issue 13 §3), each with its formula and inputs: headcount and FTE
 * (per month too), turnover, absenteeism short and long, frequency, Bradford factor, seniority, the sex
 * and age pyramid, part-time share, training hours per FTE against the sector norm and personnel cost
 * per FTE. Pure: no I/O. A figure without the data to compute it is null, never zero.
 */
import type { Message } from '../../../lib/messages.ts';
import { msg } from './messages.ts';
import { absenteeism, isLongSpell } from './absenteeism.ts';
import { socialeBalans } from './sociale-balans.ts';
import { coversDay } from './contracts.ts';
import { clip, daysIncl, fractionOf, inForceOn, monthEnd, spellsOf } from './sociale-balans-time.ts';
import type { PeopleData } from './types.ts';

export const HR_KEYS = [
  'headcount',
  'fte',
  'turnover',
  'absenteeism_short',
  'absenteeism_long',
  'frequency',
  'bradford',
  'seniority',
  'part_time_share',
  'training_hours_per_fte',
  'training_norm_share',
  'personnel_cost_per_fte',
] as const;
export type HrKey = (typeof HR_KEYS)[number];
export type HrUnit = 'count' | 'fte' | 'percent' | 'hours' | 'cents' | 'years' | 'ratio';
export interface HrFigure {
  key: HrKey;
  value: number | null;
  unit: HrUnit;
  formula: Message;
  inputs: { label: Message; value: number }[];
}
export interface HrFigures {
  year: number;
  figures: HrFigure[];
  months: { month: string; headcount: number; fte: number }[];
  pyramid: { band: string; men: number; women: number }[];
  /** Employees at the closing date whose birth year is unknown (left out of the pyramid). */
  ageUnknown: number;
  seniorityBands: { band: string; count: number }[];
}

/** Sector norm: 5 training days per FTE, a day being a fifth of a 38-hour week. */
export const TRAINING_NORM_HOURS = 5 * 7.6;
const AGE_BANDS: [string, number][] = [
  ['< 25', 25],
  ['25-34', 35],
  ['35-44', 45],
  ['45-54', 55],
  ['55+', 200],
];
const SENIORITY_BANDS: [string, number][] = [
  ['< 1', 1],
  ['1-4', 5],
  ['5-9', 10],
  ['10-19', 20],
  ['20+', 1000],
];

const r = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const ratio = (num: number, den: number, scale = 1) => (den > 0 ? r((num / den) * scale) : null);

/** Sickness lasting a month or more (to the day before the same date a month later) is long. */
export const isLongSickness = isLongSpell;

export function hrFigures(data: PeopleData, year: number): HrFigures {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const balans = socialeBalans(data, year, null, { turnoverCents: null, balanceTotalCents: null }, false);
  const value = (code: string) => balans.figures.find((f) => f.code === code)?.value ?? null;
  const sexOf = new Map(data.employees.map((e) => [e.id, e]));

  const months = Array.from({ length: 12 }, (_, i) => {
    const inForce = inForceOn(data.contracts, monthEnd(year, i + 1));
    let fte = 0;
    for (const cs of inForce.values()) fte += fractionOf(cs);
    return { month: `${year}-${String(i + 1).padStart(2, '0')}`, headcount: inForce.size, fte: r(fte) };
  });
  const closing = inForceOn(data.contracts, to);
  const atStart = inForceOn(data.contracts, from).size;
  const avgFte = value('1003') ?? 0;
  const avgHeadcount = (value('1001') ?? 0) + (value('1002') ?? 0);

  const spells = spellsOf(data.contracts);
  const leavers = spells.filter((s) => s.endsOn !== null && s.endsOn >= from && s.endsOn <= to).length;

  const absent = absenteeism(data, from, to);
  const spellsPer = new Map<string, { s: number; d: number }>();
  for (const a of data.absences) {
    if (a.kind !== 'sickness') continue;
    const part = clip(a.startsOn, a.endsOn, from, to);
    if (!part) continue;
    const b = spellsPer.get(a.employeeId) ?? { s: 0, d: 0 };
    if (a.startsOn >= from) b.s++;
    b.d += daysIncl(part[0], part[1]);
    spellsPer.set(a.employeeId, b);
  }
  const sickSpells = [...spellsPer.values()].reduce((a, b) => a + b.s, 0);
  const employed = new Set(data.contracts.filter((c) => clip(c.startsOn, c.endsOn, from, to)).map((c) => c.employeeId));
  const bradford = [...employed].map((id) => {
    const b = spellsPer.get(id);
    return b ? b.s * b.s * b.d : 0;
  });

  const spellAt = new Map(spells.filter((s) => coversDay(s, to)).map((s) => [s.employeeId, s]));
  const years = [...closing.keys()].map((id) => (daysIncl(spellAt.get(id)?.startsOn ?? to, to) - 1) / 365.25);
  const seniorityBands = SENIORITY_BANDS.map(([band, below], i) => ({
    band,
    count: years.filter((y) => y < below && (i === 0 || y >= SENIORITY_BANDS[i - 1]![1])).length,
  }));
  const ages = [...closing.keys()].map((id) => sexOf.get(id)).filter((e) => e !== undefined);
  const pyramid = AGE_BANDS.map(([band, below], i) => {
    const inBand = ages.filter((e) => {
      if (e.birthYear === null) return false;
      const age = year - e.birthYear;
      return age < below && (i === 0 || age >= AGE_BANDS[i - 1]![1]);
    });
    return {
      band,
      men: inBand.filter((e) => e.sex === 'male').length,
      women: inBand.filter((e) => e.sex === 'female').length,
    };
  });
  const partTime = [...closing.values()].filter((cs) => fractionOf(cs) < 1).length;
  const trainingHours = data.trainings
    .filter((x) => x.heldOn >= from && x.heldOn <= to)
    .reduce((a, x) => a + x.hours, 0);
  const cost = value('1023');

  const fig = (key: HrKey, v: number | null, unit: HrUnit, inputs: [Message, number][]): HrFigure => ({
    key,
    value: v,
    unit,
    formula: msg(`formula_${key}`),
    inputs: inputs.map(([label, n]) => ({ label, value: r(n) })),
  });
  return {
    year,
    months,
    pyramid,
    ageUnknown: ages.filter((e) => e.birthYear === null).length,
    seniorityBands,
    figures: [
      fig('headcount', closing.size, 'count', [
        [msg('in_fte_closing'), [...closing.values()].reduce((a, cs) => a + fractionOf(cs), 0)],
      ]),
      fig('fte', r(avgFte), 'fte', [[msg('average_headcount'), avgHeadcount]]),
      fig('turnover', ratio(leavers, (atStart + closing.size) / 2, 100), 'percent', [
        [msg('leavers'), leavers],
        [msg('headcount_start'), atStart],
        [msg('headcount_end'), closing.size],
      ]),
      fig('absenteeism_short', absent.short, 'percent', [
        [msg('sick_days_short'), absent.shortDays],
        [msg('days_to_work'), absent.daysToWork],
      ]),
      fig('absenteeism_long', absent.long, 'percent', [
        [msg('sick_days_long'), absent.longDays],
        [msg('days_to_work'), absent.daysToWork],
      ]),
      fig('frequency', ratio(sickSpells, avgHeadcount), 'ratio', [
        [msg('sick_spells'), sickSpells],
        [msg('average_headcount'), avgHeadcount],
      ]),
      fig('bradford', bradford.length ? r(bradford.reduce((a, b) => a + b, 0) / bradford.length) : null, 'ratio', [
        [msg('highest_bradford'), Math.max(0, ...bradford)],
        [msg('people_employed'), bradford.length],
      ]),
      fig('seniority', years.length ? r(years.reduce((a, b) => a + b, 0) / years.length, 1) : null, 'years', [
        [msg('headcount_end'), years.length],
      ]),
      fig('part_time_share', ratio(partTime, closing.size, 100), 'percent', [
        [msg('part_timers'), partTime],
        [msg('headcount_end'), closing.size],
      ]),
      fig('training_hours_per_fte', ratio(trainingHours, avgFte), 'hours', [
        [msg('training_hours'), trainingHours],
        [msg('average_fte'), avgFte],
      ]),
      fig('training_norm_share', ratio(trainingHours, avgFte * TRAINING_NORM_HOURS, 100), 'percent', [
        [msg('training_hours'), trainingHours],
        [msg('norm_hours'), avgFte * TRAINING_NORM_HOURS],
      ]),
      fig('personnel_cost_per_fte', cost === null || avgFte <= 0 ? null : Math.round(cost / avgFte), 'cents', [
        [msg('personnel_cost'), cost ?? 0],
        [msg('average_fte'), avgFte],
      ]),
    ],
  };
}
