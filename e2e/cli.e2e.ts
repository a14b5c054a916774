/** The `stuurboord` command as an operator uses it, against a fresh embedded database. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleLedgerCsv, sampleModel } from '../src/modules/finance/testing.ts';
import { PAYROLL_MAPPING, samplePayrollCsv } from '../src/modules/people/testing.ts';
import { makeTempDir, runCli } from './harness.ts';

const dataDir = makeTempDir('stuurboord-cli-');

const cli = (...args: string[]) => runCli(join(dataDir, 'db'), ...args);

let org: { id: string };

// Every command starts a process that opens the embedded database (a few seconds each).
describe('stuurboord CLI', { timeout: 150_000 }, () => {
  it('migrates, creates an organisation and a user, exports and imports — all with --json', async () => {
    const migrated = await cli('migrate', '--json');
    expect(migrated.code).toBe(0);
    expect(JSON.parse(migrated.out).migrations).toContain('Up 20261123T0700_foundation');

    org = JSON.parse(
      (await cli('org:create', '--name', 'Vzw Cli', '--type', 'vza', '--kbo', '0403.170.701', '--json')).out,
    );
    expect(org).toMatchObject({ name: 'Vzw Cli', kbo: '0403.170.701', type: 'vza' });

    const user = await cli(
      'user:create',
      '--org',
      org.id,
      '--email',
      'cli@vzw.be',
      '--role',
      'directie',
      '--password',
      'een-lang-wachtwoord',
      '--json',
    );
    expect(JSON.parse(user.out)).toMatchObject({ email: 'cli@vzw.be', role: 'directie' });

    const bad = await cli(
      'user:create',
      '--org',
      org.id,
      '--email',
      'x@vzw.be',
      '--role',
      'koning',
      '--password',
      'een-lang-wachtwoord',
      '--json',
    );
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.err).error.fields[0].path).toBe('role');

    const file = join(dataDir, 'export.json');
    const exported = JSON.parse((await cli('export', '--org', org.id, '--out', file, '--json')).out);
    expect(exported.rows).toBeGreaterThanOrEqual(3);
    const content = JSON.parse(readFileSync(file, 'utf8'));
    expect(content.format).toBe('stuurboord-export');
    expect(content.users.map((u: { email: string }) => u.email)).toEqual(['cli@vzw.be']);

    const imported = JSON.parse((await cli('import', '--file', file, '--name', 'Vzw Cli kopie', '--json')).out);
    expect(imported).toMatchObject({ name: 'Vzw Cli kopie', kboKept: false, counts: { membership: 1 } });
  });

  it('automates finance: ledger, model and cost price', async () => {
    const ledgerFile = join(dataDir, 'grootboek.csv');
    writeFileSync(ledgerFile, sampleLedgerCsv(2025));
    const ledger = JSON.parse(
      (await cli('finance:import-ledger', '--org', org.id, '--year', '2025', '--file', ledgerFile, '--json')).out,
    );
    expect(ledger).toMatchObject({ year: 2025, version: 1, lines: 11 });
    const again = await cli('finance:import-ledger', '--org', org.id, '--year', '2025', '--file', ledgerFile, '--json');
    expect(again.code).toBe(1);
    expect(JSON.parse(again.err).error.code).toBe('conflict');
    const modelFile = join(dataDir, 'model.json');
    writeFileSync(modelFile, JSON.stringify(sampleModel(2025)));
    expect(
      (await cli('finance:import-model', '--org', org.id, '--year', '2025', '--file', modelFile, '--json')).code,
    ).toBe(0);
    const price = JSON.parse(
      (await cli('finance:costprice', '--org', org.id, '--year', '2025', '--method', 'reciprocal', '--json')).out,
    );
    expect(price.mainTotalCents).toBe(price.totalCostCents);
    expect(price.services.map((s: { code: string }) => s.code)).toEqual(['DAG', 'WON']);
  });

  it('imports a payroll export with a mapping: a bad line fails naming it, the fixed file imports once', async () => {
    const payroll = join(dataDir, 'lonen.csv');
    const mapping = JSON.stringify(PAYROLL_MAPPING);
    writeFileSync(payroll, samplePayrollCsv().replace(';bediende;', ';stagiair;'));
    const bad = await cli('people:import', '--org', org.id, '--file', payroll, '--mapping', mapping, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.err).error.fields.map((f: { path: string }) => f.path)).toEqual(['line 2 · Statuut']);
    writeFileSync(payroll, samplePayrollCsv());
    const done = await cli('people:import', '--org', org.id, '--file', payroll, '--mapping', mapping, '--json');
    expect(JSON.parse(done.out)).toMatchObject({ rows: 9, employees: { created: 3 }, months: { created: 9 } });
    const again = await cli('people:import', '--org', org.id, '--file', payroll, '--mapping', mapping, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ employees: { created: 0, updated: 0 }, months: { created: 0 } });
  });

  it('automates clients: import with the offer, registrations, a statement and the forecast', async () => {
    const clientsFile = join(dataDir, 'clienten.json');
    writeFileSync(
      clientsFile,
      JSON.stringify({
        functions: {
          dagondersteuning: {
            name: 'Dagondersteuning',
            unit: 'day',
            kind: 'pvf',
            prices: [{ validFrom: '2020-01-01', points: '0.2100' }],
          },
        },
        clients: [
          {
            name: 'Jan Peeters',
            birthYear: 1987,
            funding: [
              { kind: 'pvb', category: 3, form: 'voucher', madeAvailableOn: '2025-01-01', startDate: '2025-01-01' },
            ],
            agreements: [{ functionCode: 'dagondersteuning', count: 1, per: 'week', startDate: '2025-01-01' }],
          },
        ],
      }),
    );
    const clientsImported = JSON.parse(
      (await cli('clients:import', '--org', org.id, '--file', clientsFile, '--json')).out,
    );
    expect(clientsImported.imported).toBe(1);
    const regs = join(dataDir, 'registraties.csv');
    writeFileSync(
      regs,
      `client;functie;datum;eenheden\n${clientsImported.ids[0]};dagondersteuning;2025-03-03;1\n${clientsImported.ids[0]};dagondersteuning;2025-03-04;1\n`,
    );
    expect(JSON.parse((await cli('registrations:import', '--org', org.id, '--file', regs, '--json')).out)).toEqual({
      imported: 2,
    });
    const statement = JSON.parse(
      (await cli('statements:generate', '--org', org.id, '--month', '2025-03', '--issue', '--json')).out,
    );
    expect(statement.issued).toBe(true);
    expect(statement.statement.careLines[0].pointsE4).toBe(4_200);
    const prognosis = JSON.parse(
      (await cli('forecast', '--org', org.id, '--runs', '500', '--seed', '3', '--months-from', '2025-06', '--json'))
        .out,
    );
    expect(prognosis.months).toHaveLength(12);

    const unknown = await cli('bestaat-niet');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Onbekend commando');
  });
});
