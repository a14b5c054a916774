/**
 * The sociale balans as a PDF in the layout of the filing form (pdfmake, standard fonts): a title with
 * the model, Parts I, II and III as tables with code, description and the form's columns of each part,
 * the check of personnel costs against the ledger and the missing data per code with the reason (the
 * year's and the previous year's). Under the title: the model, the joint committees, the unchecked size
 * criteria.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { date, type Lang, money, moneyFormat, number as num } from '../../../lib/exports/format.ts';
import { renderPdf } from '../../../lib/exports/pdf-render.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { msg } from '../logic/messages.ts';
import { balansTables, decimalsOf, headLines, missingSections, type TableCell as Cell } from './balans-table.ts';

/** A cell as the form takes it: money in whole euros, averages and FTE with one decimal. */
const cellText = (cell: Cell | null, lang: Lang): TableCell => {
  if (cell === null || cell.value === null) return { text: '' };
  if (cell.value === 'missing')
    return { text: msg('missing_value')[lang], italics: true, color: '#b00020', alignment: 'right' };
  const text =
    cell.unit === 'cents' ? moneyFormat(0).format(cell.value / 100) : num(cell.value, lang, decimalsOf(cell.unit));
  return { text, alignment: 'right' };
};

export async function balansPdf(
  b: SocialeBalansAnswer,
  opts: { orgName: string; lang: Lang; generatedAt: Date },
): Promise<Uint8Array> {
  const { lang } = opts;
  const t = (key: Parameters<typeof msg>[0]) => msg(key)[lang];
  const head = headLines(b, lang);
  const content: Content[] = [
    { text: msg('doc_title', { year: b.year })[lang], style: 'title' },
    ...head.map((line, i) => ({
      text: i === 0 ? `${opts.orgName} · ${line}` : line,
      margin: [0, 0, 0, i === head.length - 1 ? 8 : 2] as [number, number, number, number],
    })),
  ];
  for (const table of balansTables(b, lang)) {
    const widths = [40, '*', ...table.header.slice(2).map(() => 70)];
    content.push({ text: table.title, style: 'part' });
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths,
        body: [
          table.header.map((h, i) => ({
            text: h,
            bold: true,
            fillColor: '#e8eef4',
            alignment: i > 1 ? 'right' : 'left',
          })),
          ...table.rows.map((r) => [
            { text: r.code },
            { text: r.label },
            ...r.cells.map((cell) => cellText(cell, lang)),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8.5,
    });
  }
  const cc = b.crossCheck;
  content.push({ text: t('doc_cross_check'), style: 'part' });
  content.push({
    table: {
      widths: ['*', 100],
      body: [
        [t('doc_payroll'), { text: money(cc.payrollCents, lang), alignment: 'right' }],
        [
          t('doc_ledger'),
          { text: cc.ledgerCents === null ? t('doc_no_ledger') : money(cc.ledgerCents, lang), alignment: 'right' },
        ],
        [t('doc_difference'), { text: money(cc.differenceCents, lang), alignment: 'right', bold: true }],
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  });
  for (const section of missingSections(b, lang)) {
    content.push({ text: section.title, style: 'part' });
    content.push({ ul: section.groups.map((g) => `${g.codes.join(', ')}: ${g.text}`), fontSize: 9 });
  }
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 40],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
      part: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
    },
    footer: (page, pages) => ({
      text: `${t('doc_made')} ${date(opts.generatedAt, lang)} · ${t('doc_page')} ${page}/${pages}`,
      fontSize: 7.5,
      margin: [36, 12, 36, 0],
      color: '#555555',
    }),
    content,
  });
}
