/** Contracts of the job-carving routes: request bodies and answers (shared with the UI through `z.infer`). */
import { z } from '@hono/zod-openapi';
import { MATCH_CRITERIA, PERSON_KINDS } from './logic/match.ts';
import { COST_BASES, LANGUAGE_LEVELS, TALENTS, TIMES_OF_DAY } from './logic/types.ts';

const name = z.string().trim().min(1).max(120);
const hours = z.number().min(0).max(168);
const cents = z.number().int().min(0).max(100_000_000_00);
const ids = z.array(z.uuid()).max(2000);

/* ---------- Requests ---------- */

export const roleInput = z.strictObject({
  name,
  certified: z.boolean(),
  /** Yearly cost per FTE; null or left out takes it from the contracts of the function with this name. */
  costPerFteCents: cents.nullable().optional(),
});
export type RoleInput = z.infer<typeof roleInput>;

export const taskInput = z.strictObject({
  roleId: z.uuid(),
  name,
  hoursPerWeek: hours,
  needsCertificate: z.boolean(),
  clientContact: z.boolean(),
  timeOfDay: z.enum(TIMES_OF_DAY),
  competenceIds: ids.max(50),
  languageLevel: z.enum(LANGUAGE_LEVELS),
});
export type TaskInput = z.infer<typeof taskInput>;

export const starterInput = z.strictObject({ keys: z.array(z.string().max(40)).min(1).max(20) });

export const proposalInput = z.strictObject({
  name,
  functionName: name,
  targetHours: hours,
  costBasis: z.enum(COST_BASES),
  costPerFteCents: cents.nullable(),
  pricePerHourCents: cents.nullable(),
  taskIds: ids,
  talents: z.array(z.enum(TALENTS)).max(TALENTS.length),
});
export type ProposalInput = z.infer<typeof proposalInput>;

export const candidateInput = z.strictObject({
  name,
  competenceIds: ids.max(100),
  talents: z.array(z.enum(TALENTS)).max(TALENTS.length),
  languageLevel: z.enum(LANGUAGE_LEVELS),
  hoursAvailable: hours,
  note: z.string().trim().max(2000).optional(),
});
export type CandidateInput = z.infer<typeof candidateInput>;

export const agreementFromProposalInput = z.strictObject({ partnerId: z.uuid(), startOn: z.iso.date() });

/** A vacancy's state: open again, filled (someone was hired), or closed without hiring. */
export const vacancyStatusInput = z.strictObject({ status: z.enum(['open', 'filled', 'closed']) });

export const matchQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).optional() });

/* ---------- Answers ---------- */

export const idAnswer = z.object({ id: z.uuid() });

export const role = z.object({
  id: z.uuid(),
  name: z.string(),
  certified: z.boolean(),
  /** As typed (null: from the contracts). */
  typedCostPerFteCents: z.number().nullable(),
  /** What the designer uses: typed, else from the people module's contracts of that function, else null. */
  costPerFteCents: z.number().nullable(),
  costSource: z.enum(['typed', 'contracts']).nullable(),
});
export type Role = z.infer<typeof role>;

export const task = z.object({
  id: z.uuid(),
  roleId: z.uuid(),
  name: z.string(),
  hoursPerWeek: z.number(),
  needsCertificate: z.boolean(),
  clientContact: z.boolean(),
  timeOfDay: z.enum(TIMES_OF_DAY),
  competenceIds: z.array(z.string()),
  languageLevel: z.enum(LANGUAGE_LEVELS),
});
export type Task = z.infer<typeof task>;

const roleEffect = z.object({
  roleId: z.string(),
  name: z.string(),
  certified: z.boolean(),
  hoursMoved: z.number(),
  hoursFreedForCare: z.number(),
  fteMoved: z.number(),
  valueCents: z.number().nullable(),
});
export const effect = z.object({
  roles: z.array(roleEffect),
  taskHours: z.number(),
  targetHours: z.number(),
  slackHours: z.number(),
  hoursFreedForCare: z.number(),
  fteFreedForCare: z.number(),
  newFunctionFte: z.number(),
  newFunctionCostCents: z.number().nullable(),
  valueMovedCents: z.number().nullable(),
  valueFreedForCareCents: z.number().nullable(),
  netCents: z.number().nullable(),
  netFte: z.number(),
  issues: z.array(z.object({ taskId: z.string(), reason: z.enum(['needs_certificate', 'unknown_task']) })),
});

export const proposal = z.object({
  id: z.uuid(),
  name: z.string(),
  functionName: z.string(),
  targetHours: z.number(),
  costBasis: z.enum(COST_BASES),
  costPerFteCents: z.number().nullable(),
  pricePerHourCents: z.number().nullable(),
  taskIds: z.array(z.string()),
  talents: z.array(z.enum(TALENTS)),
  agreementId: z.string().nullable(),
  realisedOn: z.string().nullable(),
  effect,
});
export type Proposal = z.infer<typeof proposal>;

export const designer = z.object({
  roles: z.array(role),
  tasks: z.array(task),
  proposals: z.array(proposal),
  competences: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** The people module's contract cost per function (for choosing a role's or the new function's cost). */
  functionCosts: z.array(
    z.object({
      functionTitle: z.string(),
      people: z.number(),
      fte: z.number(),
      yearlyCostPerFteCents: z.number().nullable(),
    }),
  ),
});
export type Designer = z.infer<typeof designer>;

export const candidate = z.object({
  id: z.uuid(),
  name: z.string(),
  competenceIds: z.array(z.string()),
  talents: z.array(z.enum(TALENTS)),
  languageLevel: z.enum(LANGUAGE_LEVELS),
  hoursAvailable: z.number(),
  note: z.string(),
});
export type Candidate = z.infer<typeof candidate>;

export const vacancy = z.object({
  id: z.uuid(),
  proposalId: z.string().nullable(),
  title: z.string(),
  hoursPerWeek: z.number(),
  openedOn: z.string(),
  status: z.enum(['open', 'filled', 'closed']),
});
export type Vacancy = z.infer<typeof vacancy>;

export const matchAnswer = z.object({
  need: z.object({
    competenceIds: z.array(z.string()),
    talents: z.array(z.string()),
    languageLevel: z.enum(LANGUAGE_LEVELS),
    hoursPerWeek: z.number(),
  }),
  /** How many people were scored (before the limit). */
  scored: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(PERSON_KINDS),
      name: z.string(),
      score: z.number(),
      criteria: z.array(
        z.object({
          criterion: z.enum(MATCH_CRITERIA),
          score: z.number(),
          matched: z.array(z.string()),
          missing: z.array(z.string()),
          recorded: z.boolean(),
        }),
      ),
    }),
  ),
});
export type MatchAnswer = z.infer<typeof matchAnswer>;
