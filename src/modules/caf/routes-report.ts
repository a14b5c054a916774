import { fileSlug } from '../../lib/exports/file-name.ts';
import { download } from '../../server/http.ts';
import { fileResponse, orgRoute, routes } from '../../server/route.ts';
import { assessmentParams } from './http.ts';
import { loadReport } from './report.ts';
import { cafReportPdf } from './report-pdf.ts';

/** The PDF report of a round (from the consensus round on; the download is audited). */
export const cafReportRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/report.pdf',
    tags: ['caf'],
    summary:
      'The self-assessment report as PDF: cover, radar per criterion, all subcriteria, strengths and improvement points, comparison',
    action: 'performance.read',
    params: assessmentParams,
    response: fileResponse('application/pdf'),
    handler: async (c, { orgId, db, params: { assessmentId }, audit }) => {
      const report = await loadReport(db, orgId, assessmentId, c.var.lang);
      await audit({
        action: 'caf.report_downloaded',
        entity: 'caf_assessment',
        entityId: assessmentId,
        details: { format: 'pdf' },
      });
      const slug = fileSlug(report.results.assessment.name, 'caf');
      return download((await cafReportPdf(report)) as BodyInit, 'application/pdf', `caf-${slug}.pdf`);
    },
  }),
);
