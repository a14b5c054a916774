/** A person's competences (profile, current levels, gap, assessments, plans, certificates) and the list of people. */
import { sql } from 'kysely';
import { today } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { employeesOf, type EmployeeName, trainingsOf } from '../people/public.ts';
import { assignmentsOf, currentLevelsCte, levelsOf, requirementsOf } from './evidence.ts';
import { expiryState } from './logic/expiry.ts';
import { gapOf } from './logic/levels.ts';
import { listCompetences } from './catalogue.ts';
import type { Certificate, PersonDetail, PersonSummary, Plan } from './schema.ts';

async function profileNames(db: DbOrTx, orgId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('cmp_profile').select(['id', 'name']).where('org_id', '=', orgId).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The certificates of one person, or of everyone, with their expiry state on `on`. */
export async function certificatesOf(
  db: DbOrTx,
  orgId: string,
  employeeId?: string,
  on = today(),
): Promise<(Certificate & { employeeId: string })[]> {
  let q = db
    .selectFrom('cmp_certificate')
    .select(['id', 'employee_id', 'kind', 'name', 'reference', 'issued_on', 'expires_on'])
    .where('org_id', '=', orgId);
  if (employeeId) q = q.where('employee_id', '=', employeeId);
  const rows = await q.orderBy('expires_on').orderBy('name').execute();
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    kind: r.kind,
    name: r.name,
    reference: r.reference,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    state: expiryState(r.expires_on, on),
  }));
}

/** Every employee with their profile, how many required competences they meet, and certificate warnings. */
export async function personSummaries(db: DbOrTx, orgId: string): Promise<PersonSummary[]> {
  const people = await employeesOf(db, orgId);
  const assignments = await assignmentsOf(db, orgId);
  const names = await profileNames(db, orgId);
  // The gap rule of logic/levels.ts (gapOf), counted in the database for everyone at once.
  const gaps = await sql<{ employee_id: string; required: string; met: string; missing: string }>`
    WITH ${currentLevelsCte(orgId)}
    SELECT a.employee_id, count(*) AS required, count(*) FILTER (WHERE cur.level >= r.level) AS met,
      sum(greatest(0, r.level - coalesce(cur.level, 0))) AS missing
    FROM cmp_assignment a
    JOIN cmp_requirement r ON r.org_id = a.org_id AND r.profile_id = a.profile_id
    LEFT JOIN cur ON cur.employee_id = a.employee_id AND cur.competence_id = r.competence_id
    WHERE a.org_id = ${orgId}
    GROUP BY a.employee_id`.execute(db);
  const gapOfPerson = new Map(gaps.rows.map((g) => [g.employee_id, g]));
  const warnings = new Map<string, number>();
  for (const c of await certificatesOf(db, orgId)) {
    if (c.state === 'expired' || c.state === 'expiring')
      warnings.set(c.employeeId, (warnings.get(c.employeeId) ?? 0) + 1);
  }
  return people.map((p) => {
    const profileId = assignments.get(p.id) ?? null;
    const gap = gapOfPerson.get(p.id);
    return {
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      profile: profileId ? { id: profileId, name: names.get(profileId) ?? '' } : null,
      required: Number(gap?.required ?? 0),
      met: Number(gap?.met ?? 0),
      missingLevels: Number(gap?.missing ?? 0),
      warnings: warnings.get(p.id) ?? 0,
    };
  });
}

async function plansOf(db: DbOrTx, orgId: string, employeeId: string): Promise<Plan[]> {
  const plans = await db
    .selectFrom('cmp_plan')
    .select(['id', 'title', 'review_on'])
    .where('org_id', '=', orgId)
    .where('employee_id', '=', employeeId)
    .orderBy('created_at')
    .execute();
  if (plans.length === 0) return [];
  const actions = await db
    .selectFrom('cmp_plan_action')
    .selectAll()
    .where('org_id', '=', orgId)
    .where(
      'plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('due_on')
    .orderBy('description')
    .execute();
  return plans.map((p) => ({
    id: p.id,
    title: p.title,
    reviewOn: p.review_on,
    actions: actions
      .filter((a) => a.plan_id === p.id)
      .map((a) => ({
        id: a.id,
        competenceId: a.competence_id,
        description: a.description,
        owner: a.owner,
        dueOn: a.due_on,
        status: a.status,
        followUp: a.follow_up,
      })),
  }));
}

/** Everything about one person's competences: every catalogue competence with requirement, level and gap. */
export async function personDetail(db: DbOrTx, orgId: string, employee: EmployeeName): Promise<PersonDetail> {
  const id = employee.id;
  const profileId = (await assignmentsOf(db, orgId, id)).get(id) ?? null;
  const catalogue = await listCompetences(db, orgId);
  const requirements = profileId ? ((await requirementsOf(db, orgId)).get(profileId) ?? []) : [];
  const current = (await levelsOf(db, orgId, id)).get(id) ?? new Map();
  const gaps = new Map(gapOf(requirements, current).map((g) => [g.competenceId, g]));
  const assessments = await db
    .selectFrom('cmp_assessment as a')
    .leftJoin('app_user as u', 'u.id', 'a.assessed_by')
    .select(['a.id', 'a.competence_id', 'a.level', 'a.kind', 'a.assessed_on', 'a.note', 'u.name as by'])
    .where('a.org_id', '=', orgId)
    .where('a.employee_id', '=', id)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.created_at', 'desc')
    .execute();
  const links = await db
    .selectFrom('cmp_training_link')
    .select(['id', 'training_id', 'competence_id', 'level', 'reached_on'])
    .where('org_id', '=', orgId)
    .where('employee_id', '=', id)
    .orderBy('reached_on', 'desc')
    .execute();
  const trainings = await trainingsOf(db, orgId, { employeeId: id });
  const titles = new Map(trainings.map((t) => [t.id, t.title]));
  return {
    employee: { id, firstName: employee.firstName, lastName: employee.lastName },
    profile: profileId ? { id: profileId, name: (await profileNames(db, orgId)).get(profileId) ?? '' } : null,
    competences: catalogue.map((c) => {
      const g = gaps.get(c.id);
      return {
        competenceId: c.id,
        required: g?.required ?? null,
        current: current.get(c.id) ?? null,
        gap: g ? g.gap : null,
      };
    }),
    assessments: assessments.map((a) => ({
      id: a.id,
      competenceId: a.competence_id,
      level: a.level,
      kind: a.kind,
      assessedOn: a.assessed_on,
      assessedBy: a.by ?? null,
      note: a.note,
    })),
    plans: await plansOf(db, orgId, id),
    certificates: (await certificatesOf(db, orgId, id)).map(({ employeeId: _, ...c }) => c),
    trainingLinks: links.map((l) => ({
      id: l.id,
      trainingId: l.training_id,
      title: titles.get(l.training_id) ?? '',
      competenceId: l.competence_id,
      level: l.level,
      reachedOn: l.reached_on,
    })),
    trainings: trainings.map((t) => ({ id: t.id, title: t.title, heldOn: t.heldOn, hours: t.hours })),
  };
}
