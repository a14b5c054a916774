/**
 * The demo's staff over three years, simulated month by month: about 69 people at the start, exits
 * (pension, SWT, dismissal, other) replaced by new people on fixed-term contracts that mostly become
 * indefinite, a few moving to 4/5, sickness short and long, maternity with a replacement contract.
 * Pure (no database): the caller inserts what it returns. Deterministic with `rnd`.
 */
import { addDays } from '../lib/calendar.ts';
import type { AbsenceKind, Category, ContractType, Education, ExitReason, Sex } from '../modules/people/logic/types.ts';
import { weekdaysIncl } from '../modules/people/logic/sociale-balans-time.ts';
import { SURNAMES } from './names.ts';
import type { Random } from './random.ts';

export interface DemoContract {
  startsOn: string;
  endsOn: string | null;
  contractType: ContractType;
  weeklyHours: number;
  category: Category;
  functionTitle: string;
  /** Employer cost of a full month at this contract's hours, before indexation and holiday pay. */
  baseCostCents: number;
  exitReason: ExitReason | null;
}
export interface DemoAbsence {
  kind: AbsenceKind;
  startsOn: string;
  endsOn: string;
  hours: number;
}
export interface DemoPerson {
  ref: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthYear: number;
  education: Education;
  contracts: DemoContract[];
  absences: DemoAbsence[];
}

const FUNCTIONS: { title: string; category: Category; weight: number; cost: number; education: Education[] }[] = [
  {
    title: 'Begeleider',
    category: 'employee',
    weight: 30,
    cost: 3_350_00,
    education: ['secondary', 'higher_non_university'],
  },
  { title: 'Opvoeder', category: 'employee', weight: 14, cost: 3_450_00, education: ['higher_non_university'] },
  { title: 'Zorgkundige', category: 'employee', weight: 8, cost: 3_300_00, education: ['secondary'] },
  { title: 'Verpleegkundige', category: 'employee', weight: 4, cost: 3_800_00, education: ['higher_non_university'] },
  {
    title: 'Maatschappelijk werker',
    category: 'employee',
    weight: 3,
    cost: 3_650_00,
    education: ['higher_non_university'],
  },
  { title: 'Administratief medewerker', category: 'employee', weight: 4, cost: 3_100_00, education: ['secondary'] },
  { title: 'Logistiek medewerker', category: 'worker', weight: 6, cost: 2_850_00, education: ['primary', 'secondary'] },
  { title: 'Kok', category: 'worker', weight: 2, cost: 3_000_00, education: ['secondary'] },
  { title: 'Chauffeur', category: 'worker', weight: 2, cost: 2_900_00, education: ['primary', 'secondary'] },
  {
    title: 'Teamcoördinator',
    category: 'management',
    weight: 4,
    cost: 4_300_00,
    education: ['higher_non_university', 'university'],
  },
  { title: 'Directeur', category: 'management', weight: 0, cost: 5_600_00, education: ['university'] },
];
const FIRST_F = [
  'An',
  'Charlotte',
  'Els',
  'Fien',
  'Hanne',
  'Ilse',
  'Karen',
  'Lotte',
  'Mieke',
  'Olivia',
  'Sofie',
  'Tine',
  'Yasmina',
  'Lien',
  'Nathalie',
  'Sarah',
  'Eline',
  'Leen',
  'Griet',
  'Fatima',
  'Marie',
  'Katrien',
  'Joke',
  'Evi',
];
const FIRST_M = [
  'Bart',
  'Dirk',
  'Geert',
  'Jan',
  'Nico',
  'Pieter',
  'Rik',
  'Wouter',
  'Mohamed',
  'Jonas',
  'Tom',
  'Kris',
  'Stijn',
  'Ahmed',
  'Bram',
  'Koen',
];
/** The members' surnames and more, for about 85 staff over three years. */
const LAST = [
  ...SURNAMES,
  'Desmet',
  'Verstraete',
  'Coppens',
  'De Backer',
  'Stevens',
  'Pauwels',
  'Segers',
  'Van Damme',
  'Bogaert',
  'Smets',
  'Cools',
  'Thys',
];

const FULL = 38;
const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
const lastDay = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return ym(Math.floor(i / 12), (i % 12) + 1);
}

/** Simulates the staff from `firstMonth` up to and including `lastMonth` ('yyyy-mm'). */
export function simulateStaff(rnd: Random, firstMonth: string, lastMonth: string): DemoPerson[] {
  const people: DemoPerson[] = [];
  const names = new Set<string>();
  const startYear = Number(firstMonth.slice(0, 4));
  const pickFunction = () => {
    const total = FUNCTIONS.reduce((s, f) => s + f.weight, 0);
    let x = rnd.next() * total;
    for (const f of FUNCTIONS) {
      x -= f.weight;
      if (x < 0) return f;
    }
    return FUNCTIONS[0]!;
  };
  const hours = () => (rnd.next() < 0.68 ? FULL : rnd.pick([19, 22.8, 28.5, 30.4, 30.4]));
  const newPerson = (fn: (typeof FUNCTIONS)[number], age: number, sex?: Sex): DemoPerson => {
    const s: Sex = sex ?? (rnd.next() < 0.76 ? 'female' : 'male');
    let first: string;
    let last: string;
    do {
      first = rnd.pick(s === 'female' ? FIRST_F : FIRST_M);
      last = rnd.pick(LAST);
    } while (names.has(`${first} ${last}`));
    names.add(`${first} ${last}`);
    const person: DemoPerson = {
      ref: String(1001 + people.length),
      firstName: first,
      lastName: last,
      sex: s,
      birthYear: startYear - age,
      education: rnd.pick(fn.education),
      contracts: [],
      absences: [],
    };
    people.push(person);
    return person;
  };
  const contract = (
    fn: (typeof FUNCTIONS)[number],
    startsOn: string,
    type: ContractType,
    weekly: number,
    seniority: number,
  ): DemoContract => ({
    startsOn,
    endsOn: null,
    contractType: type,
    weeklyHours: weekly,
    category: fn.category,
    functionTitle: fn.title,
    baseCostCents: Math.round(
      fn.cost * (weekly / FULL) * (1 + Math.min(0.2, seniority * 0.008)) * (0.97 + rnd.next() * 0.06),
    ),
    exitReason: null,
  });
  // The staff at the start: long-serving people of every age.
  const director = newPerson(FUNCTIONS.at(-1)!, 54, 'female');
  director.contracts.push(contract(FUNCTIONS.at(-1)!, '2009-09-01', 'indefinite', FULL, 15));
  for (let i = 0; i < 68; i++) {
    const fn = pickFunction();
    const age = rnd.int(23, 63);
    const years = rnd.int(0, Math.min(30, age - 21));
    const p = newPerson(fn, age);
    const start = `${startYear - years}-${String(rnd.int(1, 12)).padStart(2, '0')}-01`;
    p.contracts.push(
      contract(fn, start < `${startYear}-01-01` ? start : `${startYear - 1}-06-01`, 'indefinite', hours(), years),
    );
  }
  const hire = (fn: (typeof FUNCTIONS)[number], month: string, type: ContractType, months: number) => {
    const p = newPerson(fn, rnd.int(21, 45));
    const c = contract(fn, `${month}-01`, type, hours(), 0);
    c.endsOn = lastDay(addMonths(month, months - 1));
    p.contracts.push(c);
    return p;
  };
  for (let month = firstMonth; month <= lastMonth; month = addMonths(month, 1)) {
    const first = `${month}-01`;
    const end = lastDay(month);
    for (const p of [...people]) {
      const c = p.contracts.at(-1)!;
      if (c.startsOn > end || (c.endsOn !== null && c.endsOn < first)) continue;
      const age = Number(month.slice(0, 4)) - p.birthYear;
      // A fixed-term contract that ends this month: mostly an indefinite one follows.
      if (c.endsOn === end && c.contractType === 'fixed_term' && c.exitReason === null) {
        if (rnd.next() < 0.85)
          p.contracts.push({ ...c, startsOn: addDays(end, 1), endsOn: null, contractType: 'indefinite' });
        else {
          c.exitReason = 'other';
          hire(FUNCTIONS.find((f) => f.title === c.functionTitle)!, addMonths(month, 1), 'fixed_term', 6);
        }
        continue;
      }
      if (c.endsOn === end && c.exitReason === null) c.exitReason = 'other';
      if (p.absences.some((a) => a.endsOn >= first)) continue;
      if (c.endsOn !== null) {
        absences(rnd, p, c, month, age, hire);
        continue;
      }
      // Leaving: pension from 63, now and then SWT, else dismissal or the person's own choice.
      const leaves = age >= 63 ? rnd.next() < 0.25 : rnd.next() < 0.0058;
      if (leaves && p !== director) {
        c.endsOn = end;
        c.exitReason =
          age >= 63 ? 'pension' : age >= 59 && rnd.next() < 0.5 ? 'swt' : rnd.next() < 0.25 ? 'dismissal' : 'other';
        hire(
          FUNCTIONS.find((f) => f.title === c.functionTitle)!,
          addMonths(month, rnd.int(1, 2)),
          'fixed_term',
          rnd.pick([6, 12]),
        );
        continue;
      }
      // Now and then someone moves to 4/5 from next month: a dated change.
      if (c.weeklyHours === FULL && rnd.next() < 0.003) {
        c.endsOn = end;
        p.contracts.push({
          ...c,
          startsOn: addDays(end, 1),
          endsOn: null,
          weeklyHours: 30.4,
          baseCostCents: Math.round(c.baseCostCents * 0.8),
        });
        continue;
      }
      absences(rnd, p, c, month, age, hire);
    }
  }
  return people;
}

function absences(
  rnd: Random,
  p: DemoPerson,
  c: DemoContract,
  month: string,
  age: number,
  hire: (fn: (typeof FUNCTIONS)[number], month: string, type: ContractType, months: number) => DemoPerson,
) {
  const daily = c.weeklyHours / 5;
  const start = `${month}-${String(rnd.int(1, 24)).padStart(2, '0')}`;
  const spell = (kind: AbsenceKind, days: number) => {
    const wanted = addDays(start, days - 1);
    const endsOn = c.endsOn !== null && c.endsOn < wanted ? c.endsOn : wanted;
    if (endsOn < start) return;
    p.absences.push({
      kind,
      startsOn: start,
      endsOn,
      hours: Math.round(weekdaysIncl(start, endsOn) * daily * 100) / 100,
    });
  };
  const x = rnd.next();
  if (p.sex === 'female' && age >= 24 && age <= 40 && x < 0.009) {
    spell('maternity_parental', 105);
    if (rnd.next() < 0.6)
      hire(FUNCTIONS.find((f) => f.title === c.functionTitle)!, addMonths(month, 1), 'replacement', 3);
  } else if (x < 0.019) spell('sickness', rnd.int(35, 170));
  else if (x < 0.0205) spell('work_accident', rnd.int(4, 30));
  else if (x < 0.21) spell('sickness', rnd.int(1, 6));
}
