import { describe, expect, it } from 'vitest';
import { auditEntries, orgWithMember, testAppForFile } from '../../../server/testing.ts';
import { clientsApi } from '../testing.ts';
import { sampleStatementInput } from './fixture.ts';

const ctx = testAppForFile();

/** An organisation with an issued statement whose clients exist, except one that was erased. */
async function withStatement(role: Parameters<typeof orgWithMember>[1] = 'directie') {
  const org = await orgWithMember(ctx, role);
  const input = sampleStatementInput();
  for (const [id, name] of Object.entries(input.clientNames)) {
    // The fixture's client ids are fixed: the statement gets the ids of this organisation's own clients.
    const own = await ctx.db
      .insertInto('cl_client')
      .values({ org_id: org.org.id, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    input.statement = JSON.parse(JSON.stringify(input.statement).replaceAll(id, own.id));
  }
  const row = await ctx.db
    .insertInto('cl_statement')
    .values({ org_id: org.org.id, month: input.statement.month, doc: JSON.stringify(input.statement) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...org, statementId: row.id };
}

describe('statement downloads', () => {
  it('gives the PDF and the CSV with the clients’ names, and audits each download', async () => {
    const a = await withStatement();
    const pdf = await clientsApi(a.client, a.org.id).statementFile(a.statementId, 'pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="afrekening-2026-10.pdf"');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
    const csv = await clientsApi(a.client, a.org.id).statementFile(a.statementId, 'csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain('Zoë Öztürk');
    expect(csv.body).toContain('gewist-4d2a9f10');
    const audit = await auditEntries(ctx.db, a.org.id, 'statement.downloaded');
    expect(audit.map((e) => (e.details as { format: string }).format).sort()).toEqual(['csv', 'pdf']);
    expect(audit.every((e) => e.entity_id === a.statementId)).toBe(true);
  });

  it('answers 404 for a statement of another organisation and 403 to a partner', async () => {
    const a = await withStatement();
    const b = await orgWithMember(ctx, 'directie');
    for (const kind of ['pdf', 'csv'] as const) {
      expect((await clientsApi(b.client, b.org.id).statementFile(a.statementId, kind)).status).toBe(404);
      expect((await clientsApi(b.client, a.org.id).statementFile(a.statementId, kind)).status).toBe(404);
    }
    const partner = await withStatement('partner');
    const asPartner = clientsApi(partner.client, partner.org.id);
    expect((await asPartner.statementFile(partner.statementId, 'pdf')).status).toBe(403);
  });
});
