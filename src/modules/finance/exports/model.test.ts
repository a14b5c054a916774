import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleAccounts, sampleModel } from './fixture.ts';
import { readModelXlsx } from './model-read.ts';
import { modelTemplateXlsx } from './model-template.ts';
import { parseNumber } from './model-cells.ts';

async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The Dutch template of the sample model with cells typed over, by sheet and cell address. */
async function dutchTemplateTypedOver(cells: Record<string, Record<string, ExcelJS.CellValue>>) {
  return edit(await modelTemplateXlsx(sampleModel(), [], 'nl'), (wb) => {
    for (const [sheet, values] of Object.entries(cells))
      for (const [address, value] of Object.entries(values)) wb.getWorksheet(sheet)!.getCell(address).value = value;
  });
}

describe('cost model workbook', () => {
  it('round-trips: doc → xlsx → doc, in Dutch and in English', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const doc = sampleModel();
      const bytes = await modelTemplateXlsx(doc, sampleAccounts(), lang);
      const back = await readModelXlsx(bytes, 2026);
      expect(back).toEqual({ ok: true, doc });
    }
  });

  it('round-trips an empty model and a step order without rules', async () => {
    const empty = { year: 2027, centres: [], keys: [], rules: [], stepOrder: [], assignments: [] };
    expect(await readModelXlsx(await modelTemplateXlsx(empty, [], 'nl'), 2027)).toEqual({ ok: true, doc: empty });
    const doc = sampleModel();
    doc.rules = doc.rules.filter((r) => r.from !== 'VER');
    expect(await readModelXlsx(await modelTemplateXlsx(doc, [], 'nl'), 2026)).toEqual({ ok: true, doc });
  });

  it('has the sheets, instructions and drop-down lists', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await modelTemplateXlsx(sampleModel(), sampleAccounts(), 'nl')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Uitleg',
      'Kostenplaatsen',
      'Verdeelsleutels',
      'Regels',
      'Toewijzing',
      'Rekeningen',
    ]);
    const centres = wb.getWorksheet('Kostenplaatsen')!;
    expect(centres.getRow(1).values).toEqual([
      undefined,
      'code',
      'naam',
      'soort',
      'eenheid',
      'volume',
      'prijs per eenheid (€)',
    ]);
    expect(centres.getCell('C5').dataValidation).toMatchObject({ type: 'list', formulae: ['"hoofd,hulp"'] });
    expect(centres.getCell('D2').dataValidation.formulae[0]).toContain('cliëntjaar');
    expect(wb.getWorksheet('Verdeelsleutels')!.getCell('C3').dataValidation.formulae[0]).toBe(
      '"vte,m2,maaltijden,uren,cliënten,eigen"',
    );
    expect(wb.getWorksheet('Toewijzing')!.getCell('C2').dataValidation.formulae[0]).toBe(
      "'Kostenplaatsen'!$A$2:$A$307",
    );
    expect(wb.getWorksheet('Toewijzing')!.getCell('B2').value).toBe('Aankopen van handelsgoederen');
    const help = wb.getWorksheet('Uitleg')!;
    const text = help
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string')
      .join(' ');
    expect(text).toContain('hoofd');
    expect(text).toContain('maaltijden');
  });

  it('accepts English words and Belgian number text in a Dutch sheet', async () => {
    const bytes = await dutchTemplateTypedOver({
      Kostenplaatsen: { C2: 'Main', D2: 'Day', E2: '5.200', F2: '275,00 €' },
      Verdeelsleutels: { C2: 'FTE' },
    });
    const back = await readModelXlsx(bytes, 2026);
    expect(back).toEqual({ ok: true, doc: sampleModel() });
  });

  it('reports every bad cell with sheet, row and column', async () => {
    const bytes = await dutchTemplateTypedOver({
      Kostenplaatsen: { C2: 'hoof', E3: 'veel', A4: 'DAG', D5: 'week' },
      Verdeelsleutels: { C3: 'oppervlak', D2: -1 },
      Regels: { B2: 'ONBEKEND' },
      Toewijzing: { A2: '60A', C3: 'XYZ' },
    });
    const back = await readModelXlsx(bytes, 2026);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    const where = back.errors.map((e) => `${e.sheet}!${e.row}:${e.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        'Kostenplaatsen!2:soort',
        'Kostenplaatsen!3:volume',
        'Kostenplaatsen!4:code',
        'Kostenplaatsen!5:eenheid',
        'Verdeelsleutels!3:drijver',
        'Verdeelsleutels!2:DAG',
        'Regels!2:sleutel',
        'Toewijzing!2:rekening of prefix',
        'Toewijzing!3:kostenplaats',
      ]),
    );
    expect(back.errors.find((e) => e.column === 'soort')!.nl).toContain('hoof');
    expect(back.errors.find((e) => e.row === 4)!.en).toContain('more than once');
    for (const e of back.errors) expect(e.nl && e.en).toBeTruthy();
  });

  it('reports a missing sheet, a missing column and an unreadable file', async () => {
    const bytes = await edit(await modelTemplateXlsx(sampleModel(), [], 'nl'), (wb) => {
      wb.removeWorksheet(wb.getWorksheet('Verdeelsleutels')!.id);
      wb.getWorksheet('Kostenplaatsen')!.getCell('C1').value = 'wat';
    });
    const back = await readModelXlsx(bytes, 2026);
    expect(back.ok).toBe(false);
    if (back.ok) return;
    expect(back.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'Verdeelsleutels', row: 0 }),
        expect.objectContaining({ sheet: 'Kostenplaatsen', row: 1, column: 'soort' }),
      ]),
    );
    const junk = await readModelXlsx(new TextEncoder().encode('not a workbook'), 2026);
    expect(junk).toMatchObject({ ok: false, errors: [{ row: 0 }] });
  });

  it('parses numbers leniently', () => {
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber('1 234,50 €')).toBe(1234.5);
    expect(parseNumber('5.200')).toBe(5200);
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber(12)).toBe(12);
  });
});
