/**
 * Renders a pdfmake document with the standard PDF fonts (Helvetica …, no font files) and with
 * no access to URLs or local files other than those fonts. Text outside Windows-1252, which the
 * standard fonts cannot show, is brought into it first (`winAnsiDeep`). Shared by the exports of
 * every module.
 */
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { winAnsiDeep } from './pdf-text.ts';

/** The built-in PDF fonts pdfmake may use; no other local file or URL is ever read. */
export const STANDARD_FONTS = new Set(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);

/** The document as PDF bytes; use `font: 'Helvetica'` in its `defaultStyle`. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  pdfMake.setFonts({
    Helvetica: {
      normal: 'Helvetica',
      bold: 'Helvetica-Bold',
      italics: 'Helvetica-Oblique',
      bolditalics: 'Helvetica-BoldOblique',
    },
  });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));
  const buffer = await pdfMake.createPdf(winAnsiDeep(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
