/** What the competence map computes from: levels (assessments, trainings) and role profiles, read per organisation. */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { currentLevels } from './logic/levels.ts';
import type { CurrentLevel, LevelEvidence, Requirement } from './logic/types.ts';

/**
 * The evidence of the people's levels: per employee, competence and kind only the latest assessment
 * (DISTINCT ON), per employee and competence the highest level reached by training. `employeeId`
 * narrows it to one person.
 */
export async function evidenceOf(db: DbOrTx, orgId: string, employeeId?: string): Promise<LevelEvidence[]> {
  let assessed = db
    .selectFrom('cmp_assessment')
    .distinctOn(['employee_id', 'competence_id', 'kind'])
    .select(['employee_id', 'competence_id', 'kind', 'level', 'assessed_on', 'created_at'])
    .where('org_id', '=', orgId);
  let trained = db
    .selectFrom('cmp_training_link')
    .distinctOn(['employee_id', 'competence_id'])
    .select(['employee_id', 'competence_id', 'level', 'reached_on'])
    .where('org_id', '=', orgId);
  if (employeeId) {
    assessed = assessed.where('employee_id', '=', employeeId);
    trained = trained.where('employee_id', '=', employeeId);
  }
  const [a, t] = [
    await assessed
      .orderBy('employee_id')
      .orderBy('competence_id')
      .orderBy('kind')
      .orderBy('assessed_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
    await trained
      .orderBy('employee_id')
      .orderBy('competence_id')
      .orderBy('level', 'desc')
      .orderBy('reached_on')
      .execute(),
  ];
  return [
    ...a.map((r) => ({
      employeeId: r.employee_id,
      competenceId: r.competence_id,
      level: r.level,
      source: r.kind,
      on: r.assessed_on,
      seq: new Date(r.created_at).getTime(),
    })),
    ...t.map((r) => ({
      employeeId: r.employee_id,
      competenceId: r.competence_id,
      level: r.level,
      source: 'training' as const,
      on: r.reached_on,
    })),
  ];
}

/** Current levels of the organisation's people (or of one), by employee then competence. */
export async function levelsOf(
  db: DbOrTx,
  orgId: string,
  employeeId?: string,
): Promise<Map<string, Map<string, CurrentLevel>>> {
  return currentLevels(await evidenceOf(db, orgId, employeeId));
}

/** The role profile of each employee who holds one. */
export async function assignmentsOf(db: DbOrTx, orgId: string, employeeId?: string): Promise<Map<string, string>> {
  let q = db.selectFrom('cmp_assignment').select(['employee_id', 'profile_id']).where('org_id', '=', orgId);
  if (employeeId) q = q.where('employee_id', '=', employeeId);
  return new Map((await q.execute()).map((r) => [r.employee_id, r.profile_id]));
}

/** The requirements of every role profile, by profile id, in catalogue order. */
export async function requirementsOf(db: DbOrTx, orgId: string): Promise<Map<string, Requirement[]>> {
  const rows = await db
    .selectFrom('cmp_requirement as r')
    .innerJoin('cmp_competence as c', 'c.id', 'r.competence_id')
    .select(['r.profile_id', 'r.competence_id', 'r.level'])
    .where('r.org_id', '=', orgId)
    .orderBy('c.position')
    .orderBy('c.name')
    .execute();
  const out = new Map<string, Requirement[]>();
  for (const r of rows) {
    const list = out.get(r.profile_id) ?? [];
    list.push({ competenceId: r.competence_id, level: r.level });
    out.set(r.profile_id, list);
  }
  return out;
}

/**
 * Every person's current level per competence as the CTE `cur (employee_id, competence_id, level)`: the
 * rows of `cmp_current_level`, which triggers keep equal to the rule of `logic/levels.ts` (the latest
 * manager assessment, else the latest self-assessment, else the highest level reached by training)
 * after every change of an assessment or a training link (migrations/20261202T1300_people_perf.ts).
 */
export const currentLevelsCte = (orgId: string) =>
  sql`cur AS (SELECT employee_id, competence_id, level FROM cmp_current_level WHERE org_id = ${orgId})`;
