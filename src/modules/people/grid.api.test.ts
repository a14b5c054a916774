/** The registration grid: a week of absence or training hours per employee, saved as one-day records. */
import { describe, expect, it } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../../server/testing.ts';
import type { z } from 'zod';
import type { gridSave } from './schema-grid.ts';
import { peopleApi, SAMPLE_CONTRACT, SAMPLE_EMPLOYEE } from './testing.ts';

const ctx = testAppForFile();
const WEEK = '2024-03-04'; // a Monday; SAMPLE_CONTRACT runs through 2024

async function withStaff() {
  const member = await orgWithMember(ctx, 'directie');
  const orgId = member.org.id;
  const people = peopleApi(member.client, orgId);
  const an = (await people.create(SAMPLE_EMPLOYEE)).body.id;
  const bert = (await people.create({ ...SAMPLE_EMPLOYEE, externalRef: 'P-002', firstName: 'Bert', lastName: 'Aerts' }))
    .body.id;
  const nobody = (await people.create({ ...SAMPLE_EMPLOYEE, externalRef: 'P-003', lastName: 'Zonder' })).body.id;
  await people.addContract(an, SAMPLE_CONTRACT);
  await people.addContract(bert, { ...SAMPLE_CONTRACT, startsOn: '2024-03-06' });
  const api = member.client.api;
  const read = (query: { week: string; what: 'absence' | 'training'; kind: string; title?: string }) =>
    answer(api.GET('/orgs/{orgId}/people/grid', { params: { path: { orgId }, query } }));
  const save = (body: z.input<typeof gridSave>) =>
    answer(api.PUT('/orgs/{orgId}/people/grid', { params: { path: { orgId } }, body }));
  return { ...member, orgId, people, an, bert, nobody, read, save };
}

describe('registration grid', () => {
  it('shows the people under contract that week, saves hours as one-day records and reads them back', async () => {
    const { an, bert, nobody, read, save, people } = await withStaff();
    const empty = await read({ week: WEEK, what: 'absence', kind: 'sickness' });
    expect(empty.status).toBe(200);
    expect(empty.body.days).toEqual([
      '2024-03-04',
      '2024-03-05',
      '2024-03-06',
      '2024-03-07',
      '2024-03-08',
      '2024-03-09',
      '2024-03-10',
    ]);
    expect(empty.body.rows.map((r) => r.lastName)).toEqual(['Aerts', 'Peeters']);
    expect(empty.body.rows.map((r) => r.employeeId)).not.toContain(nobody);
    // Bert starts on Wednesday: Monday and Tuesday are read-only for him.
    expect(empty.body.rows[0]!.locked.slice(0, 3)).toEqual([true, true, false]);

    const subject = { what: 'absence', kind: 'sickness' } as const;
    const saved = await save({
      week: WEEK,
      subject,
      cells: [
        { employeeId: an, day: '2024-03-04', hours: 7.6 },
        { employeeId: an, day: '2024-03-05', hours: 3.8 },
        { employeeId: bert, day: '2024-03-07', hours: 7.6 },
      ],
    });
    expect(saved.status).toBe(200);
    const anRow = saved.body.rows.find((r) => r.employeeId === an)!;
    expect(anRow.cells).toEqual([7.6, 3.8, null, null, null, null, null]);
    expect((await people.get(an)).body.absences).toEqual([
      expect.objectContaining({ kind: 'sickness', startsOn: '2024-03-04', endsOn: '2024-03-04', hours: 7.6 }),
      expect.objectContaining({ kind: 'sickness', startsOn: '2024-03-05', endsOn: '2024-03-05', hours: 3.8 }),
    ]);
    // Changing one cell and clearing another replaces those records only.
    const changed = await save({
      week: WEEK,
      subject,
      cells: [
        { employeeId: an, day: '2024-03-04', hours: 4 },
        { employeeId: an, day: '2024-03-05', hours: null },
      ],
    });
    expect(changed.body.rows.find((r) => r.employeeId === an)!.cells.slice(0, 2)).toEqual([4, null]);
    expect((await people.get(an)).body.absences).toHaveLength(1);
    // Another kind is another grid.
    const accident = await read({ week: WEEK, what: 'absence', kind: 'work_accident' });
    expect(accident.body.rows.every((r) => r.cells.every((c) => c === null))).toBe(true);
  });

  it('registers training hours per kind and title', async () => {
    const { an, read, save, people } = await withStaff();
    const subject = { what: 'training', kind: 'formal', title: 'Tillen en heffen' } as const;
    await save({ week: WEEK, subject, cells: [{ employeeId: an, day: '2024-03-08', hours: 3.5 }] });
    const grid = await read({ week: WEEK, what: 'training', kind: 'formal', title: 'Tillen en heffen' });
    expect(grid.body.rows.find((r) => r.employeeId === an)!.cells[4]).toBe(3.5);
    expect((await people.get(an)).body.trainings).toEqual([
      expect.objectContaining({ kind: 'formal', title: 'Tillen en heffen', heldOn: '2024-03-08', hours: 3.5 }),
    ]);
    const other = await read({ week: WEEK, what: 'training', kind: 'formal', title: 'EHBO' });
    expect(other.body.rows.find((r) => r.employeeId === an)!.cells[4]).toBeNull();
  });

  it('keeps longer absences read-only, refuses a day outside the week, a non-Monday and an unknown kind, all or nothing', async () => {
    const { an, read, save, people } = await withStaff();
    await people.addAbsence(an, {
      kind: 'maternity_parental',
      startsOn: '2024-03-06',
      endsOn: '2024-03-20',
      hours: 80,
    });
    const grid = await read({ week: WEEK, what: 'absence', kind: 'sickness' });
    expect(grid.body.rows.find((r) => r.employeeId === an)!.locked.slice(0, 3)).toEqual([false, false, true]);
    const subject = { what: 'absence', kind: 'sickness' } as const;
    const locked = await save({
      week: WEEK,
      subject,
      cells: [
        { employeeId: an, day: '2024-03-04', hours: 7.6 },
        { employeeId: an, day: '2024-03-06', hours: 7.6 },
      ],
    });
    expect(locked.status).toBe(400);
    expect(JSON.stringify(locked.body)).toContain('cells.1.day');
    expect((await people.get(an)).body.absences).toHaveLength(1); // nothing saved
    const outside = await save({ week: WEEK, subject, cells: [{ employeeId: an, day: '2024-03-11', hours: 1 }] });
    expect(outside.status).toBe(400);
    expect((await save({ week: '2024-03-05', subject, cells: [] })).status).toBe(400);
    expect((await read({ week: WEEK, what: 'absence', kind: 'formal' })).status).toBe(400);
  });

  it('answers 404 for an employee of another organisation and 403 to a role that may not manage people', async () => {
    const mine = await withStaff();
    const theirs = await withStaff();
    const subject = { what: 'absence', kind: 'sickness' } as const;
    const foreign = await mine.save({ week: WEEK, subject, cells: [{ employeeId: theirs.an, day: WEEK, hours: 1 }] });
    expect(foreign.status).toBe(404);
    const board = await orgWithMember(ctx, 'begeleider');
    const refused = await answer(
      board.client.api.GET('/orgs/{orgId}/people/grid', {
        params: { path: { orgId: board.org.id }, query: { week: WEEK, what: 'absence', kind: 'sickness' } },
      }),
    );
    expect(refused.status).toBe(403);
  });
});
