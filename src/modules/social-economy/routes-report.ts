import { thisYear } from '../../lib/calendar.ts';
import { download } from '../../server/http.ts';
import { fileResponse, orgRoute, routes } from '../../server/route.ts';
import { reportPdf } from './exports/report-pdf.ts';
import { reportXlsx } from './exports/report-xlsx.ts';
import { yearReport } from './report.ts';
import * as s from './schema.ts';
import { base, tags } from './routes-shared.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The yearly social-economy report: as figures, PDF and XLSX. */
export const seReportRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/report`,
    tags,
    summary: 'The yearly social-economy report: workers, hours, agreements and cost, trajectories, success rate',
    action: 'socialeconomy.manage',
    query: s.yearQuery,
    response: s.report,
    handler: async (c, { orgId, db, query }) => c.json(await yearReport(db, orgId, query.year ?? thisYear()), 200),
  }),
  ...(['pdf', 'xlsx'] as const).map((format) =>
    orgRoute({
      method: 'get',
      path: `${base}/report.${format}`,
      tags,
      summary: `The yearly social-economy report as ${format.toUpperCase()}`,
      action: 'socialeconomy.manage',
      query: s.yearQuery,
      response: fileResponse(format === 'pdf' ? 'application/pdf' : XLSX),
      handler: async (c, { orgId, user, db, query, audit }) => {
        const year = query.year ?? thisYear();
        const r = await yearReport(db, orgId, year);
        const orgName = user.memberships.get(orgId)!.orgName;
        await audit({
          action: 'se.report_downloaded',
          entity: 'organisation',
          entityId: orgId,
          details: { year, format },
        });
        const name = `sociale-economie-${year}.${format}`;
        if (format === 'xlsx') return download((await reportXlsx(r, c.var.lang, orgName)) as BodyInit, XLSX, name);
        return download(
          (await reportPdf(r, { orgName, lang: c.var.lang, generatedAt: new Date() })) as BodyInit,
          'application/pdf',
          name,
        );
      },
    }),
  ),
);
