/**
 * Home, the boordtabel: one answer with the sections the caller's role may see. A section the role
 * may not see is absent (not empty), so the UI shows exactly what the role is for.
 */
import { z } from 'zod';

const coverage = z.discriminatedUnion('state', [
  z.object({ state: z.literal('no_ledger') }),
  z.object({ state: z.literal('no_model'), year: z.number() }),
  z.object({
    state: z.literal('ready'),
    year: z.number(),
    coverage: z.number().nullable(),
    services: z.array(z.object({ code: z.string(), name: z.string(), coverage: z.number().nullable() })),
  }),
]);

const budgetLine = z.object({
  clientId: z.string(),
  clientName: z.string(),
  function: z.string(),
  functionName: z.string(),
  remaining: z.string(),
  runOutDate: z.string().nullable(),
  underUsePercent: z.number().nullable(),
});

const budgets = z.object({
  year: z.number(),
  asOf: z.string(),
  clients: z.number(),
  usedPercent: z.number().nullable(),
  runningOut: z.array(budgetLine),
  runningOutCount: z.number(),
  underUse: z.array(budgetLine),
  underUseCount: z.number(),
  mine: z.array(budgetLine),
});

const waiting = z.object({
  total: z.number(),
  longestDays: z.number().nullable(),
  groups: z.array(z.object({ group: z.number(), count: z.number(), longestDays: z.number().nullable() })),
});

const agenda = z.object({
  horizonDays: z.number(),
  dates: z.array(
    z.object({
      kind: z.enum(['ido_renewal', 'funding_end', 'start_deadline', 'statement']),
      date: z.string(),
      clientId: z.string().nullable(),
      clientName: z.string().nullable(),
      month: z.string().nullable(),
    }),
  ),
  toRegister: z.array(z.object({ clientId: z.string(), clientName: z.string() })),
});

const kpis = z.object({
  computedAt: z.string().nullable(),
  summary: z.object({
    total: z.number(),
    green: z.number(),
    amber: z.number(),
    red: z.number(),
    none: z.number(),
    noteMissing: z.number(),
    redWithoutAction: z.number(),
  }),
  perspectives: z.array(z.object({ perspective: z.string(), green: z.number(), amber: z.number(), red: z.number() })),
  /** The red KPIs, red without action first, at most a handful; `summary.red` counts them all. */
  red: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      nameNl: z.string(),
      nameEn: z.string(),
      period: z.string(),
      frequency: z.string(),
      redWithoutAction: z.boolean(),
    }),
  ),
});

const survey = z.object({
  surveyId: z.string(),
  title: z.string(),
  audience: z.enum(['staff', 'clients']),
  period: z.string(),
  responses: z.number(),
  responseRate: z.number().nullable(),
  satisfaction: z.number().nullable(),
  nps: z.number().nullable(),
});

const caf = z.object({ id: z.string(), name: z.string(), day: z.string(), mean: z.number(), subcriteria: z.number() });

const partnerships = z.object({
  horizonDays: z.number(),
  reviews: z.array(z.object({ id: z.string(), partner: z.string(), reviewOn: z.string() })),
  projects: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      fundingEnd: z.string().nullable(),
      state: z.enum(['open', 'no_end', 'planned', 'warning', 'ended_without_plan', 'ended']),
    }),
  ),
});

/** Dates of other modules that come up: social-economy warnings and handbook reviews (beside the clients' agenda). */
const moreDates = z.array(
  z.object({
    kind: z.enum(['se_phase_end', 'se_transition_deadline', 'handbook_review']),
    date: z.string(),
    /** The placed worker or the handbook document the date is about. */
    id: z.string(),
    name: z.string(),
    /** The trajectory phase that ends (se_phase_end only). */
    phase: z.string().nullable(),
  }),
);

export const SETUP_STEPS = ['ledger', 'costModel', 'clients', 'kpis', 'members'] as const;

export const homeAnswer = z.object({
  today: z.string(),
  role: z.string(),
  /** The steps that fill a new organisation, for the roles that can take them; all done = nothing to show. */
  steps: z.array(z.object({ step: z.enum(SETUP_STEPS), done: z.boolean() })),
  coverage: coverage.optional(),
  budgets: budgets.optional(),
  waiting: waiting.optional(),
  agenda: agenda.optional(),
  kpis: kpis.optional(),
  /** The latest survey with results (null: none yet). */
  survey: survey.nullable().optional(),
  /** The latest finished CAF round (null: none yet). */
  caf: caf.nullable().optional(),
  /** Partnership reviews within the horizon (and overdue), and innovation projects that need a continuation plan. */
  partnerships: partnerships.optional(),
  /**
   * For those who manage social economy or write the handbook: its warnings and reviews due within 60
   * days (overdue ones too), oldest first; shown among the dates that come up.
   */
  moreDates: moreDates.optional(),
});
export type HomeAnswer = z.infer<typeof homeAnswer>;
