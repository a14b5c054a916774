/**
 * A small hand-computed case for the sociale balans and HR figure tests (2025): a full-time man all
 * year, a woman entering half-time on a fixed term converted to indefinite, a woman retiring mid-June.
 */
import type { Contract, PeopleData } from './types.ts';

const contract = (c: Partial<Contract> & Pick<Contract, 'id' | 'employeeId' | 'startsOn'>): Contract => ({
  endsOn: null,
  contractType: 'indefinite',
  weeklyHours: 38,
  fullTimeHours: 38,
  category: 'employee',
  jointCommittee: '319.01',
  functionTitle: 'begeleider',
  monthlyCostCents: 0,
  exitReason: null,
  ...c,
});
const months = (id: string, from: number, to: number, hours: number, cost: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({
    employeeId: id,
    month: `2025-${String(from + i).padStart(2, '0')}-01`,
    hoursWorked: hours,
    costCents: cost,
    benefitsCents: 0,
  }));

export function sampleData(): PeopleData {
  return {
    employees: [
      {
        id: 'e1',
        externalRef: null,
        firstName: 'Jan',
        lastName: 'Peeters',
        sex: 'male',
        birthYear: 1980,
        education: 'secondary',
      },
      {
        id: 'e2',
        externalRef: null,
        firstName: 'An',
        lastName: 'Maes',
        sex: 'female',
        birthYear: 1995,
        education: 'university',
      },
      {
        id: 'e3',
        externalRef: null,
        firstName: 'Mia',
        lastName: 'Claes',
        sex: 'female',
        birthYear: 1960,
        education: null,
      },
    ],
    contracts: [
      contract({ id: 'c1', employeeId: 'e1', startsOn: '2020-01-01' }),
      contract({
        id: 'c2',
        employeeId: 'e2',
        startsOn: '2025-03-01',
        endsOn: '2025-06-30',
        contractType: 'fixed_term',
        weeklyHours: 19,
      }),
      contract({ id: 'c3', employeeId: 'e2', startsOn: '2025-07-01', weeklyHours: 19 }),
      contract({
        id: 'c4',
        employeeId: 'e3',
        startsOn: '2015-01-01',
        endsOn: '2025-06-15',
        category: 'worker',
        exitReason: 'pension',
      }),
    ],
    payroll: [
      ...months('e1', 1, 12, 160, 400_000),
      ...months('e2', 3, 12, 80, 200_000),
      ...months('e3', 1, 6, 160, 300_000),
    ],
    absences: [
      { id: 'a1', employeeId: 'e1', kind: 'sickness', startsOn: '2025-02-03', endsOn: '2025-02-07', hours: 38 },
      { id: 'a2', employeeId: 'e1', kind: 'sickness', startsOn: '2025-09-01', endsOn: '2025-10-15', hours: 250 },
    ],
    trainings: [
      {
        id: 't1',
        employeeId: 'e1',
        kind: 'formal',
        title: 'EHBO',
        heldOn: '2025-05-10',
        hours: 8,
        grossCostCents: 50_000,
        subsidyCents: 10_000,
        fundContributionCents: 5_000,
      },
      {
        id: 't2',
        employeeId: 'e2',
        kind: 'formal',
        title: 'Agressiebeheersing',
        heldOn: '2025-11-20',
        hours: 4,
        grossCostCents: 0,
        subsidyCents: 0,
        fundContributionCents: 0,
      },
    ],
    externals: [],
  };
}

const month2024 = (employeeId: string, m: number, hoursWorked: number, costCents: number, benefitsCents = 0) => ({
  employeeId,
  month: `2024-${String(m).padStart(2, '0')}-01`,
  hoursWorked,
  costCents,
  benefitsCents,
});
const twelve = (id: string, hours: number, cost: number, benefits = 0) =>
  Array.from({ length: 12 }, (_, i) => month2024(id, i + 1, hours, cost, benefits));

/**
 * The sample of 2025 with 2024 registered too. In 2024: Jan (e1, man) and Mia (e3, woman) full-time all
 * year; Els (e4, woman) half-time from January to June 2024 in another joint committee, then gone; An
 * (e2) only from 2025. Payroll 2024: e1 12 × 150 h, € 3,800 and € 10 benefits; e3 12 × 140 h, € 2,900;
 * e4 6 × 70 h, € 1,500.
 */
export function sampleWithPreviousYear(): PeopleData {
  const data = sampleData();
  data.employees.push({
    id: 'e4',
    externalRef: null,
    firstName: 'Els',
    lastName: 'Wouters',
    sex: 'female',
    birthYear: 1990,
    education: 'secondary',
  });
  data.contracts.push({
    ...data.contracts[0]!,
    id: 'c9',
    employeeId: 'e4',
    startsOn: '2024-01-01',
    endsOn: '2024-06-30',
    contractType: 'fixed_term',
    weeklyHours: 19,
    jointCommittee: '330.01',
    exitReason: 'other',
  });
  data.payroll.push(
    ...twelve('e1', 150, 380_000, 1_000),
    ...twelve('e3', 140, 290_000),
    ...[1, 2, 3, 4, 5, 6].map((m) => month2024('e4', m, 70, 150_000)),
  );
  return data;
}
