/** The heat map and the people's gaps counted by the database equal the pure rules (logic/) on random teams. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgWithMember, testAppForFile } from '../../server/testing.ts';
import { sampleEmployee, sampleTraining } from '../people/testing.ts';
import { assignmentsOf, levelsOf, requirementsOf } from './evidence.ts';
import { heatMap, type HeatRow } from './logic/heatmap.ts';
import { gapOf, gapSummary } from './logic/levels.ts';
import { personSummaries } from './people.ts';
import { teamHeatmap } from './team.ts';

const ctx = testAppForFile();

const person = fc.record({
  profile: fc.integer({ min: -1, max: 2 }),
  evidence: fc.array(
    fc.record({
      competence: fc.integer({ min: 0, max: 3 }),
      kind: fc.constantFrom('manager', 'self', 'training'),
      level: fc.integer({ min: 1, max: 4 }),
      day: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 6 },
  ),
});
const needs = fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 4 })), { minLength: 4, maxLength: 4 }), {
  minLength: 3,
  maxLength: 3,
});

const comparable = (rows: readonly (Omit<HeatRow, 'byLevel'> & { byLevel: readonly number[] })[]) =>
  rows.map((r) => ({
    ...r,
    byProfile: [...r.byProfile].sort((a, b) => (a.profileId < b.profileId ? -1 : 1)),
    coverage: r.coverage === null ? null : Math.round(r.coverage * 1e9),
  }));

describe('team heat map in SQL', () => {
  it('counts the same as the pure rule, for the whole organisation and per role profile (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 8 }), needs, async (people, profileNeeds) => {
        const { org } = await orgWithMember(ctx, 'directie');
        const orgId = org.id;
        const competences = await ctx.db
          .insertInto('cmp_competence')
          .values([0, 1, 2, 3].map((i) => ({ org_id: orgId, name: `C${i}`, levels: '["a","b","c","d"]', position: i })))
          .returning('id')
          .execute();
        const profiles = await ctx.db
          .insertInto('cmp_profile')
          .values([0, 1, 2].map((i) => ({ org_id: orgId, name: `P${i}` })))
          .returning('id')
          .execute();
        const requirements = profileNeeds.flatMap((levels, p) =>
          levels.flatMap((level, c) =>
            level ? [{ org_id: orgId, profile_id: profiles[p]!.id, competence_id: competences[c]!.id, level }] : [],
          ),
        );
        if (requirements.length) await ctx.db.insertInto('cmp_requirement').values(requirements).execute();
        for (const p of people) {
          const employeeId = await sampleEmployee(ctx.db, orgId);
          if (p.profile >= 0) {
            await ctx.db
              .insertInto('cmp_assignment')
              .values({ org_id: orgId, employee_id: employeeId, profile_id: profiles[p.profile]!.id })
              .execute();
          }
          for (const e of p.evidence) {
            const on = `2026-03-0${e.day}`;
            const competence_id = competences[e.competence]!.id;
            if (e.kind === 'training') {
              const training_id = await sampleTraining(ctx.db, orgId, employeeId, { heldOn: on });
              await ctx.db
                .insertInto('cmp_training_link')
                .values({
                  org_id: orgId,
                  training_id,
                  employee_id: employeeId,
                  competence_id,
                  level: e.level,
                  reached_on: on,
                })
                .execute();
            } else {
              await ctx.db
                .insertInto('cmp_assessment')
                .values({
                  org_id: orgId,
                  employee_id: employeeId,
                  competence_id,
                  level: e.level,
                  kind: e.kind as 'self',
                  assessed_on: on,
                  assessed_by: null,
                })
                .execute();
            }
          }
        }
        const ids = competences.map((c) => c.id);
        const assignments = await assignmentsOf(ctx.db, orgId);
        const all = (await ctx.db.selectFrom('ppl_employee').select('id').where('org_id', '=', orgId).execute()).map(
          (e) => ({
            employeeId: e.id,
            profileId: assignments.get(e.id) ?? null,
          }),
        );
        const reqs = await requirementsOf(ctx.db, orgId);
        const levels = await levelsOf(ctx.db, orgId);
        expect(comparable((await teamHeatmap(ctx.db, orgId)).rows.map(({ name: _, cluster: __, ...r }) => r))).toEqual(
          comparable(heatMap(ids, all, reqs, levels)),
        );
        // The people list's gap, counted in SQL, is the pure gap of each person.
        const summaries = await personSummaries(ctx.db, orgId);
        for (const m of all) {
          const pure = gapSummary(gapOf(reqs.get(m.profileId ?? '') ?? [], levels.get(m.employeeId) ?? new Map()));
          const s = summaries.find((x) => x.id === m.employeeId)!;
          expect({ required: s.required, met: s.met, missingLevels: s.missingLevels }).toEqual(pure);
        }
        for (const profile of profiles) {
          const sqlRows = (await teamHeatmap(ctx.db, orgId, profile.id)).rows.map(
            ({ name: _, cluster: __, ...r }) => r,
          );
          const team = all.filter((m) => m.profileId === profile.id);
          expect(comparable(sqlRows)).toEqual(comparable(heatMap(ids, team, reqs, levels)));
        }
      }),
      { numRuns: 12 },
    );
  });
});
