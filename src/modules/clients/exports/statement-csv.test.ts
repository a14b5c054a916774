import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sampleStatementInput } from './fixture.ts';
import { statementCsv } from './statement-csv.ts';

const rowsOf = (csv: string) =>
  parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
const cents = (euro: string) => Math.round(Number(euro.replace(',', '.')) * 100);

describe('statement CSV', () => {
  it('is Excel-ready: BOM, semicolons, CRLF, decimal comma and 4-decimal points', () => {
    const csv = statementCsv(sampleStatementInput());
    expect(csv.startsWith('\uFEFFsoort;maand;cliënt;functie;financiering')).toBe(true);
    expect(csv).toContain('\r\n');
    const line = rowsOf(csv).find((r) => r[2] === 'Zoë Öztürk' && r[3] === 'Dagondersteuning')!;
    // 2 days × 0.2100 = 0.4200 points × €980 = €411.60; organisation 25.35% = 0.1065 points = €104.37.
    expect(line.slice(4)).toEqual(['Voucher', '2', '0,4200', '411,60', '0,1065', '104,37', '515,97', '0,2100 (IDO)']);
  });

  it('says which price per unit applied, per price when it changed within the month', () => {
    const input = sampleStatementInput();
    const a = input.statement.careLines.find((l) => l.function === 'dagondersteuning' && l.funding === 'voucher')!;
    a.prices = [
      { priceE4: 1_000, source: 'agreement', units: 3, pointsE4: 3_000 },
      { priceE4: 1_200, source: 'agreement', units: 2, pointsE4: 2_400 },
    ];
    const rows = rowsOf(statementCsv(input));
    expect(rows[0]![11]).toBe('toegepaste prijs per eenheid (punten)');
    expect(rows.find((r) => r[2] === 'Zoë Öztürk' && r[3] === 'Dagondersteuning')![11]).toBe(
      '0,1000 (IDO) × 3; 0,1200 (IDO) × 2',
    );
    expect(rows.find((r) => r[2] === '\'=HYPERLINK("http://x")')![11]).toBe('0,2100 (aanbod)');
    expect(
      rowsOf(statementCsv({ ...input, lang: 'en' })).find((r) => r[3] === 'Dagondersteuning' && r[4] === 'Cash')![11],
    ).toBe('0,2100 (offer)');
  });

  it('guards text against formula injection and quotes separators', () => {
    const csv = statementCsv(sampleStatementInput());
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    expect(rowsOf(csv).some((r) => r[2] === 'Jan; "de Smet"')).toBe(true);
  });

  it('marks corrections, shows an erased client by its pseudonym, and totals add up to the cent', () => {
    const input = sampleStatementInput();
    const rows = rowsOf(statementCsv(input));
    const correction = rows.find((r) => r[0] === 'correctie')!;
    expect(correction.slice(1, 6)).toEqual([
      '2026-09',
      'Zoë Öztürk',
      'Individuele psychosociale begeleiding',
      'Voucher',
      '1',
    ]);
    expect(rows.some((r) => r[2] === 'gewist-4d2a9f10' && r[4] === 'Andere')).toBe(true);
    const lines = rows.filter((r) => r[0] === 'zorg' || r[0] === 'correctie' || r[0] === 'woon- en leefkosten');
    const grand = rows.find((r) => r[0] === 'totaal afrekening')!;
    expect(cents(grand[10]!)).toBe(lines.reduce((a, r) => a + cents(r[10]!), 0));
    expect(cents(grand[10]!)).toBe(input.statement.totalCents);
    const perFunding = rows.filter((r) => r[0] === 'totaal' && r[4]);
    expect(perFunding.map((r) => r[4])).toEqual(['Voucher', 'Cash', 'RTH', 'Andere']);
    expect(perFunding.reduce((a, r) => a + cents(r[10]!), 0) + input.statement.livingTotalCents).toBe(
      input.statement.totalCents,
    );
  });

  it('has English headers in English', () => {
    expect(statementCsv(sampleStatementInput('en'))).toContain(
      'kind;month;client;function;funding;units;care-related points',
    );
  });
});
