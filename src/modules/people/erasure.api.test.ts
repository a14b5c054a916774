/** An employee's access request (export) and erasure that forgets. */
import { describe, expect, it } from 'vitest';
import { orgWithMember, testAppForFile } from '../../server/testing.ts';
import { exportOrganisation } from '../transfer/public.ts';
import { peopleApi, SAMPLE_CONTRACT, SAMPLE_EMPLOYEE } from './testing.ts';

const ctx = testAppForFile();

/** The tables (and row numbers) of an export whose rows contain `needle`, case-insensitively. */
function tablesHolding(tables: Record<string, Record<string, unknown>[]>, needle: string): string[] {
  const lower = needle.toLowerCase();
  return Object.entries(tables).flatMap(([table, rows]) =>
    rows.flatMap((row, i) => (JSON.stringify(row).toLowerCase().includes(lower) ? [`${table}#${i}`] : [])),
  );
}

describe('an employee’s record', () => {
  it('exports everything stored about the person, then erases it leaving no trace in the organisation export', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const api = peopleApi(client, org.id);
    const name = { firstName: 'Zoë', lastName: 'Vandermeersch' };
    const id = (await api.create({ ...SAMPLE_EMPLOYEE, ...name })).body.id;
    const stays = (
      await api.create({ ...SAMPLE_EMPLOYEE, externalRef: 'P-002', firstName: 'Piet', lastName: 'Blijft' })
    ).body.id;
    await api.addContract(id, SAMPLE_CONTRACT);
    await api.addContract(stays, SAMPLE_CONTRACT);
    await api.addAbsence(id, { kind: 'sickness', startsOn: '2024-02-05', endsOn: '2024-02-06', hours: 15.2 });
    await api.addTraining(id, { kind: 'initial', title: 'Onthaal', heldOn: '2024-01-03', hours: 8 });
    await api.payroll(id, { month: '2024-01', hoursWorked: 130, costCents: 390_000 });
    await api.get(id);
    await api.patch(id, { birthYear: 1986 });

    const exported = await api.exportOf(id);
    expect(exported.status).toBe(200);
    expect(exported.body).toMatchObject({ ...name, birthYear: 1986, externalRef: 'P-001' });
    expect([
      exported.body.contracts.length,
      exported.body.absences.length,
      exported.body.trainings.length,
      exported.body.payroll.length,
    ]).toEqual([1, 1, 1, 1]);
    const before = (await exportOrganisation(ctx.db, org.id)).tables;
    expect(tablesHolding(before, id).length).toBeGreaterThan(4);

    expect((await api.erase(id)).status).toBe(204);

    const after = (await exportOrganisation(ctx.db, org.id)).tables;
    expect(tablesHolding(after, 'Vandermeersch')).toEqual([]);
    expect(tablesHolding(after, id)).toEqual([]);
    expect(tablesHolding(after, id.slice(0, 8))).toEqual([]);
    expect((await api.get(id)).status).toBe(404);
    const erased = await api.audit('employee.erased');
    expect(erased.body.items[0]!.entityId).toMatch(/^gewist-[0-9a-f]{8}$/);
    expect((await api.get(stays)).body.contracts).toHaveLength(1);
    expect((await api.erase(id)).status).toBe(404);
  });
});
