import { costPriceReport, saveModel, type Method } from '../modules/finance/costing.ts';
import { readModelXlsx } from '../modules/finance/exports/model-read.ts';
import { importLedger } from '../modules/finance/ledger.ts';
import { type CostModelDoc, costModelDoc } from '../modules/finance/schema.ts';
import { getOrganisation } from '../modules/orgs/queries.ts';
import { AppError, validationError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { msg } from './messages.ts';
import { auditCommand, readOptionFile, required, type Values } from './options.ts';

const yearOf = (v: Values): number => {
  const year = Number(required(v, 'year'));
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw new AppError('validation', msg('option_year_must_year'), { fields: [{ path: 'year', message: 'year' }] });
  return year;
};

/** Finance commands for automation. */
export const FINANCE_COMMANDS: Record<string, Command> = {
  'finance:import-ledger': {
    usage: '--org ORG_ID --year JAAR --file grootboek.csv|xlsx [--replace]   grootboek inlezen (alles of niets)',
    options: {
      org: { type: 'string' },
      year: { type: 'string' },
      file: { type: 'string' },
      replace: { type: 'boolean' },
    },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const path = required(v, 'file');
      const result = await importLedger(db, org.id, null, {
        year: yearOf(v),
        fileName: path.split('/').pop()!,
        bytes: readOptionFile(path),
        mapping: {},
        accountMapping: {},
        newAccounts: [],
        replace: v.replace === true,
      });
      await auditCommand(db, {
        orgId: org.id,
        action: 'finance.ledger_imported',
        entity: 'fin_ledger_import',
        entityId: result.id,
        details: { year: result.year, version: result.version, lines: result.lines },
      });
      return {
        data: result,
        text: `Boekjaar ${result.year}: ${result.lines} lijnen ingelezen (versie ${result.version}).`,
      };
    },
  },
  'finance:import-model': {
    usage: '--org ORG_ID --year JAAR --file kostenmodel.xlsx|json   kostenmodel inlezen',
    options: { org: { type: 'string' }, year: { type: 'string' }, file: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const year = yearOf(v);
      const bytes = readOptionFile(required(v, 'file'));
      let doc: CostModelDoc;
      if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
        const read = await readModelXlsx(bytes, year);
        if (!read.ok)
          throw new AppError('validation', {
            nl: read.errors.map((e) => `${e.sheet} rij ${e.row} ${e.column}: ${e.nl}`).join('; '),
            en: read.errors.map((e) => `${e.sheet} row ${e.row} ${e.column}: ${e.en}`).join('; '),
          });
        doc = read.doc;
      } else {
        const parsed = costModelDoc.safeParse({ ...JSON.parse(new TextDecoder().decode(bytes)), year });
        if (!parsed.success) throw validationError(parsed.error);
        doc = parsed.data;
      }
      const saved = await saveModel(db, org.id, null, doc);
      return {
        data: saved,
        text: `Kostenmodel ${year}: ${saved.centres.length} kostenplaatsen, ${saved.keys.length} verdeelsleutels.`,
      };
    },
  },
  'finance:costprice': {
    usage: '--org ORG_ID --year JAAR [--method stepdown|reciprocal]   kostprijs per dienst',
    options: { org: { type: 'string' }, year: { type: 'string' }, method: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const method = (typeof v.method === 'string' ? v.method : 'stepdown') as Method;
      if (method !== 'stepdown' && method !== 'reciprocal')
        throw new AppError('validation', msg('method_stepdown_reciprocal'), {
          fields: [{ path: 'method', message: 'stepdown|reciprocal' }],
        });
      const report = await costPriceReport(db, org.id, yearOf(v), method);
      const lines = report.services.map(
        (s) =>
          `${s.name.padEnd(30)} ${((s.costPerUnitCents ?? 0) / 100).toFixed(2).padStart(10)} € per ${s.unit ?? 'eenheid'}   dekking ${s.coverage === null ? '—' : `${(s.coverage * 100).toFixed(1)}%`}`,
      );
      if (method === 'stepdown') {
        lines.push(`Volgorde: ${report.stepOrder.join(' → ')} (voorgesteld: ${report.suggestedOrder.join(' → ')})`);
        for (const f of report.ignoredBackflows) {
          lines.push(
            `Genegeerde terugstroom ${f.from} → ${f.to}: ${(f.amountCents / 100).toFixed(2)} € (${(f.share * 100).toFixed(1)}% van de sleutel)`,
          );
        }
      }
      return { data: report, text: lines.join('\n') };
    },
  },
};
