/**
 * The job-carving domain as plain data (issue 14 §4, DOMAIN.md §6): roles (functions) with their task
 * inventory, proposals that bundle certificate-free tasks of several roles into a new function, and the
 * people who could fill it. Hours are per week; money is integer cents per year.
 */
import { LANGUAGE_LEVELS as CEFR_LEVELS } from '../../social-economy/schema.ts';

/** When a task is done. */
export const TIMES_OF_DAY = ['morning', 'midday', 'afternoon', 'evening', 'night', 'flexible'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Dutch language level (CEFR, the social-economy module's levels), lowest first; `none` asks nothing. */
export const LANGUAGE_LEVELS = ['none', ...CEFR_LEVELS] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Talents valued in social-economy workers (DOMAIN.md §6): the social-economy module's list. */
export { TALENTS, type Talent } from '../../social-economy/schema.ts';

/** How the new function is paid: an own contract (cost per FTE) or a phase-1 agreement (price per hour). */
export const COST_BASES = ['contract', 'agreement'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** Full-time hours per week (paritair comité 330) and worked weeks per year (52 less leave and public holidays). */
export const FULL_TIME_HOURS = 38;
export const WORKED_WEEKS_PER_YEAR = 46;

export interface CalcRole {
  id: string;
  name: string;
  /** A role whose staff hold a care certificate (nurse, zorgkundige, ergotherapeut): its freed hours go to care. */
  certified: boolean;
  /** Yearly employer cost of one FTE in this role, cents; null when unknown. */
  costPerFteCents: number | null;
}

export interface CalcTask {
  id: string;
  roleId: string;
  hoursPerWeek: number;
  needsCertificate: boolean;
}

export interface CalcProposal {
  taskIds: readonly string[];
  targetHours: number;
  costBasis: CostBasis;
  /** Yearly cost of one FTE of the new function (own contract), cents. */
  costPerFteCents: number | null;
  /** Price per worked hour after subsidy (phase-1 agreement), cents. */
  pricePerHourCents: number | null;
}

export interface RoleEffect {
  roleId: string;
  name: string;
  certified: boolean;
  /** Hours per week the role hands over to the new function. */
  hoursMoved: number;
  /** Of those, the hours certified staff get back for care (0 for a role without certificate). */
  hoursFreedForCare: number;
  fteMoved: number;
  /** The yearly value of the hours moved, from the role's cost per FTE; null when that cost is unknown. */
  valueCents: number | null;
}

/** Why a picked task does not count. */
export type TaskIssue = { taskId: string; reason: 'needs_certificate' | 'unknown_task' };

export interface ProposalEffect {
  roles: RoleEffect[];
  /** Hours per week of the picked tasks that count. */
  taskHours: number;
  targetHours: number;
  /** targetHours − taskHours: positive leaves room, negative means the tasks do not fit. */
  slackHours: number;
  hoursFreedForCare: number;
  fteFreedForCare: number;
  /** The new function: its size and yearly cost (null when the price or cost is missing). */
  newFunctionFte: number;
  newFunctionCostCents: number | null;
  /** The yearly value of all hours moved (null when a role's cost is unknown). */
  valueMovedCents: number | null;
  valueFreedForCareCents: number | null;
  /** valueMovedCents − newFunctionCostCents: what the organisation gains per year (negative: costs). */
  netCents: number | null;
  /** FTE freed for care minus nothing: the care capacity gained, per year in FTE. */
  netFte: number;
  issues: TaskIssue[];
}
