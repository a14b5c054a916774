/** The people register's API: employees, contracts over time, absence, training, payroll, agency staff, volunteers. */
import { describe, expect, it } from 'vitest';
import { orgWithMember, testAppForFile } from '../../server/testing.ts';
import { peopleApi, SAMPLE_CONTRACT, SAMPLE_EMPLOYEE } from './testing.ts';

const ctx = testAppForFile();

async function staffApi() {
  const member = await orgWithMember(ctx, 'directie');
  return { ...member, api: peopleApi(member.client, member.org.id) };
}

describe('employees', () => {
  it('creates, lists with the current contract and FTE, reads (audited) and changes an employee', async () => {
    const { api, org } = await staffApi();
    const created = await api.create(SAMPLE_EMPLOYEE);
    expect(created.status).toBe(200);
    const id = created.body.id;
    expect(created.body).toMatchObject({ firstName: 'An', lastName: 'Peeters', current: null, since: null });
    expect((await api.addContract(id, { ...SAMPLE_CONTRACT, endsOn: null })).status).toBe(200);
    const list = await api.list();
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id,
        since: '2024-01-01',
        current: expect.objectContaining({ functionTitle: 'Opvoeder', fte: 0.8, weeklyHours: 30.4 }),
      }),
    ]);
    const patched = await api.patch(id, { lastName: 'Peeters-Janssens', education: 'university' });
    expect(patched.body).toMatchObject({ lastName: 'Peeters-Janssens', education: 'university' });
    expect((await api.get(id)).body.contracts).toHaveLength(1);
    const reads = await api.audit('employee.read');
    expect(reads.body.items.map((r) => r.entityId)).toEqual([id]);
    expect((await api.audit('employee.listed')).body.items).toHaveLength(1);
    const director = await orgWithMember(ctx, 'directie');
    expect((await peopleApi(director.client, org.id).list()).status).toBe(404);
  });

  it('refuses bad input naming the field, a duplicate employee number and a user who is not a member', async () => {
    const { api, member } = await staffApi();
    const bad = await api.create({ ...SAMPLE_EMPLOYEE, sex: 'x' as 'male', birthYear: 1800 });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.fields!.map((f) => f.path).sort()).toEqual(['birthYear', 'sex']);
    expect((await api.create(SAMPLE_EMPLOYEE)).status).toBe(200);
    const dup = await api.create({ ...SAMPLE_EMPLOYEE, firstName: 'Bert' });
    expect(dup.status).toBe(409);
    expect(dup.body.error!.fields![0]!.path).toBe('externalRef');
    const other = await orgWithMember(ctx, 'staf');
    const stranger = await api.create({ ...SAMPLE_EMPLOYEE, externalRef: null, userId: other.member.userId });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error!.fields![0]!.path).toBe('userId');
    const linked = await api.create({ ...SAMPLE_EMPLOYEE, externalRef: null, userId: member.userId });
    expect(linked.body.userId).toBe(member.userId);
    expect((await api.create({ ...SAMPLE_EMPLOYEE, externalRef: 'P-9', userId: member.userId })).status).toBe(409);
  });

  it('is read and changed by directie and staf only; the board and a begeleider get 403', async () => {
    const { api, org } = await staffApi();
    const id = (await api.create(SAMPLE_EMPLOYEE)).body.id;
    for (const role of ['bestuur', 'begeleider', 'partner'] as const) {
      const other = await orgWithMember(ctx, role);
      const theirs = peopleApi(other.client, other.org.id);
      expect((await theirs.list()).status).toBe(403);
      expect((await theirs.volunteers()).status).toBe(403);
      // Another organisation's person is not found, whatever the role.
      expect((await peopleApi(other.client, org.id).get(id)).status).toBe(404);
    }
    const intruder = await staffApi();
    expect((await intruder.api.get(id)).status).toBe(404);
    expect((await intruder.api.patch(id, { firstName: 'X' })).status).toBe(404);
    expect((await intruder.api.addContract(id, SAMPLE_CONTRACT)).status).toBe(404);
  });
});

describe('contracts over time', () => {
  it('refuses overlapping contracts and weekly hours above full time, naming the field', async () => {
    const { api } = await staffApi();
    const id = (await api.create(SAMPLE_EMPLOYEE)).body.id;
    expect((await api.addContract(id, SAMPLE_CONTRACT)).status).toBe(200);
    const overlap = await api.addContract(id, { ...SAMPLE_CONTRACT, startsOn: '2024-12-31', endsOn: null });
    expect(overlap.status).toBe(422);
    expect(overlap.body.error!.fields![0]!.path).toBe('startsOn');
    expect(overlap.body.error!.message).toContain('2024-01-01');
    const hours = await api.addContract(id, { ...SAMPLE_CONTRACT, startsOn: '2025-01-01', weeklyHours: 40 });
    expect(hours.status).toBe(400);
    expect(hours.body.error!.fields![0]!.path).toBe('weeklyHours');
    const next = await api.addContract(id, { ...SAMPLE_CONTRACT, startsOn: '2025-01-01', endsOn: null });
    expect(next.status).toBe(200);
    expect(next.body.since).toBe('2024-01-01');
  });

  it('a dated change closes the running contract the day before; fixed term → indefinite is open-ended', async () => {
    const { api } = await staffApi();
    const id = (await api.create(SAMPLE_EMPLOYEE)).body.id;
    await api.addContract(id, SAMPLE_CONTRACT);
    const changed = await api.change(id, { from: '2024-07-01', contractType: 'indefinite', weeklyHours: 38 });
    expect(changed.status).toBe(200);
    expect(changed.body.contracts.map((c) => [c.startsOn, c.endsOn, c.contractType, c.fte])).toEqual([
      ['2024-01-01', '2024-06-30', 'fixed_term', 0.8],
      ['2024-07-01', null, 'indefinite', 1],
    ]);
    expect(changed.body.current).toMatchObject({ functionTitle: 'Opvoeder', monthlyCostCents: 380_000 });
    const tooMany = await api.change(id, { from: '2025-01-01', weeklyHours: 39 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error!.fields![0]!.path).toBe('weeklyHours');
    const before = await api.change(id, { from: '2023-01-01', weeklyHours: 19 });
    expect(before.status).toBe(422);
    expect(before.body.error!.fields![0]!.path).toBe('from');
    const first = await api.change(id, { from: '2024-07-01', weeklyHours: 19 });
    expect(first.status).toBe(422);
  });

  it('ends a contract with the reason of leaving, and removes a wrongly entered one', async () => {
    const { api } = await staffApi();
    const id = (await api.create(SAMPLE_EMPLOYEE)).body.id;
    const added = await api.addContract(id, { ...SAMPLE_CONTRACT, endsOn: null });
    const contractId = added.body.contracts[0]!.id;
    const ended = await api.end(id, contractId, { endsOn: '2025-03-31', exitReason: 'pension' });
    expect(ended.status).toBe(200);
    expect(ended.body.contracts[0]).toMatchObject({ endsOn: '2025-03-31', exitReason: 'pension' });
    expect(ended.body.current).toBeNull();
    expect(ended.body.since).toBe('2024-01-01');
    const early = await api.end(id, contractId, { endsOn: '2023-12-31', exitReason: 'other' });
    expect(early.status).toBe(400);
    expect(early.body.error!.fields![0]!.path).toBe('endsOn');
    const badReason = await api.end(id, contractId, { endsOn: '2025-03-31', exitReason: 'fired' as 'other' });
    expect(badReason.body.error!.fields![0]!.path).toBe('exitReason');
    expect((await api.removeContract(id, contractId)).body.contracts).toEqual([]);
    expect((await api.removeContract(id, contractId)).status).toBe(404);
  });
});

describe('absence, training and payroll', () => {
  it('adds and removes absences and trainings, and sets payroll months', async () => {
    const { api } = await staffApi();
    const id = (await api.create(SAMPLE_EMPLOYEE)).body.id;
    const sick = { kind: 'sickness', startsOn: '2024-03-04', endsOn: '2024-03-08', hours: 30.4 } as const;
    const absent = await api.addAbsence(id, sick);
    expect(absent.body.absences).toEqual([expect.objectContaining({ ...sick, note: '' })]);
    const reversed = await api.addAbsence(id, { ...sick, endsOn: '2024-03-01' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error!.fields![0]!.path).toBe('endsOn');
    const course = { kind: 'formal', title: 'Agressiebeheersing', heldOn: '2024-05-02', hours: 14 } as const;
    const trained = await api.addTraining(id, { ...course, grossCostCents: 45_000, subsidyCents: 20_000 });
    expect(trained.body.trainings[0]).toMatchObject({ ...course, grossCostCents: 45_000, fundContributionCents: 0 });
    expect((await api.addTraining(id, { ...course, kind: 'online' as 'formal' })).status).toBe(400);
    await api.payroll(id, { month: '2024-03', hoursWorked: 100, costCents: 400_000 });
    const replaced = await api.payroll(id, {
      month: '2024-03',
      hoursWorked: 110.5,
      costCents: 410_000,
      benefitsCents: 5_000,
    });
    expect(replaced.body.payroll).toEqual([
      { month: '2024-03', hoursWorked: 110.5, costCents: 410_000, benefitsCents: 5_000 },
    ]);
    expect((await api.payroll(id, { month: '2024-13', hoursWorked: 1, costCents: 1 })).status).toBe(400);
    const absenceId = absent.body.absences[0]!.id;
    expect((await api.removeAbsence(id, absenceId)).body.absences).toEqual([]);
    const trainingId = trained.body.trainings[0]!.id;
    const other = await staffApi();
    const theirs = (await other.api.create(SAMPLE_EMPLOYEE)).body.id;
    expect((await api.removeTraining(theirs, trainingId)).status).toBe(404);
    expect((await api.removeTraining(id, trainingId)).body.trainings).toEqual([]);
  });
});

describe('agency staff and volunteers', () => {
  it('records agency and placed staff', async () => {
    const { api } = await staffApi();
    const body = {
      kind: 'agency',
      description: 'Interim verpleging',
      startsOn: '2025-02-01',
      endsOn: '2025-02-28',
      fte: 0.5,
      hours: 76,
      costCents: 310_000,
    } as const;
    const id = (await api.addExternal(body)).body.id;
    expect((await api.externals()).body.items).toEqual([{ id, ...body }]);
    expect((await api.addExternal({ ...body, endsOn: '2025-01-01' })).status).toBe(400);
    expect((await api.removeExternal(id)).status).toBe(204);
    expect((await api.externals()).body.items).toEqual([]);
  });

  it('records volunteers with tasks, insurance and monthly hours and expenses', async () => {
    const { api } = await staffApi();
    const added = await api.addVolunteer({
      name: 'Mia Claes',
      tasks: 'Vervoer',
      startsOn: '2024-09-01',
      insured: true,
    });
    expect(added.body).toMatchObject({ name: 'Mia Claes', insured: true, endsOn: null, activity: [] });
    const id = added.body.id;
    await api.activity(id, { month: '2024-09', hours: 12, expensesCents: 4_500 });
    const again = await api.activity(id, { month: '2024-09', hours: 14 });
    expect(again.body.activity).toEqual([{ month: '2024-09', hours: 14, expensesCents: 0 }]);
    const patched = await api.patchVolunteer(id, { endsOn: '2025-06-30', insuranceRef: 'POL-77' });
    expect(patched.body).toMatchObject({ endsOn: '2025-06-30', insuranceRef: 'POL-77' });
    const early = await api.patchVolunteer(id, { endsOn: '2024-01-01' });
    expect(early.status).toBe(400);
    expect(early.body.error!.fields![0]!.path).toBe('endsOn');
    expect((await api.volunteers()).body.items).toHaveLength(1);
    expect((await api.audit('volunteer.listed')).body.items).toHaveLength(1);
    expect((await api.removeVolunteer(id)).status).toBe(204);
    expect((await api.volunteers()).body.items).toEqual([]);
  });
});
