/** `se:report`: the yearly social-economy report of an organisation, as text, JSON, PDF or XLSX. */
import { getOrganisation } from '../modules/orgs/queries.ts';
import { reportPdf } from '../modules/social-economy/exports/report-pdf.ts';
import { reportXlsx } from '../modules/social-economy/exports/report-xlsx.ts';
import { yearReport } from '../modules/social-economy/report.ts';
import { AppError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { msg } from './messages.ts';
import { auditCommand, required } from './options.ts';

export const SOCIAL_ECONOMY_COMMANDS: Record<string, Command> = {
  'se:report': {
    usage:
      '--org ORG_ID --year JAAR [--pdf|--xlsx] [--out bestand]   jaarrapport sociale economie (tekst; --json geeft alles)',
    options: {
      org: { type: 'string' },
      year: { type: 'string' },
      pdf: { type: 'boolean' },
      xlsx: { type: 'boolean' },
      out: { type: 'string' },
    },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const year = Number(required(v, 'year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new AppError('validation', msg('option_year_must_year'), { fields: [{ path: 'year', message: 'year' }] });
      const formats = (['pdf', 'xlsx'] as const).filter((f) => v[f] === true);
      if (formats.length > 1)
        throw new AppError('validation', msg('one_format'), { fields: [{ path: formats[1]!, message: 'one format' }] });
      const r = await yearReport(db, org.id, year);
      const format = formats[0];
      await auditCommand(db, {
        orgId: org.id,
        action: 'se.report_downloaded',
        entity: 'organisation',
        entityId: org.id,
        details: { year, format: format ?? 'json' },
      });
      const summary = msg('se_summary', {
        year,
        workers: r.workersPlaced,
        agreements: r.agreements.length,
        succeeded: r.transitionsSucceeded,
        finished: r.trajectoriesFinished,
      }).nl;
      if (!format) return { data: r, text: summary };
      const path = typeof v.out === 'string' && v.out ? v.out : `sociale-economie-${year}.${format}`;
      const content =
        format === 'xlsx'
          ? await reportXlsx(r, 'nl', org.name)
          : await reportPdf(r, { orgName: org.name, lang: 'nl', generatedAt: new Date() });
      return { data: { file: path, year }, text: msg('se_written', { year, path }).nl, file: { path, content } };
    },
  },
};
