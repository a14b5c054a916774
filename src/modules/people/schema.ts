/** Input and output shapes of the people register (employees, contracts, absence, training, payroll, externals, volunteers). */
import { z } from 'zod';
import {
  ABSENCE_KINDS,
  CATEGORIES,
  CONTRACT_TYPES,
  EDUCATIONS,
  EXIT_REASONS,
  EXTERNAL_KINDS,
  SEXES,
  TRAINING_KINDS,
} from './logic/types.ts';

const day = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'yyyy-mm');
const name = z.string().trim().min(1).max(100);
const cents = z.number().int().min(0).max(100_000_000_00);
const hours = (max: number) => z.number().min(0).max(max);

export const employeeInput = z.strictObject({
  externalRef: z.string().trim().min(1).max(40).nullable().optional(),
  firstName: name,
  lastName: name,
  sex: z.enum(SEXES),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  education: z.enum(EDUCATIONS).nullable().optional(),
  /** The member account of this person (self-service); must be a member of the organisation. */
  userId: z.uuid().nullable().optional(),
});
export type EmployeeInput = z.output<typeof employeeInput>;
export const employeePatch = employeeInput.partial();

const contractFields = {
  contractType: z.enum(CONTRACT_TYPES),
  weeklyHours: z.number().gt(0).max(60),
  fullTimeHours: z.number().gt(0).max(60).default(38),
  category: z.enum(CATEGORIES),
  jointCommittee: z.string().trim().max(20).default(''),
  functionTitle: z.string().trim().max(100).default(''),
  monthlyCostCents: cents.default(0),
};
const hoursWithinFullTime = (c: { weeklyHours: number; fullTimeHours: number }) => c.weeklyHours <= c.fullTimeHours;
const hoursIssue = { path: ['weeklyHours'], message: 'Hoogstens de voltijdse uren / at most the full-time hours' };
const endAfterStart = (c: { startsOn: string; endsOn?: string | null | undefined }) =>
  !c.endsOn || c.endsOn >= c.startsOn;
const endIssue = { path: ['endsOn'], message: 'Niet voor de begindatum / not before the start date' };

/** A new contract of an employee (a first one, or the next one after a gap or the previous one's end). */
export const contractInput = z
  .strictObject({ startsOn: day, endsOn: day.nullable().optional(), ...contractFields })
  .refine(hoursWithinFullTime, hoursIssue)
  .refine(endAfterStart, endIssue);
export type ContractInput = z.output<typeof contractInput>;

/** A dated change: the running contract ends the day before `from`, a new one with these terms starts on `from`. */
export const contractChangeInput = z
  .strictObject({
    from: day,
    contractType: contractFields.contractType.optional(),
    weeklyHours: contractFields.weeklyHours.optional(),
    fullTimeHours: z.number().gt(0).max(60).optional(),
    category: contractFields.category.optional(),
    jointCommittee: z.string().trim().max(20).optional(),
    functionTitle: z.string().trim().max(100).optional(),
    monthlyCostCents: cents.optional(),
    endsOn: day.nullable().optional(),
  })
  .refine((c) => !c.endsOn || c.endsOn >= c.from, { path: ['endsOn'], message: endIssue.message });
export type ContractChangeInput = z.output<typeof contractChangeInput>;

/** Ends a contract (and with it the employment spell) on a day, with the reason of leaving. */
export const contractEndInput = z.strictObject({ endsOn: day, exitReason: z.enum(EXIT_REASONS) });

export const absenceInput = z
  .strictObject({
    kind: z.enum(ABSENCE_KINDS),
    startsOn: day,
    endsOn: day,
    hours: hours(5000),
    note: z.string().trim().max(500).default(''),
  })
  .refine(endAfterStart, endIssue);
export type AbsenceInput = z.output<typeof absenceInput>;

export const trainingInput = z.strictObject({
  kind: z.enum(TRAINING_KINDS),
  title: z.string().trim().min(1).max(200),
  heldOn: day,
  hours: z.number().gt(0).max(2000),
  grossCostCents: cents.default(0),
  subsidyCents: cents.default(0),
  fundContributionCents: cents.default(0),
});
export type TrainingInput = z.output<typeof trainingInput>;

export const payrollInput = z.strictObject({
  month,
  hoursWorked: hours(400),
  costCents: cents,
  benefitsCents: cents.default(0),
});
export type PayrollInput = z.output<typeof payrollInput>;

export const externalInput = z
  .strictObject({
    kind: z.enum(EXTERNAL_KINDS),
    description: z.string().trim().min(1).max(200),
    startsOn: day,
    endsOn: day,
    fte: z.number().gt(0).max(99).default(1),
    hours: hours(100_000),
    costCents: cents,
  })
  .refine(endAfterStart, endIssue);
export type ExternalInput = z.output<typeof externalInput>;

export const volunteerInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    tasks: z.string().trim().max(500).default(''),
    startsOn: day,
    endsOn: day.nullable().optional(),
    insured: z.boolean().default(false),
    insuranceRef: z.string().trim().max(100).default(''),
  })
  .refine(endAfterStart, endIssue);
export type VolunteerInput = z.output<typeof volunteerInput>;
export const volunteerPatch = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    tasks: z.string().trim().max(500).optional(),
    startsOn: day.optional(),
    endsOn: day.nullable().optional(),
    insured: z.boolean().optional(),
    insuranceRef: z.string().trim().max(100).optional(),
  })
  .refine((v) => !v.startsOn || !v.endsOn || v.endsOn >= v.startsOn, endIssue);

export const volunteerActivityInput = z.strictObject({
  month,
  hours: hours(744),
  expensesCents: cents.default(0),
});

// ---- answers

export const contract = z.object({
  id: z.uuid(),
  startsOn: day,
  endsOn: day.nullable(),
  contractType: z.enum(CONTRACT_TYPES),
  weeklyHours: z.number(),
  fullTimeHours: z.number(),
  /** weeklyHours ÷ fullTimeHours, 4 decimals. */
  fte: z.number(),
  category: z.enum(CATEGORIES),
  jointCommittee: z.string(),
  functionTitle: z.string(),
  monthlyCostCents: z.number().int(),
  exitReason: z.enum(EXIT_REASONS).nullable(),
});
export type ContractAnswer = z.infer<typeof contract>;

export const employeeSummary = z.object({
  id: z.uuid(),
  externalRef: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  sex: z.enum(SEXES),
  birthYear: z.number().int().nullable(),
  education: z.enum(EDUCATIONS).nullable(),
  userId: z.uuid().nullable(),
  /** The contract running today (Brussels), else null (left, or not started yet). */
  current: contract.nullable(),
  /** First day of the current (or last) employment spell. */
  since: day.nullable(),
});
export type EmployeeSummary = z.infer<typeof employeeSummary>;

export const absence = z.object({
  id: z.uuid(),
  kind: z.enum(ABSENCE_KINDS),
  startsOn: day,
  endsOn: day,
  hours: z.number(),
  note: z.string(),
});
export const training = z.object({
  id: z.uuid(),
  kind: z.enum(TRAINING_KINDS),
  title: z.string(),
  heldOn: day,
  hours: z.number(),
  grossCostCents: z.number().int(),
  subsidyCents: z.number().int(),
  fundContributionCents: z.number().int(),
});
export const payrollMonth = z.object({
  month,
  hoursWorked: z.number(),
  costCents: z.number().int(),
  benefitsCents: z.number().int(),
});

export const employeeDetail = employeeSummary.extend({
  contracts: z.array(contract),
  absences: z.array(absence),
  trainings: z.array(training),
  payroll: z.array(payrollMonth),
});
export type EmployeeDetail = z.infer<typeof employeeDetail>;

/** Everything stored about one employee (access request). */
export const employeeExport = employeeDetail.extend({ exportedAt: z.string(), createdAt: z.string() });

export const external = z.object({
  id: z.uuid(),
  kind: z.enum(EXTERNAL_KINDS),
  description: z.string(),
  startsOn: day,
  endsOn: day,
  fte: z.number(),
  hours: z.number(),
  costCents: z.number().int(),
});
export const volunteerActivity = z.object({ month, hours: z.number(), expensesCents: z.number().int() });
export const volunteer = z.object({
  id: z.uuid(),
  name: z.string(),
  tasks: z.string(),
  startsOn: day,
  endsOn: day.nullable(),
  insured: z.boolean(),
  insuranceRef: z.string(),
  activity: z.array(volunteerActivity),
});

export const idAnswer = z.object({ id: z.uuid() });
