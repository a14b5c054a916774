/** The payroll import: mapping step, all or nothing with line-numbered errors, idempotent re-import. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { orgWithMember, testAppForFile } from '../../server/testing.ts';
import { exportOrganisation } from '../transfer/public.ts';
import { PAYROLL_HEADER, PAYROLL_MAPPING, peopleApi, samplePayrollCsv } from './testing.ts';

const ctx = testAppForFile();

const PEOPLE_TABLES = ['ppl_employee', 'ppl_contract', 'ppl_payroll_month'];
async function peopleRows(orgId: string) {
  const { tables } = await exportOrganisation(ctx.db, orgId);
  return Object.fromEntries(PEOPLE_TABLES.map((t) => [t, tables[t] ?? []]));
}

async function director() {
  const m = await orgWithMember(ctx, 'directie');
  const url = (step: 'preview' | 'import') => `/api/orgs/${m.org.id}/people/payroll/${step}`;
  const send = (step: 'preview' | 'import', content: string | Uint8Array, mapping: object = PAYROLL_MAPPING) =>
    m.client.upload(url(step), { name: 'loon.csv', content }, { mapping: JSON.stringify(mapping) });
  return { ...m, send, api: peopleApi(m.client, m.org.id) };
}

describe('payroll import', () => {
  it('remembers a provider’s mapping after an import and offers it for the next file; another organisation starts afresh', async () => {
    const { send } = await director();
    expect((await send('preview', samplePayrollCsv())).body.remembered).toEqual([]);
    // A preview alone remembers nothing: only a successful import does.
    expect((await send('preview', samplePayrollCsv(), {})).body.unknownHeaders).toEqual(['Wn-code']);
    expect((await send('import', samplePayrollCsv())).status).toBe(200);
    const next = await send('preview', samplePayrollCsv(), {});
    expect(next.body).toMatchObject({ unknownHeaders: [], remembered: ['Wn-code'], errorCount: 0 });
    expect(next.body.mapping['Wn-code']).toBe('employeeNumber');
    // The user's choice still wins over the memory, and an import without a mapping step works.
    const overridden = await send('preview', samplePayrollCsv(), { 'Wn-code': 'ignore' });
    expect(overridden.body.remembered).toEqual([]);
    expect((await send('import', samplePayrollCsv(), {})).status).toBe(200);
    const other = await director();
    expect((await other.send('preview', samplePayrollCsv(), {})).body.unknownHeaders).toEqual(['Wn-code']);
  });

  it('previews the mapping, imports employees, contracts and months, and a re-import changes nothing', async () => {
    const { send, api, org } = await director();
    const unmapped = await send('preview', samplePayrollCsv(), {});
    expect(unmapped.status).toBe(200);
    expect(unmapped.body.unknownHeaders).toEqual(['Wn-code']);
    expect(unmapped.body.errors.map((e: { nl: string }) => e.nl)).toEqual(['Kies een kolom voor personeelsnummer.']);
    const preview = await send('preview', samplePayrollCsv());
    expect(preview.body).toMatchObject({
      rows: 9,
      employees: 3,
      newEmployees: 3,
      firstMonth: '2025-01',
      errorCount: 0,
    });
    expect(preview.body.mapping['Wn-code']).toBe('employeeNumber');
    expect((await api.list()).body.items).toEqual([]);

    const first = await send('import', samplePayrollCsv());
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      rows: 9,
      employees: { created: 3, updated: 0 },
      contracts: { created: 3, updated: 0 },
      months: { created: 9, updated: 0 },
    });
    const people = (await api.list()).body.items;
    expect(people.map((p) => [p.externalRef, p.lastName, p.sex]).sort()).toEqual([
      ['1001', 'Peeters', 'female'],
      ['1002', 'Claes', 'male'],
      ['1003', 'Maes', 'female'],
    ]);
    const bart = await api.get(people.find((p) => p.externalRef === '1002')!.id);
    expect(bart.body.contracts).toEqual([
      expect.objectContaining({ startsOn: '2025-01-01', endsOn: '2025-03-31', exitReason: 'dismissal', fte: 0.5 }),
    ]);
    expect(bart.body.payroll.map((p) => [p.month, p.hoursWorked, p.costCents])).toEqual([
      ['2025-01', 76, 210_050],
      ['2025-02', 76, 210_050],
      ['2025-03', 76, 210_050],
    ]);

    const before = await peopleRows(org.id);
    const again = await send('import', samplePayrollCsv());
    expect(again.body).toEqual({
      rows: 9,
      employees: { created: 0, updated: 0 },
      contracts: { created: 0, updated: 0 },
      months: { created: 0, updated: 0 },
    });
    expect(await peopleRows(org.id)).toEqual(before);

    // A corrected month updates only that month.
    const corrected = samplePayrollCsv().replace(
      '1003;Maes;Rita;V;1970;lager;03/2025;01/09/2010;;onbepaalde duur;arbeider;Onderhoud;30,4;38;121,6',
      '1003;Maes;Rita;V;1970;lager;03/2025;01/09/2010;;onbepaalde duur;arbeider;Onderhoud;30,4;38;100',
    );
    const third = await send('import', corrected);
    expect(third.body.months).toEqual({ created: 0, updated: 1 });
  });

  it('a bad line answers 400 naming the line and the column, and saves nothing', async () => {
    const { send, org } = await director();
    const lines = samplePayrollCsv().split('\n');
    lines[5] = lines[5]!.replace(';bediende;', ';stagiair;');
    lines[9] = lines[9]!.replace('01/09/2010', '31/02/2010');
    const bad = await send('import', lines.join('\n'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'line 6 · Statuut',
      'line 10 · Datum in dienst',
    ]);
    expect(bad.body.error.message).toBe('2 fouten in het bestand; er werd niets opgeslagen.');
    expect(await peopleRows(org.id)).toEqual({ ppl_employee: [], ppl_contract: [], ppl_payroll_month: [] });
    expect((await send('import', samplePayrollCsv())).status).toBe(200);
  });

  it('refuses a contract that overlaps a stored one, naming its line, and saves nothing', async () => {
    const { send, api, org } = await director();
    const id = (await api.create({ externalRef: '1001', firstName: 'An', lastName: 'Peeters', sex: 'female' })).body.id;
    const stored = {
      startsOn: '2020-01-01',
      contractType: 'indefinite',
      weeklyHours: 38,
      category: 'employee',
    } as const;
    await api.addContract(id, stored);
    const before = await peopleRows(org.id);
    const bad = await send('import', samplePayrollCsv());
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['line 8 · Datum in dienst']);
    expect(await peopleRows(org.id)).toEqual(before);
  });

  it('reads an XLSX export with numbers and dates as cells', async () => {
    const { send, api } = await director();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Lonen');
    sheet.addRow(PAYROLL_HEADER.split(';'));
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    for (const m of [1, 2])
      sheet.addRow([
        '2001',
        'Wouters',
        'Els',
        'V',
        1990,
        'master',
        day(`2025-0${m}-01`),
        day('2024-06-01'),
        null,
        'OBD',
        'kader',
        'Directeur',
        38,
        38,
        150.5,
        6120.4,
        250,
        null,
      ]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const done = await send('import', bytes);
    expect(done.status).toBe(200);
    expect(done.body.months.created).toBe(2);
    const [els] = (await api.list()).body.items;
    expect(els).toMatchObject({
      education: 'university',
      current: { category: 'management', contractType: 'indefinite' },
    });
    expect((await api.get(els!.id)).body.payroll[0]).toEqual({
      month: '2025-01',
      hoursWorked: 150.5,
      costCents: 612_040,
      benefitsCents: 25_000,
    });
  });

  it('is for people.manage only', async () => {
    const board = await orgWithMember(ctx, 'bestuur');
    const url = `/api/orgs/${board.org.id}/people/payroll/import`;
    expect((await board.client.upload(url, { name: 'l.csv', content: samplePayrollCsv() })).status).toBe(403);
  });
});
