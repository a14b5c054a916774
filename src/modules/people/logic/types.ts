/**
 * The people module's domain, as plain data: what the sociale balans, the HR key figures and the
 * competence map compute from. Codes are English; the UI names them in Dutch (see the glossary).
 * Amounts are euro cents (integers), hours and fractions plain numbers, days 'yyyy-mm-dd'.
 */
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** Highest education, as the sociale balans groups it (codes 1200-1203 / 1210-1213). */
export const EDUCATIONS = ['primary', 'secondary', 'higher_non_university', 'university'] as const;
export type Education = (typeof EDUCATIONS)[number];

/** Sociale balans codes 110 indefinite, 111 fixed term, 112 clearly defined work, 113 replacement. */
export const CONTRACT_TYPES = ['indefinite', 'fixed_term', 'defined_work', 'replacement'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** Codes 130 management (kader), 134 bediende, 132 arbeider, 133 other. */
export const CATEGORIES = ['management', 'employee', 'worker', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Codes 340 pension, 341 SWT (brugpensioen), 342 dismissal by the employer, 343 other. */
export const EXIT_REASONS = ['pension', 'swt', 'dismissal', 'other'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** Sickness is short (< 1 month) or long by the length of the spell, not by a second kind. */
export const ABSENCE_KINDS = ['sickness', 'work_accident', 'maternity_parental', 'other'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** Part III: formal continuing (5801-5813), less formal/informal (5821-5833), initial (5841-5853). */
export const TRAINING_KINDS = ['formal', 'informal', 'initial'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** Codes 150-152: temporary agency workers, persons placed at the organisation's disposal. */
export const EXTERNAL_KINDS = ['agency', 'placed'] as const;
export type ExternalKind = (typeof EXTERNAL_KINDS)[number];

export interface Employee {
  id: string;
  externalRef: string | null;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthYear: number | null;
  education: Education | null;
}

export interface Contract {
  id: string;
  employeeId: string;
  startsOn: string;
  /** Inclusive; null while the contract runs. */
  endsOn: string | null;
  contractType: ContractType;
  weeklyHours: number;
  /** The full-time week of the joint committee (usually 38): fraction = weeklyHours / fullTimeHours. */
  fullTimeHours: number;
  category: Category;
  jointCommittee: string;
  functionTitle: string;
  monthlyCostCents: number;
  exitReason: ExitReason | null;
}

export interface PayrollMonth {
  employeeId: string;
  /** 'yyyy-mm-01' */
  month: string;
  hoursWorked: number;
  costCents: number;
  benefitsCents: number;
}

export interface Absence {
  id: string;
  employeeId: string;
  kind: AbsenceKind;
  startsOn: string;
  endsOn: string;
  hours: number;
}

export interface Training {
  id: string;
  employeeId: string;
  kind: TrainingKind;
  title: string;
  heldOn: string;
  hours: number;
  grossCostCents: number;
  subsidyCents: number;
  fundContributionCents: number;
}

export interface External {
  id: string;
  kind: ExternalKind;
  description: string;
  startsOn: string;
  endsOn: string;
  fte: number;
  hours: number;
  costCents: number;
}

/** Everything the sociale balans and the HR key figures of a year read. */
export interface PeopleData {
  employees: Employee[];
  contracts: Contract[];
  payroll: PayrollMonth[];
  absences: Absence[];
  trainings: Training[];
  externals: External[];
}
