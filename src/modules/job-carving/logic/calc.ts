/**
 * The designer's calculation (pure, shared by the browser and the server): what a proposal moves from
 * each role, the hours certified staff get back for care and their value, the cost of the new function
 * and the net effect per year. Runs on every keystroke in the designer, so it is one pass over the tasks
 * with map look-ups (40 roles × 300 tasks well under 50 ms; bench/job-carving.ts measures it).
 */
import {
  type CalcProposal,
  type CalcRole,
  type CalcTask,
  FULL_TIME_HOURS,
  type ProposalEffect,
  type RoleEffect,
  type TaskIssue,
  WORKED_WEEKS_PER_YEAR,
} from './types.ts';

/** Hours to 2 decimals, FTE to 4 (as the people module rounds them). */
export const roundHours = (h: number) => Math.round(h * 100) / 100;
export const roundFte = (f: number) => Math.round(f * 10_000) / 10_000;

/** The yearly cost of `hoursPerWeek` in a role that costs `costPerFteCents` per FTE a year. */
export function yearlyValueCents(hoursPerWeek: number, costPerFteCents: number): number {
  return Math.round((hoursPerWeek / FULL_TIME_HOURS) * costPerFteCents);
}

/** The yearly cost of the new function at `hoursPerWeek`, or null when its cost or price is missing. */
export function newFunctionCost(proposal: CalcProposal, hoursPerWeek: number): number | null {
  if (proposal.costBasis === 'contract') {
    return proposal.costPerFteCents === null ? null : yearlyValueCents(hoursPerWeek, proposal.costPerFteCents);
  }
  return proposal.pricePerHourCents === null
    ? null
    : Math.round(hoursPerWeek * WORKED_WEEKS_PER_YEAR * proposal.pricePerHourCents);
}

const sumOrNull = (values: (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** The effect of one proposal on the organisation's roles (see the types for each figure). */
export function proposalEffect(
  roles: readonly CalcRole[],
  tasks: readonly CalcTask[] | ReadonlyMap<string, CalcTask>,
  proposal: CalcProposal,
): ProposalEffect {
  const taskById = tasks instanceof Map ? tasks : new Map((tasks as readonly CalcTask[]).map((t) => [t.id, t]));
  const roleById = new Map(roles.map((r) => [r.id, r]));
  const moved = new Map<string, number>();
  const issues: TaskIssue[] = [];
  const seen = new Set<string>();
  for (const id of proposal.taskIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const task = taskById.get(id);
    if (!task || !roleById.has(task.roleId)) {
      issues.push({ taskId: id, reason: 'unknown_task' });
      continue;
    }
    if (task.needsCertificate) {
      issues.push({ taskId: id, reason: 'needs_certificate' });
      continue;
    }
    moved.set(task.roleId, (moved.get(task.roleId) ?? 0) + task.hoursPerWeek);
  }
  const effects: RoleEffect[] = [];
  for (const role of roles) {
    const hours = moved.get(role.id);
    if (hours === undefined) continue;
    const hoursMoved = roundHours(hours);
    effects.push({
      roleId: role.id,
      name: role.name,
      certified: role.certified,
      hoursMoved,
      hoursFreedForCare: role.certified ? hoursMoved : 0,
      fteMoved: roundFte(hoursMoved / FULL_TIME_HOURS),
      valueCents: role.costPerFteCents === null ? null : yearlyValueCents(hoursMoved, role.costPerFteCents),
    });
  }
  const taskHours = roundHours(effects.reduce((a, e) => a + e.hoursMoved, 0));
  const hoursFreedForCare = roundHours(effects.reduce((a, e) => a + e.hoursFreedForCare, 0));
  const newFunctionHours = Math.max(proposal.targetHours, 0);
  const newFunctionCostCents = newFunctionCost(proposal, newFunctionHours);
  const valueMovedCents = sumOrNull(effects.map((e) => e.valueCents));
  const valueFreedForCareCents = sumOrNull(effects.filter((e) => e.certified).map((e) => e.valueCents));
  return {
    roles: effects,
    taskHours,
    targetHours: proposal.targetHours,
    slackHours: roundHours(proposal.targetHours - taskHours),
    hoursFreedForCare,
    fteFreedForCare: roundFte(hoursFreedForCare / FULL_TIME_HOURS),
    newFunctionFte: roundFte(newFunctionHours / FULL_TIME_HOURS),
    newFunctionCostCents,
    valueMovedCents,
    valueFreedForCareCents,
    netCents: valueMovedCents === null || newFunctionCostCents === null ? null : valueMovedCents - newFunctionCostCents,
    netFte: roundFte(hoursFreedForCare / FULL_TIME_HOURS),
    issues,
  };
}

/** The union of what the picked tasks ask: competences, the highest language level, client contact. */
export function requirementsOf<T extends { id: string; competenceIds: readonly string[]; languageLevel: string }>(
  tasks: readonly T[],
  taskIds: readonly string[],
  order: readonly string[],
): { competenceIds: string[]; languageLevel: string } {
  const picked = new Set(taskIds);
  const competences = new Set<string>();
  let level = 0;
  for (const t of tasks) {
    if (!picked.has(t.id)) continue;
    for (const c of t.competenceIds) competences.add(c);
    level = Math.max(level, order.indexOf(t.languageLevel));
  }
  return { competenceIds: [...competences].sort(), languageLevel: order[level] ?? order[0] ?? 'none' };
}
