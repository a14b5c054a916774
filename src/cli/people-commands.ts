import { existsSync, readFileSync } from 'node:fs';
import { getOrganisation } from '../modules/orgs/queries.ts';
import { importPayroll } from '../modules/people/payroll-import.ts';
import { payrollMapping } from '../modules/people/schema-import.ts';
import { AppError, validationError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { auditCommand, readOptionFile, required } from './options.ts';
import { msg } from './messages.ts';

/** `--mapping`: a JSON object (header → field) inline, or the path of a file holding one. */
function mappingOf(value: string | boolean | undefined) {
  if (typeof value !== 'string' || value === '') return {};
  let raw: unknown;
  try {
    raw = JSON.parse(value.trim().startsWith('{') || !existsSync(value) ? value : readFileSync(value, 'utf8'));
  } catch {
    throw new AppError('validation', msg('mapping_not_json'), { fields: [{ path: 'mapping', message: 'json' }] });
  }
  const parsed = payrollMapping.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** People commands for automation. */
export const PEOPLE_COMMANDS: Record<string, Command> = {
  'people:import': {
    usage:
      '--org ORG_ID --file lonen.csv|xlsx [--mapping \'{"Wn-code":"employeeNumber"}\'|mapping.json]   loonexport inlezen (alles of niets)',
    options: { org: { type: 'string' }, file: { type: 'string' }, mapping: { type: 'string' } },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const path = required(v, 'file');
      const result = await importPayroll(db, org.id, readOptionFile(path), mappingOf(v.mapping));
      await auditCommand(db, {
        orgId: org.id,
        action: 'payroll.imported',
        entity: 'ppl_payroll_month',
        details: { file: path.split('/').pop(), ...result },
      });
      const { employees: e, contracts: c, months: m } = result;
      return {
        data: result,
        text: `${result.rows} lijnen: medewerkers ${e.created} nieuw, ${e.updated} gewijzigd; contracten ${c.created} nieuw, ${c.updated} gewijzigd; loonmaanden ${m.created} nieuw, ${m.updated} gewijzigd.`,
      };
    },
  },
};
