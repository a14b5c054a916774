/** The data of bench/heatmap.ts: an organisation of N people × M competences, seeded straight into the database, the same every run. */
import type { Insertable } from 'kysely';
import { addDays } from '../src/lib/calendar.ts';
import type { CmpAssessmentTable } from '../src/modules/competences/tables.ts';
import { addMember } from '../src/modules/orgs/queries.ts';
import type { Db } from '../src/server/db.ts';
import { hashPassword } from '../src/server/secrets.ts';
import { organisation } from './harness.ts';

export interface HeatmapSettings {
  people: number;
  competences: number;
  profiles: number;
  needsPerProfile: number;
}
export const EMAIL = 'directie@bench.stuurboord.test';
export const PASSWORD = 'kapstok meeuw regenjas';

/** Seeds the organisation straight into the database; answers its id and the evidence rows written. */
export async function seedHeatmap(db: Db, settings: HeatmapSettings) {
  const org = await organisation(db, 'VZW Benchmark Competenties');
  const { member } = await addMember(db, org.id, {
    email: EMAIL,
    name: 'Directie Bench',
    role: 'directie',
    passwordHash: await hashPassword(PASSWORD),
  });
  const orgId = org.id;
  const levels = JSON.stringify(['basis', 'zelfstandig', 'gevorderd', 'expert']);
  const competences = await db
    .insertInto('cmp_competence')
    .values(
      Array.from({ length: settings.competences }, (_, i) => ({
        org_id: orgId,
        name: `Competentie ${i + 1}`,
        levels,
        position: i,
      })),
    )
    .returning('id')
    .execute();
  const profiles = await db
    .insertInto('cmp_profile')
    .values(Array.from({ length: settings.profiles }, (_, i) => ({ org_id: orgId, name: `Rol ${i + 1}` })))
    .returning('id')
    .execute();
  await db
    .insertInto('cmp_requirement')
    .values(
      profiles.flatMap((p, i) =>
        Array.from({ length: settings.needsPerProfile }, (_, j) => ({
          org_id: orgId,
          profile_id: p.id,
          competence_id: competences[(i * 7 + j * 5) % competences.length]!.id,
          level: 1 + ((i + j) % 4),
        })),
      ),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
  const employees = await db
    .insertInto('ppl_employee')
    .values(
      Array.from({ length: settings.people }, (_, i) => ({
        org_id: orgId,
        first_name: 'Mw',
        last_name: `Bench ${i}`,
        sex: i % 3 ? 'female' : 'male',
      })),
    )
    .returning('id')
    .execute();
  await db
    .insertInto('cmp_assignment')
    .values(
      employees.map((e, i) => ({ org_id: orgId, employee_id: e.id, profile_id: profiles[i % profiles.length]!.id })),
    )
    .execute();
  let rows = 0;
  const batch: Insertable<CmpAssessmentTable>[] = [];
  const flush = async () => {
    if (batch.length) await db.insertInto('cmp_assessment').values(batch.splice(0)).execute();
  };
  for (const [i, e] of employees.entries()) {
    for (const [j, c] of competences.entries()) {
      const level = 1 + ((i * 3 + j) % 4);
      const base = { org_id: orgId, employee_id: e.id, competence_id: c.id, assessed_by: member.userId };
      batch.push({ ...base, level, kind: 'manager', assessed_on: addDays('2026-06-01', -((i + j) % 300)) });
      if ((i + j) % 3 === 0)
        batch.push({ ...base, level: Math.min(4, level + 1), kind: 'self', assessed_on: '2026-05-01' });
      if ((i + j) % 2 === 0)
        batch.push({ ...base, level: Math.max(1, level - 1), kind: 'manager', assessed_on: '2024-03-01' });
      if (batch.length >= 4000) {
        rows += batch.length;
        await flush();
      }
    }
  }
  rows += batch.length;
  await flush();
  const trainings = await db
    .insertInto('ppl_training')
    .values(
      employees.flatMap((e) =>
        [1, 2].map((k) => ({
          org_id: orgId,
          employee_id: e.id,
          kind: 'formal' as const,
          title: `Opleiding ${k}`,
          held_on: '2025-10-01',
          hours: 7,
        })),
      ),
    )
    .returning(['id', 'employee_id'])
    .execute();
  await db
    .insertInto('cmp_training_link')
    .values(
      trainings.map((t, i) => ({
        org_id: orgId,
        training_id: t.id,
        employee_id: t.employee_id,
        competence_id: competences[i % competences.length]!.id,
        level: 2,
        reached_on: '2025-10-01',
      })),
    )
    .execute();
  return { orgId, evidenceRows: rows + trainings.length };
}
