import { z } from 'zod';
import { addAgreement, addFunding, createClient } from '../modules/clients/clients.ts';
import { forecast, issueStatement, statementOf } from '../modules/clients/overview.ts';
import { parseRegistrationsFile, saveCells } from '../modules/clients/registrations.ts';
import { ruleSet } from '../modules/clients/rules.ts';
import { saveFunction } from '../modules/clients/offer.ts';
import { agreementInput, clientInput, functionInput, fundingInput } from '../modules/clients/schema.ts';
import { getOrganisation } from '../modules/orgs/queries.ts';
import { AppError, validationError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { thisMonth } from '../lib/calendar.ts';
import { msg } from './messages.ts';
import { auditCommand, readOptionFile, required } from './options.ts';

/** One client in a `clients:import` file: the client with its funding and agreement lines. */
const importedClient = clientInput.extend({
  funding: z.array(fundingInput).default([]),
  agreements: z.array(agreementInput).default([]),
});
/** A `clients:import` file: the clients, and optionally the support functions they are agreed in. */
const importFile = z.union([
  z
    .array(importedClient)
    .max(10_000)
    .transform((clients) => ({ functions: {}, clients })),
  z.strictObject({
    functions: z.record(z.string(), functionInput).default({}),
    clients: z.array(importedClient).max(10_000),
  }),
]);

/** Client commands for automation. */
export const CLIENT_COMMANDS: Record<string, Command> = {
  'clients:import': {
    usage:
      '--org ORG_ID --file clienten.json   cliënten met financiering en afspraken, en optioneel het aanbod (JSON; alles of niets)',
    options: { org: { type: 'string' }, file: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder().decode(readOptionFile(required(v, 'file'))));
      } catch (e) {
        if (e instanceof AppError) throw e;
        throw new AppError('bad_json', msg('file_not_valid_json'));
      }
      const file = importFile.safeParse(parsed);
      if (!file.success) throw validationError(file.error);
      const rules = await ruleSet(db, org.id);
      const ids = await db.transaction().execute(async (tx) => {
        for (const [code, fn] of Object.entries(file.data.functions)) await saveFunction(tx, org.id, code, fn);
        const created: string[] = [];
        for (const c of file.data.clients) {
          const { funding, agreements, ...profile } = c;
          const id = await createClient(tx, org.id, profile);
          for (const f of funding) await addFunding(tx, org.id, id, f);
          for (const a of agreements) await addAgreement(tx, org.id, id, a, rules);
          created.push(id);
        }
        return created;
      });
      await auditCommand(db, {
        orgId: org.id,
        action: 'client.imported',
        entity: 'cl_client',
        details: { count: ids.length },
      });
      return { data: { imported: ids.length, ids }, text: `${ids.length} cliënten ingelezen.` };
    },
  },
  'registrations:import': {
    usage: '--org ORG_ID --file registraties.csv   client;functie;datum;eenheden[;reden] (alles of niets)',
    options: { org: { type: 'string' }, file: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const cells = await parseRegistrationsFile(readOptionFile(required(v, 'file')));
      const result = await saveCells(db, org.id, null, cells, await ruleSet(db, org.id), {
        label: (i) => `line ${i + 2}`,
      });
      await auditCommand(db, {
        orgId: org.id,
        action: 'registrations.imported',
        entity: 'cl_registration',
        details: result,
      });
      return { data: { imported: result.saved }, text: `${result.saved} registraties ingelezen.` };
    },
  },
  'statements:generate': {
    usage: '--org ORG_ID --month JJJJ-MM [--issue]   maandafrekening (ontwerp, of opmaken met --issue)',
    options: { org: { type: 'string' }, month: { type: 'string' }, issue: { type: 'boolean' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const month = required(v, 'month');
      const rules = await ruleSet(db, org.id);
      const result =
        v.issue === true
          ? await issueStatement(db, org.id, month, null, rules)
          : await statementOf(db, org.id, month, rules);
      const s = result.statement;
      return {
        data: result,
        text: `Afrekening ${month} (${result.issued ? 'opgemaakt' : 'ontwerp'}): ${s.careLines.length} lijnen, ${s.corrections.length} correcties, totaal € ${(s.totalCents / 100).toFixed(2)}`,
      };
    },
  },
  forecast: {
    usage: '--org ORG_ID [--runs N] [--seed S] [--months-from JJJJ-MM]   inkomstenprognose P10/P50/P90',
    options: {
      org: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      'months-from': { type: 'string' },
    },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const runs = Number(typeof v.runs === 'string' ? v.runs : 2000);
      const seed = Number(typeof v.seed === 'string' ? v.seed : 1);
      if (!Number.isInteger(runs) || runs < 100 || runs > 100_000 || !Number.isInteger(seed))
        throw new AppError('validation', msg('runs_seed_integer'), {
          fields: [{ path: 'runs', message: '100-100000' }],
        });
      const startMonth = typeof v['months-from'] === 'string' ? v['months-from'] : thisMonth();
      const result = await forecast(db, org.id, await ruleSet(db, org.id), {
        runs,
        seed,
        inflowPerMonth: 0.5,
        startMonth,
      });
      const lines = result.months.map(
        (m) =>
          `${m.month}  P10 € ${(m.incomeP10 / 100).toFixed(0)}  P50 € ${(m.incomeP50 / 100).toFixed(0)}  P90 € ${(m.incomeP90 / 100).toFixed(0)}`,
      );
      return { data: result, text: lines.join('\n') };
    },
  },
};
