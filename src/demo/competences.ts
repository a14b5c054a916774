/**
 * The demo's competences: the catalogue and role profiles (competences-catalogue.ts), a profile for
 * every employee the people step made, manager assessments (and some self-assessments) around the
 * level the profile needs, and first-aid certificates and nursing registrations, a few expiring soon.
 * Without employees (the people step did not run) only the catalogue and profiles are made.
 */
import { addDays, today } from '../lib/calendar.ts';
import { employeesOf } from '../modules/people/public.ts';
import type { Role } from '../modules/orgs/policy.ts';
import type { Db } from '../server/db.ts';
import { DEMO_COMPETENCES, DEMO_PROFILES } from './competences-catalogue.ts';
import type { Random } from './random.ts';

export async function createDemoCompetences(
  db: Db,
  orgId: string,
  people: { id: string; email: string; role: Role }[],
  rnd: Random,
  now: Date,
) {
  const competences = await db
    .insertInto('cmp_competence')
    .values(
      DEMO_COMPETENCES.map((c, i) => ({
        org_id: orgId,
        name: c.name,
        cluster: c.cluster,
        levels: JSON.stringify(c.levels),
        position: i,
      })),
    )
    .returning(['id', 'name'])
    .execute();
  const competenceId = new Map(competences.map((c) => [c.name, c.id]));
  const profiles = await db
    .insertInto('cmp_profile')
    .values(DEMO_PROFILES.map((p) => ({ org_id: orgId, name: p.name })))
    .returning(['id', 'name'])
    .execute();
  const profileId = new Map(profiles.map((p) => [p.name, p.id]));
  await db
    .insertInto('cmp_requirement')
    .values(
      DEMO_PROFILES.flatMap((p) =>
        Object.entries(p.needs).map(([name, level]) => ({
          org_id: orgId,
          profile_id: profileId.get(p.name)!,
          competence_id: competenceId.get(name)!,
          level,
        })),
      ),
    )
    .execute();

  const employees = await employeesOf(db, orgId);
  if (employees.length === 0) return;
  const manager = people.find((p) => p.role === 'directie') ?? people.find((p) => p.role === 'staf');
  const on = today(now);
  const assignments: { org_id: string; employee_id: string; profile_id: string }[] = [];
  const assessments: {
    org_id: string;
    employee_id: string;
    competence_id: string;
    level: number;
    kind: 'self' | 'manager';
    assessed_on: string;
    assessed_by: string | null;
  }[] = [];
  const certificates: {
    org_id: string;
    employee_id: string;
    kind: 'certificate' | 'registration';
    name: string;
    issued_on: string;
    expires_on: string;
  }[] = [];
  // Profiles in turn by their share: the first 55 % begeleiders, then nurses, coaches …
  const bounds = DEMO_PROFILES.map((_, i) => DEMO_PROFILES.slice(0, i + 1).reduce((s, p) => s + p.share, 0));
  for (const [i, e] of employees.entries()) {
    const at = (i + 0.5) / employees.length;
    const profile =
      DEMO_PROFILES[
        Math.max(
          0,
          bounds.findIndex((b) => at <= b + 1e-9),
        )
      ] ?? DEMO_PROFILES[0]!;
    assignments.push({ org_id: orgId, employee_id: e.id, profile_id: profileId.get(profile.name)! });
    for (const [name, needed] of Object.entries(profile.needs)) {
      if (rnd.next() < 0.12) continue; // not assessed yet
      const level = Math.min(4, Math.max(1, needed + rnd.pick([-1, 0, 0, 0, 1])));
      const base = {
        org_id: orgId,
        employee_id: e.id,
        competence_id: competenceId.get(name)!,
        assessed_on: addDays(on, -rnd.int(20, 400)),
      };
      assessments.push({ ...base, level, kind: 'manager', assessed_by: manager?.id ?? null });
      if (rnd.next() < 0.4) {
        const self = Math.min(4, Math.max(1, level + rnd.pick([0, 0, 1])));
        assessments.push({ ...base, level: self, kind: 'self', assessed_by: null });
      }
    }
    if (rnd.next() < 0.3) {
      const expires = addDays(on, rnd.int(-20, 700));
      certificates.push({
        org_id: orgId,
        employee_id: e.id,
        kind: 'certificate',
        name: 'EHBO-attest',
        issued_on: addDays(expires, -3 * 365),
        expires_on: expires,
      });
    }
    if (profile.name === 'Verpleegkundige') {
      const expires = addDays(on, rnd.int(30, 1500));
      certificates.push({
        org_id: orgId,
        employee_id: e.id,
        kind: 'registration',
        name: 'Visum verpleegkundige',
        issued_on: addDays(expires, -5 * 365),
        expires_on: expires,
      });
    }
  }
  await db.insertInto('cmp_assignment').values(assignments).execute();
  for (let i = 0; i < assessments.length; i += 500) {
    await db
      .insertInto('cmp_assessment')
      .values(assessments.slice(i, i + 500))
      .execute();
  }
  if (certificates.length > 0) await db.insertInto('cmp_certificate').values(certificates).execute();
}
