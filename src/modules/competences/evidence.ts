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
 * Every person's current level per competence, in SQL (the rule of `logic/levels.ts`: the latest
 * manager assessment, else the latest self-assessment, else the highest level reached by training),
 * as CTEs ending in `cur (employee_id, competence_id, level)`. The assessments are read in the order
 * of the index cmp_assessment_current_idx, so no sort is needed: `kind` sorts 'manager' before 'self'
 * (the only two values its CHECK allows), then the latest day, then the latest recorded.
 */
export const currentLevelsCte = (orgId: string) => sql`assessed AS (
  SELECT DISTINCT ON (employee_id, competence_id) employee_id, competence_id, level
  FROM cmp_assessment WHERE org_id = ${orgId}
  ORDER BY employee_id, competence_id, kind, assessed_on DESC, created_at DESC
), trained AS (
  SELECT employee_id, competence_id, max(level) AS level FROM cmp_training_link WHERE org_id = ${orgId}
  GROUP BY employee_id, competence_id
), cur AS MATERIALIZED (
  SELECT coalesce(a.employee_id, t.employee_id) AS employee_id, coalesce(a.competence_id, t.competence_id) AS competence_id,
    coalesce(a.level, t.level) AS level
  FROM assessed a FULL JOIN trained t ON t.employee_id = a.employee_id AND t.competence_id = a.competence_id
)`;
