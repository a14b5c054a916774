import { createRoute } from '@hono/zod-openapi';
import { auditFor, requireAction } from '../../server/auth.ts';
import { download, router } from '../../server/http.ts';
import { assessmentParams } from './http.ts';
import { loadReport } from './report.ts';
import { cafReportPdf } from './report-pdf.ts';

const file = { 200: { description: 'A file download' } } as const;

/** The PDF report of a round (from the consensus round on; the download is audited). */
export const cafReportRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/orgs/{orgId}/caf/assessments/{assessmentId}/report.pdf',
    tags: ['caf'],
    summary:
      'The self-assessment report as PDF: cover, radar per criterion, all subcriteria, strengths and improvement points, comparison',
    middleware: [requireAction('performance.read')] as const,
    request: { params: assessmentParams },
    responses: file,
  }),
  async (c) => {
    const { orgId, assessmentId } = c.req.valid('param');
    const report = await loadReport(c.var.db, orgId, assessmentId, c.var.lang);
    await auditFor(c)({
      orgId,
      action: 'caf.report_downloaded',
      entity: 'caf_assessment',
      entityId: assessmentId,
      details: { format: 'pdf' },
    });
    const slug =
      report.results.assessment.name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'caf';
    return download((await cafReportPdf(report)) as BodyInit, 'application/pdf', `caf-${slug}.pdf`);
  },
);
