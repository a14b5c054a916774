import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleView } from './fixture.ts';
import { costPriceXlsx, EURO_FORMAT, PERCENT_FORMAT } from './xlsx.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('costPriceXlsx', () => {
  const view = sampleView();

  it('has the three sheets in Dutch with euro and percent formats, a bold frozen header', async () => {
    const wb = await load(await costPriceXlsx(view, 'nl', 'VZW De Brug'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Diensten', 'Stromen', 'Inkomstenmix']);
    const sheet = wb.getWorksheet('Diensten')!;
    expect(String(sheet.getCell('A1').value)).toContain('Kostprijsrapport 2026 · VZW De Brug');
    expect(sheet.getCell('B2').value).toBe('Dienst');
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const dag = view.services.find((s) => s.code === 'DAG')!;
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('DAG');
    expect(row.getCell(7).value).toBeCloseTo(dag.totalCents / 100, 2);
    expect(row.getCell(7).numFmt).toBe(EURO_FORMAT);
    expect(row.getCell(12).value).toBeCloseTo(dag.coverage!, 10);
    expect(row.getCell(12).numFmt).toBe(PERCENT_FORMAT);
    const total = sheet.getRow(3 + view.services.length);
    expect(total.getCell(2).value).toBe('Organisatie');
    expect(total.getCell(7).value).toBeCloseTo(view.organisation.totalCostCents / 100, 2);
    expect(wb.getWorksheet('Stromen')!.rowCount).toBe(2 + view.flows.length);
  });

  it('uses English sheet names and keeps formula-like text as text', async () => {
    const evil = sampleView();
    evil.services[0]!.name = '=HYPERLINK("http://evil","x")';
    const bytes = await costPriceXlsx(evil, 'en', '@Org');
    const wb = await load(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Services', 'Flows', 'Income mix']);
    const cell = wb.getWorksheet('Services')!.getCell('B3');
    expect(cell.value).toBe('=HYPERLINK("http://evil","x")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    const mix = wb.getWorksheet('Income mix')!;
    expect(mix.getCell('A2').value).toBe('Code');
    expect(mix.getRow(2).values).toContain('Share of government money (subsidies + PVF)');
  });
});
