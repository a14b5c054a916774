import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../lib/exports/testing.ts';
import { sampleStatementInput } from './fixture.ts';
import { statementPdf } from './statement-pdf.ts';

describe('statement PDF', () => {
  it('is a PDF with the title, the organisation, client names, the correction and the totals', async () => {
    const bytes = await statementPdf(sampleStatementInput());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const shown of [
      'Maandafrekening oktober 2026',
      'Vzw De Proef',
      'Zoë Öztürk',
      'gewist-4d2a9f10',
      'correctie',
      'Opgemaakt op 04/11/2026',
      // the funding forms and the living costs
      'Voucher',
      'Cash',
      'RTH',
      'Andere',
      'Woon- en leefkosten',
      '0,4200',
      'Prijs/eenheid',
      '0,2100 (IDO)',
      '0,2100 (aanbod)',
    ])
      expect(text).toContain(shown);
  });

  it('marks a draft and speaks English', async () => {
    const text = pdfText(await statementPdf({ ...sampleStatementInput('en'), issuedAt: null }));
    expect(text).toContain('Monthly statement October 2026');
    expect(text).toContain('DRAFT');
  });
});
