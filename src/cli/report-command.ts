/**
 * A yearly report of an organisation on the command line (`--org ORG_ID --year JAAR`, one of the
 * report's file formats, `--out`): checks the options, loads the report, writes the audit entry (the
 * format, or `json`), and answers the summary (no format: the whole report as `--json` data) or the file.
 */
import { getOrganisation } from '../modules/orgs/queries.ts';
import type { Db } from '../server/db.ts';
import { AppError } from '../server/errors.ts';
import type { Command } from './commands.ts';
import { msg } from './messages.ts';
import { auditCommand, required } from './options.ts';

export function yearReportCommand<R, F extends 'pdf' | 'xlsx' | 'csv'>(opts: {
  usage: string;
  formats: readonly [F, ...F[]];
  load: (db: Db, orgId: string, year: number) => Promise<R>;
  /** The audit action of a download (entity: the organisation). */
  audit: string;
  /** The text answer without a format. */
  summary: (report: R, year: number) => string;
  /** The default file name, e.g. `sociale-balans-2026.pdf`. */
  fileName: (year: number, format: F) => string;
  render: (report: R, format: F, orgName: string) => Promise<string | Uint8Array> | string;
  /** The answer once the file is written: its data and text. */
  written: (report: R, year: number, path: string) => { data: unknown; text: string };
}): Command {
  return {
    usage: opts.usage,
    options: {
      org: { type: 'string' },
      year: { type: 'string' },
      ...Object.fromEntries(opts.formats.map((f) => [f, { type: 'boolean' as const }])),
      out: { type: 'string' },
    },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const year = Number(required(v, 'year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new AppError('validation', msg('option_year_must_year'), { fields: [{ path: 'year', message: 'year' }] });
      const formats = opts.formats.filter((f) => v[f] === true);
      if (formats.length > 1)
        throw new AppError('validation', msg('one_format'), { fields: [{ path: formats[1]!, message: 'one format' }] });
      const report = await opts.load(db, org.id, year);
      const format = formats[0];
      await auditCommand(db, {
        orgId: org.id,
        action: opts.audit,
        entity: 'organisation',
        entityId: org.id,
        details: { year, format: format ?? 'json' },
      });
      if (!format) return { data: report, text: opts.summary(report, year) };
      const path = typeof v.out === 'string' && v.out ? v.out : opts.fileName(year, format);
      const content = await opts.render(report, format, org.name);
      return { ...opts.written(report, year, path), file: { path, content } };
    },
  };
}
