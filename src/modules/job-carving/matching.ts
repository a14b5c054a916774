/**
 * Who could fill a carved function: the organisation's candidates (own table), its employees (people
 * and competences, through their public.ts) and the workers placed by social-economy partners, scored
 * and ranked by logic/match.ts. What a source does not record (an employee's talents) is scored neutral.
 */
import { levelsOf } from '../competences/public.ts';
import { employeesOf, runningContracts } from '../people/public.ts';
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { requirementsOf } from './logic/calc.ts';
import { type MatchNeed, type MatchPerson, rankPeople } from './logic/match.ts';
import { LANGUAGE_LEVELS, type LanguageLevel } from './logic/types.ts';
import { placedWorkersForMatching } from './placed-workers.ts';
import { listCandidates, listTasks, proposalOf } from './queries.ts';
import type { MatchAnswer } from './schema.ts';

/** The employees with the competences they hold (any level) and the hours left to a full-time week. */
async function employeePeople(db: DbOrTx, orgId: string): Promise<MatchPerson[]> {
  const [employees, contracts, levels] = await Promise.all([
    employeesOf(db, orgId),
    runningContracts(db, orgId, today()),
    levelsOf(db, orgId),
  ]);
  const hoursLeft = new Map<string, number>();
  for (const c of contracts)
    hoursLeft.set(c.employeeId, (hoursLeft.get(c.employeeId) ?? c.fullTimeHours) - c.weeklyHours);
  return employees.map((e) => ({
    id: e.id,
    kind: 'employee',
    name: `${e.firstName} ${e.lastName}`,
    competenceIds: [...(levels.get(e.id)?.keys() ?? [])],
    talents: null,
    languageLevel: null,
    hoursAvailable: hoursLeft.has(e.id) ? Math.max(0, hoursLeft.get(e.id) ?? 0) : null,
  }));
}

/** Everyone who could be matched, of the three kinds. */
export async function matchablePeople(db: DbOrTx, orgId: string): Promise<MatchPerson[]> {
  const [candidates, employees, placed] = await Promise.all([
    listCandidates(db, orgId),
    employeePeople(db, orgId),
    placedWorkersForMatching(db, orgId),
  ]);
  return [
    ...candidates.map(
      (c): MatchPerson => ({
        id: c.id,
        kind: 'candidate',
        name: c.name,
        competenceIds: c.competenceIds,
        talents: c.talents,
        languageLevel: c.languageLevel,
        hoursAvailable: c.hoursAvailable,
      }),
    ),
    ...employees,
    ...placed,
  ];
}

/** The ranked people for a proposal's new function, with the need they were scored against. */
export async function matchesFor(db: DbOrTx, orgId: string, proposalId: string, limit = 50): Promise<MatchAnswer> {
  const [proposal, tasks] = await Promise.all([proposalOf(db, orgId, proposalId), listTasks(db, orgId)]);
  const req = requirementsOf(tasks, proposal.taskIds, LANGUAGE_LEVELS);
  const need: MatchNeed = {
    competenceIds: req.competenceIds,
    talents: proposal.talents,
    languageLevel: req.languageLevel as LanguageLevel,
    hoursPerWeek: proposal.targetHours,
  };
  const people = await matchablePeople(db, orgId);
  return {
    need: { ...need, competenceIds: [...need.competenceIds], talents: [...need.talents] },
    scored: people.length,
    items: rankPeople(need, people, limit),
  };
}
