import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, requireAction } from '../../server/auth.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, type Lang } from '../../server/errors.ts';
import { download, router } from '../../server/http.ts';
import { statementCsv } from './exports/statement-csv.ts';
import { statementPdf } from './exports/statement-pdf.ts';
import type { StatementExportInput } from './exports/statement-view.ts';
import type { Statement } from './logic/index.ts';

const params = z.object({ orgId: z.uuid(), statementId: z.uuid() });
const file = { 200: { description: 'A file download' } } as const;

/**
 * An issued statement of `orgId` with the names its file shows (clients that still exist, the
 * offer's functions); 404 when the statement is not the organisation's.
 */
export async function loadStatementExport(
  db: DbOrTx,
  orgId: string,
  statementId: string,
  orgName: string,
  lang: Lang,
): Promise<StatementExportInput> {
  const row = await db
    .selectFrom('cl_statement')
    .select(['doc', 'issued_at'])
    .where('org_id', '=', orgId)
    .where('id', '=', statementId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  const statement = row.doc as unknown as Statement;
  const ids = [
    ...new Set([...statement.careLines, ...statement.corrections, ...statement.livingLines].map((l) => l.clientId)),
  ].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const [clients, functions] = await Promise.all([
    ids.length
      ? db.selectFrom('cl_client').select(['id', 'name']).where('org_id', '=', orgId).where('id', 'in', ids).execute()
      : [],
    db.selectFrom('cl_function').select(['code', 'name', 'unit']).where('org_id', '=', orgId).execute(),
  ]);
  return {
    statement,
    orgName,
    issuedAt: row.issued_at,
    lang,
    clientNames: Object.fromEntries(clients.map((c) => [c.id, c.name])),
    functions: Object.fromEntries(functions.map((f) => [f.code, { name: f.name, unit: f.unit }])),
  };
}

/** Downloads of an issued monthly statement as PDF and CSV (each download is audited). */
export const statementExportRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/statements/{statementId}/pdf',
      tags: ['clients'],
      summary: 'An issued monthly statement as PDF',
      middleware: [requireAction('clients.income')] as const,
      request: { params },
      responses: file,
    }),
    async (c) => {
      const { orgId, statementId } = c.req.valid('param');
      const input = await loadStatementExport(
        c.var.db,
        orgId,
        statementId,
        c.var.user!.memberships.get(orgId)!.orgName,
        c.var.lang,
      );
      await auditFor(c)({
        orgId,
        action: 'statement.downloaded',
        entity: 'cl_statement',
        entityId: statementId,
        details: { month: input.statement.month, format: 'pdf' },
      });
      return download(
        (await statementPdf(input)) as BodyInit,
        'application/pdf',
        `afrekening-${input.statement.month}.pdf`,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orgs/{orgId}/statements/{statementId}/csv',
      tags: ['clients'],
      summary: 'An issued monthly statement as CSV',
      middleware: [requireAction('clients.income')] as const,
      request: { params },
      responses: file,
    }),
    async (c) => {
      const { orgId, statementId } = c.req.valid('param');
      const input = await loadStatementExport(
        c.var.db,
        orgId,
        statementId,
        c.var.user!.memberships.get(orgId)!.orgName,
        c.var.lang,
      );
      await auditFor(c)({
        orgId,
        action: 'statement.downloaded',
        entity: 'cl_statement',
        entityId: statementId,
        details: { month: input.statement.month, format: 'csv' },
      });
      return download(statementCsv(input), 'text/csv; charset=utf-8', `afrekening-${input.statement.month}.csv`);
    },
  );
