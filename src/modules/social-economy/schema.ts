/** Contracts of the social-economy routes: request bodies and answers (shared with the UI through `z.infer`). */
import { z } from '@hono/zod-openapi';
import {
  GOAL_STATUSES,
  HOUR_KINDS,
  LANGUAGE_LEVELS,
  OUTCOMES,
  PARTNER_KINDS,
  PHASES,
  PRICE_UNITS,
  SCOPE_UNITS,
  TALENTS,
} from './logic/types.ts';

/** The words job-carving shares: the CEFR levels and the talents of a worker. */
export { LANGUAGE_LEVELS, type LanguageLevel, TALENTS, type Talent } from './logic/types.ts';

const name = z.string().trim().min(1).max(160);
const text = (max: number) => z.string().trim().max(max);
const day = z.iso.date();
const cents = z.number().int().min(0).max(100_000_000_00);

/* ---------- Requests ---------- */

export const partnerInput = z.strictObject({
  name,
  kind: z.enum(PARTNER_KINDS),
  kbo: text(20).optional(),
  address: text(400).optional(),
  notes: text(4000).optional(),
});
export type PartnerInput = z.infer<typeof partnerInput>;

export const contactInput = z.strictObject({
  name,
  function: text(120).optional(),
  email: z.union([z.email().max(254), z.literal('')]).optional(),
  phone: text(40).optional(),
});
export type ContactInput = z.infer<typeof contactInput>;

/** Links a member with the `partner` role to the enterprise they coach for (null: unlinked). */
export const partnerMemberInput = z.strictObject({ userId: z.uuid(), partnerId: z.uuid().nullable() });

export const agreementInput = z
  .strictObject({
    partnerId: z.uuid(),
    title: name,
    content: text(8000).optional(),
    tasks: text(4000).optional(),
    scopeUnit: z.enum(SCOPE_UNITS),
    scopeAmount: z.number().positive().max(10_000),
    startOn: day,
    endOn: day.nullable().optional(),
    evaluationOn: day.nullable().optional(),
    priceUnit: z.enum(PRICE_UNITS),
    /** After subsidy, per hour or per FTE and year. */
    priceCents: cents,
    coachingHoursPerMonth: z.number().min(0).max(1000).optional(),
    trainingHoursPerYear: z.number().min(0).max(5000).optional(),
    coach: text(160).optional(),
    conditions: text(4000).optional(),
    costCentre: text(40).optional(),
  })
  .refine((a) => !a.endOn || a.endOn >= a.startOn, { path: ['endOn'], message: 'end before start' });
export type AgreementInput = z.infer<typeof agreementInput>;

export const amendmentInput = z
  .strictObject({
    effectiveOn: day,
    description: text(4000).min(1),
    scopeAmount: z.number().positive().max(10_000).nullable().optional(),
    priceCents: cents.nullable().optional(),
    endOn: day.nullable().optional(),
  })
  .refine((a) => !a.endOn || a.endOn >= a.effectiveOn, { path: ['endOn'], message: 'end before effective date' });
export type AmendmentInput = z.infer<typeof amendmentInput>;

export const workerInput = z.strictObject({
  partnerId: z.uuid(),
  agreementId: z.uuid().nullable().optional(),
  name,
  tasks: text(4000).optional(),
  languageLevel: z.enum(LANGUAGE_LEVELS).nullable().optional(),
  talents: z.array(z.enum(TALENTS)).max(TALENTS.length).optional(),
  hoursPerWeek: z.number().positive().max(60).nullable().optional(),
  placedOn: day.nullable().optional(),
  leftOn: day.nullable().optional(),
  ldeStartOn: day.nullable().optional(),
  deadlineException: z.boolean().optional(),
});
export type WorkerInput = z.infer<typeof workerInput>;
export const workerPatch = workerInput.partial();

export const hoursInput = z.strictObject({
  kind: z.enum(HOUR_KINDS),
  workedOn: day,
  hours: z.number().positive().max(24),
  /** Coaching within the worker's running trajectory is booked on its current phase. */
  trajectoryId: z.uuid().nullable().optional(),
  note: text(1000).optional(),
});
export type HoursInput = z.infer<typeof hoursInput>;

export const goalInput = z.strictObject({
  description: text(1000).min(1),
  dueOn: day.nullable().optional(),
  status: z.enum(GOAL_STATUSES).optional(),
});
export const goalPatch = goalInput.partial();

export const evaluationInput = z.strictObject({
  evaluatedOn: day,
  score: z.number().int().min(1).max(5).nullable().optional(),
  summary: text(4000).min(1),
});

export const trajectoryInput = z.strictObject({ startedOn: day, note: text(2000).optional() });
export const phaseInput = z.strictObject({ phase: z.enum(PHASES), startedOn: day });
export const outcomeInput = z.strictObject({ outcome: z.enum(OUTCOMES), outcomeOn: day });

export const fundingRuleInput = z
  .strictObject({ validFrom: day, validTo: day.nullable().optional(), amountCents: cents, note: text(400).optional() })
  .refine((r) => !r.validTo || r.validTo >= r.validFrom, { path: ['validTo'], message: 'end before start' });

export const yearQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/* ---------- Answers ---------- */

export const idAnswer = z.object({ id: z.string() });

export const contact = z.object({
  id: z.string(),
  name: z.string(),
  function: z.string(),
  email: z.string(),
  phone: z.string(),
});
export const partner = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  kbo: z.string(),
  address: z.string(),
  notes: z.string(),
  workers: z.number(),
  agreements: z.number(),
});
export type Partner = z.infer<typeof partner>;
export const partnerDetail = partner.extend({
  contacts: z.array(contact),
  /** Members of the `partner` role linked to this enterprise. */
  coaches: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});
export type PartnerDetail = z.infer<typeof partnerDetail>;

export const amendment = z.object({
  id: z.string(),
  effectiveOn: z.string(),
  description: z.string(),
  scopeAmount: z.number().nullable(),
  priceCents: z.number().nullable(),
  endOn: z.string().nullable(),
});
export const agreement = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  title: z.string(),
  content: z.string(),
  tasks: z.string(),
  scopeUnit: z.enum(SCOPE_UNITS),
  scopeAmount: z.number(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  /** The end date after the amendments. */
  effectiveEndOn: z.string().nullable(),
  evaluationOn: z.string().nullable(),
  priceUnit: z.enum(PRICE_UNITS),
  priceCents: z.number(),
  coachingHoursPerMonth: z.number(),
  trainingHoursPerYear: z.number(),
  coach: z.string(),
  conditions: z.string(),
  costCentre: z.string(),
  /** Cost in the year asked (default this year), after the amendments. */
  year: z.number(),
  yearCostCents: z.number(),
  workers: z.number(),
});
export type Agreement = z.infer<typeof agreement>;
export const agreementDetail = agreement.extend({ amendments: z.array(amendment) });
export type AgreementDetail = z.infer<typeof agreementDetail>;

export const worker = z.object({
  id: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  agreementId: z.string().nullable(),
  agreementTitle: z.string().nullable(),
  name: z.string(),
  tasks: z.string(),
  languageLevel: z.enum(LANGUAGE_LEVELS).nullable(),
  talents: z.array(z.enum(TALENTS)),
  hoursPerWeek: z.number().nullable(),
  placedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  ldeStartOn: z.string().nullable(),
  deadlineException: z.boolean(),
  /** The five-year (six by exception) transition deadline, when an LDE start is known. */
  transitionDeadline: z.string().nullable(),
  currentPhase: z.enum(PHASES).nullable(),
  hoursWorked: z.number(),
  hoursCoached: z.number(),
});
export type Worker = z.infer<typeof worker>;

export const hoursEntry = z.object({
  id: z.string(),
  kind: z.enum(HOUR_KINDS),
  workedOn: z.string(),
  hours: z.number(),
  phase: z.enum(PHASES).nullable(),
  note: z.string(),
  loggedBy: z.string().nullable(),
});
export const goal = z.object({
  id: z.string(),
  description: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
});
export const evaluation = z.object({
  id: z.string(),
  evaluatedOn: z.string(),
  score: z.number().nullable(),
  summary: z.string(),
  evaluatedBy: z.string().nullable(),
});
export const phaseSpan = z.object({
  phase: z.enum(PHASES),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  dueOn: z.string(),
  overrun: z.boolean(),
  coachingHours: z.number(),
});
export const trajectory = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  startedOn: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  outcomeOn: z.string().nullable(),
  note: z.string(),
  currentPhase: z.enum(PHASES).nullable(),
  nextPhase: z.enum(PHASES).nullable(),
  phases: z.array(phaseSpan),
  coachingHours: z.number(),
  coachingTarget: z.number(),
  fundingCents: z.number(),
});
export type Trajectory = z.infer<typeof trajectory>;

export const workerDetail = worker.extend({
  hours: z.array(hoursEntry),
  goals: z.array(goal),
  evaluations: z.array(evaluation),
  trajectories: z.array(trajectory),
});
export type WorkerDetail = z.infer<typeof workerDetail>;

export const warning = z.object({
  kind: z.enum(['phase_end', 'transition_deadline']),
  workerId: z.string(),
  workerName: z.string(),
  phase: z.enum(PHASES).nullable(),
  dueOn: z.string(),
  daysLeft: z.number(),
});

export const fundingRule = z.object({
  id: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  amountCents: z.number(),
  note: z.string(),
});

export const successRate = z.object({
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  year: z.number().nullable(),
  finished: z.number(),
  succeeded: z.number(),
  rate: z.number().nullable(),
});

export const overview = z.object({
  partners: z.number(),
  workers: z.number(),
  activeAgreements: z.number(),
  runningTrajectories: z.number(),
  warnings: z.array(warning),
  successRates: z.array(successRate),
  fundingRules: z.array(fundingRule),
  /** The partner enterprise the caller sees only (the `partner` role), else null. */
  ownPartnerId: z.string().nullable(),
});
export type Overview = z.infer<typeof overview>;

export const report = z.object({
  year: z.number(),
  workersPlaced: z.number(),
  hoursWorked: z.number(),
  hoursCoached: z.number(),
  agreements: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      partnerName: z.string(),
      costCentre: z.string(),
      costCents: z.number(),
    }),
  ),
  agreementCostCents: z.number(),
  trajectoriesByPhase: z.array(z.object({ phase: z.enum(PHASES), count: z.number() })),
  trajectoriesByOutcome: z.array(z.object({ outcome: z.enum(OUTCOMES), count: z.number() })),
  transitionsSucceeded: z.number(),
  trajectoriesFinished: z.number(),
  successRate: z.number().nullable(),
  fundingCents: z.number(),
});
export type SeReport = z.infer<typeof report>;

export const costByCentre = z.object({
  year: z.number(),
  centres: z.array(z.object({ costCentre: z.string(), agreements: z.number(), costCents: z.number() })),
  totalCents: z.number(),
});
