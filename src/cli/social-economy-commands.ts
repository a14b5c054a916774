/** `se:report`: the yearly social-economy report of an organisation, as text, JSON, PDF or XLSX. */
import { reportPdf } from '../modules/social-economy/exports/report-pdf.ts';
import { reportXlsx } from '../modules/social-economy/exports/report-xlsx.ts';
import { yearReport } from '../modules/social-economy/report.ts';
import type { Command } from './commands.ts';
import { msg } from './messages.ts';
import { yearReportCommand } from './report-command.ts';

export const SOCIAL_ECONOMY_COMMANDS: Record<string, Command> = {
  'se:report': yearReportCommand({
    usage:
      '--org ORG_ID --year JAAR [--pdf|--xlsx] [--out bestand]   jaarrapport sociale economie (tekst; --json geeft alles)',
    formats: ['pdf', 'xlsx'],
    load: yearReport,
    audit: 'se.report_downloaded',
    summary: (r, year) =>
      msg('se_summary', {
        year,
        workers: r.workersPlaced,
        agreements: r.agreements.length,
        succeeded: r.transitionsSucceeded,
        finished: r.trajectoriesFinished,
      }).nl,
    fileName: (year, format) => `sociale-economie-${year}.${format}`,
    render: (r, format, orgName) =>
      format === 'xlsx' ? reportXlsx(r, 'nl', orgName) : reportPdf(r, { orgName, lang: 'nl', generatedAt: new Date() }),
    written: (_r, year, path) => ({ data: { file: path, year }, text: msg('se_written', { year, path }).nl }),
  }),
};
