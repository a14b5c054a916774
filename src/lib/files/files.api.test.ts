/**
 * Hostile and awkward files at the upload routes (issue 10, items 1 and 8): a decompression bomb
 * is refused from the zip directory, caps answer 400 naming the limit, formula cells without a
 * stored result are named per line, and every import decodes Windows-1252 like the ledger.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fileOf, multipart } from '../../modules/finance/testing.ts';
import { sampleKpi } from '../../modules/performance/testing.ts';
import { answer, Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { xlsxBomb, xlsxWithSheet } from './testing.ts';

const ctx = testAppForFile();

const kpi = sampleKpi();

type Content = string | Uint8Array;

async function director() {
  const o = await orgWithMember(ctx, 'directie');
  const at = { params: { path: { orgId: o.org.id } } };
  return {
    ...o,
    at,
    /** The ledger preview of 2025, uploaded as a browser form sends it. */
    preview: (name: string, content: Content) =>
      answer(
        o.client.api.POST('/orgs/{orgId}/finance/ledger/preview', {
          ...at,
          body: { file: fileOf(content, name), year: 2025 },
          bodySerializer: multipart,
        }),
      ),
    /** The KPI values import, by this member or by `client` (the same session in another language). */
    kpiImport: (name: string, content: Content, client: Client = o.client) =>
      answer(
        client.api.POST('/orgs/{orgId}/kpi-values/import', {
          ...at,
          body: { file: fileOf(content, name) },
          bodySerializer: multipart,
        }),
      ),
  };
}

describe('hostile files', () => {
  it('refuses a 160 MB decompression bomb in a 400 KB XLSX from its zip directory, at the ledger preview and the KPI import', async () => {
    const { preview, kpiImport } = await director();
    const bomb = await xlsxBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const answers = await Promise.all([
      preview('bom.xlsx', bomb),
      kpiImport('bom.xlsx', bomb),
      preview('bom.xlsx', bomb),
      kpiImport('bom.xlsx', bomb),
    ]);
    for (const a of answers) {
      expect(a.status, JSON.stringify(a.body)).toBe(400);
      expect(a.body.error?.message).toMatch(/grens van 100 MB uitgepakt per werkblad/);
      expect(a.body.error?.details).toMatchObject({ limit: 'entryBytes', max: 100 * 1024 * 1024 });
    }
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  });

  it('stops a bomb whose zip directory lies about its size at the declared size', async () => {
    const { preview } = await director();
    const a = await preview('bom.xlsx', await xlsxBomb({ lie: true, megabytes: 40 }));
    expect(a.status).toBe(400);
    expect(a.body.error?.message).toMatch(/groter dan de zip-map aangeeft|larger than its zip directory says/);
  });

  it('answers 400 naming the cap for too many columns, too long a cell and too many rows', async () => {
    const { preview, kpiImport, client } = await director();
    const wide = await xlsxWithSheet({
      head: '<row r="1">',
      repeat: '<c t="inlineStr"><is><t>x</t></is></c>',
      times: 500,
    });
    const columns = await kpiImport('breed.xlsx', wide);
    expect(columns.status).toBe(400);
    expect(columns.body.error).toMatchObject({ details: { limit: 'columns', max: 200 } });
    expect(columns.body.error?.message).toMatch(/200 kolommen per rij/);
    const cell = await preview('lang.csv', `Rekening;Omschrijving;Bedrag\n604000;${'x'.repeat(40_000)};1\n`);
    expect(cell.status).toBe(400);
    expect(cell.body.error).toMatchObject({ details: { limit: 'cellChars', max: 32_767 } });
    const rows = await preview('lang.csv', `Rekening;Bedrag\n${'604000;1\n'.repeat(300_001)}`);
    expect(rows.status).toBe(400);
    expect(rows.body.error?.details).toMatchObject({ limit: 'rows', max: 300_000 });
    const manyRows = await xlsxWithSheet({ repeat: '<row r="1"><c r="A1"><v>1</v></c></row>', times: 2_000_000 });
    const sheetRows = await kpiImport('lang.xlsx', manyRows);
    expect(sheetRows.status).toBe(400);
    expect(sheetRows.body.error?.details).toMatchObject({ limit: 'rows', max: 300_000 });
    const en = new Client(ctx.app, 'en');
    en.cookie = client.cookie;
    const english = await kpiImport('breed.xlsx', wide, en);
    expect(english.body.error?.message).toBe(
      'The file exceeds the limit of 200 columns per row (row 1); nothing was read.',
    );
  });
});

describe('awkward but honest files', () => {
  it('names a formula cell without a stored result per line instead of reading "[object Object]"', async () => {
    const { preview, kpiImport, client, at } = await director();
    await answer(client.api.POST('/orgs/{orgId}/kpis', { ...at, body: kpi }));
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Waarden');
    sheet.addRow(['code', 'period', 'value', 'note']);
    sheet.addRow(['ABSENT', '2026-03', { formula: 'B9*2' }, '']);
    const values = await kpiImport('v.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(values.status).toBe(400);
    expect(JSON.stringify(values.body)).not.toContain('object Object');
    expect(values.body.error?.fields).toEqual([
      { path: 'line 2 · C', message: expect.stringMatching(/^Cel C2 bevat een formule zonder bewaarde uitkomst/) },
    ]);

    const ledger = new ExcelJS.Workbook();
    const s = ledger.addWorksheet('Grootboek');
    s.addRow(['Rekening', 'Omschrijving', 'Bedrag']);
    s.addRow(['604000', 'Voeding', { formula: 'SUM(X1:X9)' }]);
    const previewed = await preview('g.xlsx', new Uint8Array(await ledger.xlsx.writeBuffer()));
    expect(previewed.status).toBe(400);
    expect(previewed.body.error?.fields?.[0]?.path).toBe('line 2 · C');
  });

  it('reads a Windows-1252 KPI file like the ledger: "Griepgolf één week" stays itself', async () => {
    const { kpiImport, client, at } = await director();
    const k = (await answer(client.api.POST('/orgs/{orgId}/kpis', { ...at, body: kpi }))).body;
    const latin1 = Uint8Array.from(
      Buffer.from('code;period;value;note\nABSENT;2026-01;5,5;Griepgolf één week €\n', 'latin1'),
    );
    latin1[latin1.length - 2] = 0x80; // € in Windows-1252
    const imported = await kpiImport('v.csv', latin1);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const values = (
      await answer(
        client.api.GET('/orgs/{orgId}/kpis/{kpiId}', {
          params: { path: { orgId: at.params.path.orgId, kpiId: k.id } },
        }),
      )
    ).body.values;
    expect(values[0]!.note).toBe('Griepgolf één week €');
  });
});
