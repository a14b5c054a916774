import { readFileSync, statSync } from 'node:fs';
import { recordAudit } from '../modules/audit/queries.ts';
import { costPriceReport, saveModel, type Method } from '../modules/finance/costing.ts';
import { readModelXlsx } from '../modules/finance/exports/model-read.ts';
import { importLedger } from '../modules/finance/ledger.ts';
import { type CostModelDoc, costModelDoc } from '../modules/finance/schema.ts';
import { getOrganisation } from '../modules/orgs/queries.ts';
import { AppError, validationError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { checkFileSize } from '../lib/files/index.ts';
import { msg } from './messages.ts';

type Values = Record<string, string | boolean | undefined>;
export const text = (v: Values, key: string): string => {
  const value = v[key];
  if (typeof value !== 'string' || !value)
    throw new AppError('validation', msg('option_missing', { key }), { fields: [{ path: key, message: 'required' }] });
  return value;
};
const yearOf = (v: Values): number => {
  const year = Number(text(v, 'year'));
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw new AppError('validation', msg('option_year_must_year'), { fields: [{ path: 'year', message: 'year' }] });
  return year;
};

/** Reads a file from disk, refusing one over 50 MB before reading it. */
export function readFile(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('not_found', msg('file_not_found', { path }));
  }
  const tooLarge = checkFileSize(size);
  if (tooLarge) throw new AppError('payload_too_large', tooLarge);
  return new Uint8Array(readFileSync(path));
}

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
      const org = await getOrganisation(db, text(v, 'org'));
      const path = text(v, 'file');
      const result = await importLedger(db, org.id, null, {
        year: yearOf(v),
        fileName: path.split('/').pop()!,
        bytes: readFile(path),
        mapping: {},
        accountMapping: {},
        newAccounts: [],
        replace: v.replace === true,
      });
      await recordAudit(db, {
        orgId: org.id,
        actor: null,
        action: 'finance.ledger_imported',
        entity: 'fin_ledger_import',
        entityId: result.id,
        details: { year: result.year, version: result.version, lines: result.lines, via: 'cli' },
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
      const org = await getOrganisation(db, text(v, 'org'));
      const year = yearOf(v);
      const bytes = readFile(text(v, 'file'));
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
      const org = await getOrganisation(db, text(v, 'org'));
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
