import { z } from 'zod';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, type Lang } from '../../server/errors.ts';
import { download } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { statementCsv } from './exports/statement-csv.ts';
import { statementPdf } from './exports/statement-pdf.ts';
import type { StatementExportInput } from './exports/statement-view.ts';
import type { Statement } from './logic/index.ts';

const statementParams = z.object({ orgId: z.uuid(), statementId: z.uuid() });
const binary = { schema: { type: 'string', format: 'binary' } } as const;
const pdfFile = { 200: { description: 'A file', content: { 'application/pdf': binary } } } as const;
const csvFile = { 200: { description: 'A file', content: { 'text/csv': binary } } } as const;

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
export const statementExportRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/statements/{statementId}/pdf',
    tags: ['clients'],
    summary: 'An issued monthly statement as PDF',
    action: 'clients.income',
    params: statementParams,
    response: pdfFile,
    handler: async (c, { orgId, user, db, params: { statementId }, audit }) => {
      const orgName = user.memberships.get(orgId)!.orgName;
      const input = await loadStatementExport(db, orgId, statementId, orgName, c.var.lang);
      const details = { month: input.statement.month, format: 'pdf' };
      await audit({ action: 'statement.downloaded', entity: 'cl_statement', entityId: statementId, details });
      const pdf = (await statementPdf(input)) as BodyInit;
      return download(pdf, 'application/pdf', `afrekening-${input.statement.month}.pdf`);
    },
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/statements/{statementId}/csv',
    tags: ['clients'],
    summary: 'An issued monthly statement as CSV',
    action: 'clients.income',
    params: statementParams,
    response: csvFile,
    handler: async (c, { orgId, user, db, params: { statementId }, audit }) => {
      const orgName = user.memberships.get(orgId)!.orgName;
      const input = await loadStatementExport(db, orgId, statementId, orgName, c.var.lang);
      const details = { month: input.statement.month, format: 'csv' };
      await audit({ action: 'statement.downloaded', entity: 'cl_statement', entityId: statementId, details });
      return download(statementCsv(input), 'text/csv; charset=utf-8', `afrekening-${input.statement.month}.csv`);
    },
  }),
);
