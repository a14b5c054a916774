/** The yearly social-economy report as PDF (pdfmake, standard fonts, the report-table look). */
import type { Content } from 'pdfmake/interfaces.js';
import { date, type Lang, money } from '../../../lib/exports/format.ts';
import { HEADER_FILL, portraitReportPage, reportTableLayout } from '../../../lib/exports/pdf-layouts.ts';
import { renderPdf } from '../../../lib/exports/pdf-render.ts';
import { msg } from '../messages.ts';
import type { SeReport } from '../schema.ts';
import { reportParts } from './report-table.ts';

export async function reportPdf(
  r: SeReport,
  opts: { orgName: string; lang: Lang; generatedAt: Date },
): Promise<Uint8Array> {
  const { lang } = opts;
  const t = (key: Parameters<typeof msg>[0]) => msg(key)[lang];
  const parts = reportParts(r, lang);
  const content: Content[] = [
    { text: parts.title, style: 'title' },
    { text: opts.orgName, margin: [0, 0, 0, 8] },
    { text: t('doc_figures'), style: 'part' },
    {
      table: {
        widths: ['*', 120],
        body: parts.figures.map(([label, value]) => [label, { text: value, alignment: 'right' }]),
      },
      layout: 'lightHorizontalLines',
      fontSize: 9.5,
    },
  ];
  for (const table of parts.tables) {
    const cell = (v: string | number, i: number) =>
      table.money.includes(i)
        ? { text: money(Number(v), lang), alignment: 'right' as const }
        : typeof v === 'number'
          ? { text: String(v), alignment: 'right' as const }
          : { text: v };
    content.push({ text: table.title, style: 'part' });
    content.push({
      table: {
        headerRows: 1,
        widths: table.header.map((_, i) => (i === 0 ? '*' : 'auto')),
        body: [
          table.header.map((h) => ({ text: h, bold: true, fillColor: HEADER_FILL })),
          ...(table.rows.length === 0
            ? [[{ text: t('doc_none'), italics: true }, ...table.header.slice(1).map(() => '')]]
            : table.rows.map((row) => row.map(cell))),
          ...(table.total && table.rows.length > 0 ? [table.total.map((v, i) => ({ ...cell(v, i), bold: true }))] : []),
        ],
      },
      layout: reportTableLayout(),
      fontSize: 9,
    });
  }
  content.push({ text: parts.note, fontSize: 8, italics: true, margin: [0, 12, 0, 0] });
  return renderPdf({
    ...portraitReportPage({
      made: `${t('doc_made')} ${date(opts.generatedAt, lang)}`,
      pageWord: t('doc_page'),
      info: { title: parts.title, orgName: opts.orgName },
    }),
    content,
  });
}
