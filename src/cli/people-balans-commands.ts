/** `sociale-balans`: the sociale balans of an organisation and year, as text, JSON, PDF, XLSX or CSV. */
import { loadSocialeBalans } from '../modules/people/balans-load.ts';
import { balansCsv } from '../modules/people/exports/balans-csv.ts';
import { balansPdf } from '../modules/people/exports/balans-pdf.ts';
import { balansXlsx } from '../modules/people/exports/balans-xlsx.ts';
import type { Command } from './commands.ts';
import { msg } from './messages.ts';
import { yearReportCommand } from './report-command.ts';

export const PEOPLE_BALANS_COMMANDS: Record<string, Command> = {
  'sociale-balans': yearReportCommand({
    usage: '--org ORG_ID --year JAAR [--pdf|--xlsx|--csv] [--out bestand]   sociale balans (tekst; --json geeft alles)',
    formats: ['pdf', 'xlsx', 'csv'],
    load: (db, orgId, year) => loadSocialeBalans(db, orgId, year, false),
    audit: 'sociale_balans.downloaded',
    summary: (b, year) => {
      const fte = (Math.round(b.size.fte * 10) / 10).toString().replace('.', ',');
      return msg('balans_summary', { year, model: msg(`balans_model_${b.model}`), fte, missing: b.missing.length }).nl;
    },
    fileName: (year, format) => `sociale-balans-${year}.${format}`,
    render: (b, format, orgName) =>
      format === 'csv'
        ? balansCsv(b, 'nl')
        : format === 'xlsx'
          ? balansXlsx(b, 'nl', orgName)
          : balansPdf(b, { orgName, lang: 'nl', generatedAt: new Date() }),
    written: (b, year, path) => ({
      data: { file: path, year, model: b.model },
      text: msg('balans_written', { year, path }).nl,
    }),
  }),
};
