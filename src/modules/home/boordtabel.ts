/**
 * Home, the boordtabel of PRODUCT.md: the helicopter view of the caller's role, composed from what
 * each module publishes for it (`home-source.ts`). A section is computed only when the role may read
 * it, so a begeleider gets their caseload and today's registrations, the board the lights and the
 * coverage, and directie and staf the whole view.
 */
import { addDays } from '../../lib/calendar.ts';
import type { Db } from '../../server/db.ts';
import { finishedRoundScores } from '../caf/public.ts';
import { handbookReviewsDue } from '../handbook/public.ts';
import { budgetSignals, clientAgenda, clientCount, waitingByPriority } from '../clients/public.ts';
import { coverageSignal } from '../finance/public.ts';
import { type Action, can, listMembers, type Role } from '../orgs/public.ts';
import { partnershipSignals } from '../partnerships/public.ts';
import { kpiSignals } from '../performance/public.ts';
import { socialEconomySignals } from '../social-economy/public.ts';
import { surveyFigures } from '../surveys/public.ts';
import type { HomeAnswer } from './schema.ts';

interface Caller {
  orgId: string;
  userId: string;
  role: Role;
  today: string;
}

export async function boordtabel(db: Db, { orgId, userId, role, today }: Caller): Promise<HomeAnswer> {
  const may = (action: Action) => can(role, action);
  const viewer = { userId, role };
  const [coverage, budgets, waiting, agenda, kpis, survey, caf, partnerships, moreDates] = await Promise.all([
    may('finance.read') ? coverageSignal(db, orgId) : undefined,
    may('clients.read') ? budgetSignals(db, orgId, viewer, today) : undefined,
    may('clients.manage') ? waitingByPriority(db, orgId, today) : undefined,
    may('clients.read') ? clientAgenda(db, orgId, viewer, today) : undefined,
    may('performance.read') ? kpiSignals(db, orgId, today) : undefined,
    may('performance.read') ? latestSurvey(db, orgId) : undefined,
    may('performance.read') ? latestCafRound(db, orgId) : undefined,
    may('partnerships.read') ? partnershipSignals(db, orgId, today) : undefined,
    otherDates(db, { orgId, userId, role, today }),
  ]);
  const steps = await setupSteps(db, orgId, role, { coverage, kpis });
  return { today, role, steps, coverage, budgets, waiting, agenda, kpis, survey, caf, partnerships, moreDates };
}

/** How far ahead the dates of other modules are listed (the clients' agenda looks as far). */
export const MORE_DATES_HORIZON_DAYS = 60;

/**
 * The dates of social economy (warnings) and the handbook (reviews due) for a role that manages the one
 * or writes the other (directie, staf); absent for the rest. Within 60 days, overdue ones included.
 */
async function otherDates(db: Db, caller: Caller): Promise<HomeAnswer['moreDates']> {
  const se = can(caller.role, 'socialeconomy.manage');
  const hb = can(caller.role, 'handbook.write');
  if (!se && !hb) return undefined;
  const [warnings, reviews] = await Promise.all([
    se ? socialEconomySignals(db, caller.orgId, caller.today) : [],
    hb ? handbookReviewsDue(db, caller) : [],
  ]);
  return [
    ...warnings.map((w) => ({
      kind: w.kind === 'phase_end' ? ('se_phase_end' as const) : ('se_transition_deadline' as const),
      date: w.dueOn,
      id: w.workerId,
      name: w.workerName,
      phase: w.phase,
    })),
    ...reviews.map((r) => ({
      kind: 'handbook_review' as const,
      date: r.reviewOn,
      id: r.id,
      name: r.title,
      phase: null,
    })),
  ]
    .filter((d) => d.date <= addDays(caller.today, MORE_DATES_HORIZON_DAYS))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The latest survey that has enough responses for results, else the latest one. */
async function latestSurvey(db: Db, orgId: string) {
  const figures = await surveyFigures(db, orgId);
  const withResults = figures.filter((f) => f.satisfaction !== null || f.nps !== null);
  return withResults.at(-1) ?? figures.at(-1) ?? null;
}

async function latestCafRound(db: Db, orgId: string) {
  const rounds = await finishedRoundScores(db, orgId);
  const last = rounds.at(-1);
  return last ? { id: last.id, name: last.name, day: last.day, mean: Number(last.mean), subcriteria: last.n } : null;
}

/** The steps that fill a new organisation, each only for a role that can take it. */
async function setupSteps(
  db: Db,
  orgId: string,
  role: Role,
  known: Pick<HomeAnswer, 'coverage' | 'kpis'>,
): Promise<HomeAnswer['steps']> {
  const steps: HomeAnswer['steps'] = [];
  if (can(role, 'finance.manage') && known.coverage) {
    steps.push({ step: 'ledger', done: known.coverage.state !== 'no_ledger' });
    steps.push({ step: 'costModel', done: known.coverage.state === 'ready' });
  }
  if (can(role, 'clients.manage')) steps.push({ step: 'clients', done: (await clientCount(db, orgId)) > 0 });
  if (can(role, 'performance.manage') && known.kpis) steps.push({ step: 'kpis', done: known.kpis.summary.total > 0 });
  if (can(role, 'members.manage')) steps.push({ step: 'members', done: (await listMembers(db, orgId)).length > 1 });
  return steps;
}
