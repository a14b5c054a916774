/** The data of bench/sociale-balans.ts: an organisation of N employees over some years, the same every run. */
import type { Contract, PeopleData } from '../src/modules/people/logic/types.ts';

/** A small deterministic generator (LCG), so every run measures the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}
const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (year: number, dayOfYear: number) => new Date(Date.UTC(year, 0, dayOfYear)).toISOString().slice(0, 10);

/** 2,000 people over five years: one to three contracts each, payroll every month under contract, absences, training. */
export function generate(employees: number, years: number[]): PeopleData {
  const r = random(13);
  const data: PeopleData = { employees: [], contracts: [], payroll: [], absences: [], trainings: [], externals: [] };
  const kinds = ['indefinite', 'fixed_term', 'replacement', 'defined_work'] as const;
  for (let i = 0; i < employees; i++) {
    const id = `e${i}`;
    data.employees.push({
      id,
      externalRef: `P${i}`,
      firstName: 'Voornaam',
      lastName: `Naam ${i}`,
      sex: r.next() < 0.78 ? 'female' : 'male',
      birthYear: r.int(1960, 2003),
      education:
        r.next() < 0.05
          ? null
          : (['primary', 'secondary', 'higher_non_university', 'university'] as const)[r.int(0, 3)]!,
    });
    let start = r.next() < 0.6 ? '2015-01-01' : dayOf(r.int(2021, 2025), r.int(1, 330));
    const contracts = r.int(1, 3);
    for (let c = 0; c < contracts; c++) {
      const last = c === contracts - 1;
      const open = last && r.next() < 0.75;
      const end = open ? null : dayOf(Math.max(Number(start.slice(0, 4)), r.int(2021, 2025)), r.int(1, 365));
      const endsOn = end && end < start ? start : end;
      const hours = r.next() < 0.55 ? 38 : [19, 22.8, 30.4][r.int(0, 2)]!;
      const contract: Contract = {
        id: `${id}-c${c}`,
        employeeId: id,
        startsOn: start,
        endsOn,
        contractType: kinds[c === 0 && contracts > 1 ? 1 : r.int(0, 3) === 0 ? r.int(1, 3) : 0]!,
        weeklyHours: hours,
        fullTimeHours: 38,
        category: r.next() < 0.85 ? 'employee' : r.next() < 0.5 ? 'worker' : 'management',
        jointCommittee: '319.01',
        functionTitle: 'begeleider',
        monthlyCostCents: Math.round(hours * 10_000),
        exitReason: last && endsOn ? (['pension', 'swt', 'dismissal', 'other'] as const)[r.int(0, 3)]! : null,
      };
      data.contracts.push(contract);
      if (!endsOn) break;
      start = dayOf(
        Number(endsOn.slice(0, 4)),
        Math.round((Date.parse(endsOn) - Date.UTC(Number(endsOn.slice(0, 4)), 0, 1)) / 864e5) + 2,
      );
      if (start > '2025-12-31') break;
    }
    const mine = data.contracts.filter((c) => c.employeeId === id);
    for (const year of years)
      for (let m = 1; m <= 12; m++) {
        const from = `${year}-${pad(m)}-01`;
        const to = `${year}-${pad(m)}-28`;
        const c = mine.find((x) => x.startsOn <= to && (x.endsOn === null || x.endsOn >= from));
        if (!c) continue;
        data.payroll.push({
          employeeId: id,
          month: from,
          hoursWorked: c.weeklyHours * 4,
          costCents: c.monthlyCostCents * 40,
          benefitsCents: 5000,
        });
        if (r.next() < 0.08) {
          const d = r.int(1, 20);
          const long = r.next() < 0.15;
          data.absences.push({
            id: `${id}-a${year}${m}`,
            employeeId: id,
            kind: r.next() < 0.85 ? 'sickness' : 'other',
            startsOn: `${year}-${pad(m)}-${pad(d)}`,
            endsOn: long ? `${year}-${pad(m)}-28` : `${year}-${pad(m)}-${pad(d + r.int(0, 5))}`,
            hours: long ? 120 : 15.2,
          });
        }
        if (r.next() < 0.1)
          data.trainings.push({
            id: `${id}-t${year}${m}`,
            employeeId: id,
            kind: (['formal', 'informal', 'initial'] as const)[r.int(0, 2)]!,
            title: 'Vorming',
            heldOn: `${year}-${pad(m)}-15`,
            hours: r.int(2, 16),
            grossCostCents: r.int(0, 50_000),
            subsidyCents: 0,
            fundContributionCents: 0,
          });
      }
  }
  for (const year of years)
    data.externals.push({
      id: `x${year}`,
      kind: 'agency',
      description: 'zomer',
      startsOn: `${year}-07-01`,
      endsOn: `${year}-08-31`,
      fte: 3,
      hours: 900,
      costCents: 3_000_000,
    });
  return data;
}
