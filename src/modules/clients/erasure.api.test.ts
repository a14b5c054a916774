/** Erasure that forgets: after erasing a client, no table of the organisation's export names or links to them. */
import { describe, expect, it } from 'vitest';
import { orgWithMember, testAppForFile } from '../../server/testing.ts';
import { exportOrganisation } from '../transfer/public.ts';
import { clientsApi, sampleOffer, voucherClient } from './testing.ts';

const ctx = testAppForFile();

/** The tables (and row numbers) of an export whose rows contain `needle`, case-insensitively. */
function tablesHolding(tables: Record<string, Record<string, unknown>[]>, needle: string): string[] {
  const lower = needle.toLowerCase();
  return Object.entries(tables).flatMap(([table, rows]) =>
    rows.flatMap((row, i) => (JSON.stringify(row).toLowerCase().includes(lower) ? [`${table}#${i}`] : [])),
  );
}

describe('erasing a client', () => {
  it('leaves neither the name, nor the id, nor its prefix in any table of the organisation export', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    await sampleOffer(client, org.id);
    const name = 'Zoë Vandermeersch';
    const id = await voucherClient(client, org.id, '2025-01-01', name);
    const other = await voucherClient(client, org.id, '2025-01-01', 'Piet Blijft');
    const api = clientsApi(client, org.id);
    expect(
      (
        await api.addAgreement(id, {
          functionCode: 'dagondersteuning',
          count: 1,
          per: 'week',
          startDate: '2025-01-01',
          endDate: '2025-12-31',
          livingCostsCents: 1_500,
          livingCostsPer: 'day',
        })
      ).status,
    ).toBe(200);
    const cells = [id, other].map((clientId) => ({
      clientId,
      functionCode: 'dagondersteuning',
      date: '2025-03-03',
      units: 1,
    }));
    expect((await api.saveWeek('2025-03-03', cells)).status).toBe(200);
    const issued = await api.issue('2025-03');
    expect(issued.status).toBe(200);
    // Everything that used to leave a trace: a search by name, reads, a change, a download.
    expect((await api.listClients({ search: 'Vandermeersch' })).body.items).toHaveLength(1);
    await api.getClient(id);
    await api.patchClient(id, { contactPerson: 'Broer Vandermeersch' });
    expect((await api.statementFile(issued.body.id!, 'csv')).status).toBe(200);
    await api.exportClient(id);
    const before = (await exportOrganisation(ctx.db, org.id)).tables;
    expect(tablesHolding(before, id).length).toBeGreaterThan(3);

    expect((await api.eraseClient(id)).status).toBe(204);

    const after = (await exportOrganisation(ctx.db, org.id)).tables;
    expect(tablesHolding(after, name)).toEqual([]);
    expect(tablesHolding(after, 'Vandermeersch')).toEqual([]);
    expect(tablesHolding(after, id)).toEqual([]);
    expect(tablesHolding(after, id.slice(0, 8))).toEqual([]);
    // The statement keeps its lines under a stand-in that says nothing about the client.
    const statement = await api.statement('2025-03');
    const standIns = statement.body.statement.careLines.map((l) => l.clientId).filter((c) => c !== other);
    expect(standIns).toEqual([expect.stringMatching(/^gewist-[0-9a-f]{8}$/)]);
    expect(statement.body.statement.careLines).toHaveLength(2);
    // The erasure itself is logged under the stand-in; the other client's trail is untouched.
    const erased = await api.audit('client.erased');
    expect(erased.body.items[0]!.entityId).toBe(standIns[0]);
    expect(tablesHolding(after, other).length).toBeGreaterThan(0);
    // The stand-in is not derived from the id: a second erasure of a same-prefix id would not collide.
    expect(standIns[0]).not.toBe(`gewist-${id.slice(0, 8)}`);
  });
});
