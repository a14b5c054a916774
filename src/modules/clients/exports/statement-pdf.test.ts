import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../lib/exports/testing.ts';
import { sampleStatementInput } from './fixture.ts';
import { statementPdf } from './statement-pdf.ts';

describe('statement PDF', () => {
  it('is a PDF with the title, the organisation, client names, the correction and the totals', async () => {
    const bytes = await statementPdf(sampleStatementInput());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('Maandafrekening oktober 2026');
    expect(text).toContain('Vzw De Proef');
    expect(text).toContain('Zoë Öztürk');
    expect(text).toContain('gewist-4d2a9f10');
    expect(text).toContain('correctie');
    expect(text).toContain('Opgemaakt op 04/11/2026');
    for (const label of ['Voucher', 'Cash', 'RTH', 'Andere', 'Woon- en leefkosten']) expect(text).toContain(label);
    expect(text).toContain('0,4200');
    expect(text).toContain('Prijs/eenheid');
    expect(text).toContain('0,2100 (IDO)');
    expect(text).toContain('0,2100 (aanbod)');
  });

  it('marks a draft and speaks English', async () => {
    const text = pdfText(await statementPdf({ ...sampleStatementInput('en'), issuedAt: null }));
    expect(text).toContain('Monthly statement October 2026');
    expect(text).toContain('DRAFT');
  });
});
