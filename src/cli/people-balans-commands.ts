/** `sociale-balans`: the sociale balans of an organisation and year, as text, JSON, PDF, XLSX or CSV. */
import { getOrganisation } from '../modules/orgs/queries.ts';
import { loadSocialeBalans } from '../modules/people/balans-load.ts';
import { balansCsv } from '../modules/people/exports/balans-csv.ts';
import { balansPdf } from '../modules/people/exports/balans-pdf.ts';
import { balansXlsx } from '../modules/people/exports/balans-xlsx.ts';
import { AppError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { msg } from './messages.ts';
import { auditCommand, required } from './options.ts';

export const PEOPLE_BALANS_COMMANDS: Record<string, Command> = {
  'sociale-balans': {
    usage: '--org ORG_ID --year JAAR [--pdf|--xlsx|--csv] [--out bestand]   sociale balans (tekst; --json geeft alles)',
    options: {
      org: { type: 'string' },
      year: { type: 'string' },
      pdf: { type: 'boolean' },
      xlsx: { type: 'boolean' },
      csv: { type: 'boolean' },
      out: { type: 'string' },
    },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const year = Number(required(v, 'year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new AppError('validation', msg('option_year_must_year'), { fields: [{ path: 'year', message: 'year' }] });
      const formats = (['pdf', 'xlsx', 'csv'] as const).filter((f) => v[f] === true);
      if (formats.length > 1)
        throw new AppError('validation', msg('one_format'), { fields: [{ path: formats[1]!, message: 'one format' }] });
      const b = await loadSocialeBalans(db, org.id, year, false);
      const format = formats[0];
      await auditCommand(db, {
        orgId: org.id,
        action: 'sociale_balans.downloaded',
        entity: 'organisation',
        entityId: org.id,
        details: { year, format: format ?? 'json' },
      });
      const fte = (Math.round(b.size.fte * 10) / 10).toString().replace('.', ',');
      const summary = msg('balans_summary', {
        year,
        model: msg(`balans_model_${b.model}`),
        fte,
        missing: b.missing.length,
      }).nl;
      if (!format) return { data: b, text: summary };
      const path = typeof v.out === 'string' && v.out ? v.out : `sociale-balans-${year}.${format}`;
      const content =
        format === 'csv'
          ? balansCsv(b, 'nl')
          : format === 'xlsx'
            ? await balansXlsx(b, 'nl', org.name)
            : await balansPdf(b, { orgName: org.name, lang: 'nl', generatedAt: new Date() });
      return {
        data: { file: path, year, model: b.model },
        text: msg('balans_written', { year, path }).nl,
        file: { path, content },
      };
    },
  },
};
