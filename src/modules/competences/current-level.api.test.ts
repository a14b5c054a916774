/**
 * The stored current levels (cmp_current_level, kept by triggers) equal the rule of logic/levels.ts on
 * the evidence, after any sequence of inserts, updates and deletes of assessments and training links,
 * and after a competence is removed (a cascade).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgWithMember, testAppForFile } from '../../server/testing.ts';
import { sampleEmployee, sampleTraining } from '../people/testing.ts';
import { levelsOf } from './evidence.ts';

const ctx = testAppForFile();

const step = fc.oneof(
  fc.record({
    op: fc.constant('assess' as const),
    person: fc.nat(2),
    competence: fc.nat(2),
    kind: fc.constantFrom('manager' as const, 'self' as const),
    level: fc.integer({ min: 1, max: 4 }),
    day: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    op: fc.constant('train' as const),
    person: fc.nat(2),
    competence: fc.nat(2),
    level: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ op: fc.constant('regrade' as const), pick: fc.nat(), level: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('unassess' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('untrain' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('drop_competence' as const), competence: fc.nat(2) }),
);

async function stored(orgId: string) {
  const rows = await ctx.db
    .selectFrom('cmp_current_level')
    .select(['employee_id', 'competence_id', 'level'])
    .where('org_id', '=', orgId)
    .execute();
  return rows.map((r) => `${r.employee_id}/${r.competence_id}=${r.level}`).sort();
}

async function expected(orgId: string) {
  const out: string[] = [];
  for (const [employeeId, levels] of await levelsOf(ctx.db, orgId))
    for (const [competenceId, current] of levels) out.push(`${employeeId}/${competenceId}=${current.level}`);
  return out.sort();
}

describe('stored current levels', () => {
  it('follow every change of the evidence (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const { org } = await orgWithMember(ctx, 'directie');
        const orgId = org.id;
        const competences = (
          await ctx.db
            .insertInto('cmp_competence')
            .values([0, 1, 2].map((i) => ({ org_id: orgId, name: `C${i}`, levels: '["a","b","c","d"]', position: i })))
            .returning('id')
            .execute()
        ).map((c) => c.id);
        const people = [
          await sampleEmployee(ctx.db, orgId),
          await sampleEmployee(ctx.db, orgId),
          await sampleEmployee(ctx.db, orgId),
        ];
        const pick = async (table: 'cmp_assessment' | 'cmp_training_link', n: number) => {
          const ids = (
            await ctx.db.selectFrom(table).select('id').where('org_id', '=', orgId).orderBy('id').execute()
          ).map((r) => r.id);
          return ids.length ? ids[n % ids.length]! : null;
        };
        for (const s of steps) {
          if (s.op === 'assess' && competences[s.competence]) {
            await ctx.db
              .insertInto('cmp_assessment')
              .values({
                org_id: orgId,
                employee_id: people[s.person]!,
                competence_id: competences[s.competence]!,
                level: s.level,
                kind: s.kind,
                assessed_on: `2026-03-0${s.day}`,
                assessed_by: null,
              })
              .execute();
          } else if (s.op === 'train' && competences[s.competence]) {
            const training_id = await sampleTraining(ctx.db, orgId, people[s.person]!);
            await ctx.db
              .insertInto('cmp_training_link')
              .values({
                org_id: orgId,
                training_id,
                employee_id: people[s.person]!,
                competence_id: competences[s.competence]!,
                level: s.level,
                reached_on: '2026-03-10',
              })
              .execute();
          } else if (s.op === 'regrade') {
            const id = await pick('cmp_assessment', s.pick);
            if (id) await ctx.db.updateTable('cmp_assessment').set({ level: s.level }).where('id', '=', id).execute();
          } else if (s.op === 'unassess' || s.op === 'untrain') {
            const table = s.op === 'unassess' ? 'cmp_assessment' : 'cmp_training_link';
            const id = await pick(table, s.pick);
            if (id) await ctx.db.deleteFrom(table).where('id', '=', id).execute();
          } else if (s.op === 'drop_competence' && competences[s.competence]) {
            await ctx.db.deleteFrom('cmp_competence').where('id', '=', competences[s.competence]!).execute();
            competences[s.competence] = '';
          }
          expect(await stored(orgId)).toEqual(await expected(orgId));
        }
      }),
      { numRuns: 15 },
    );
  });
});
