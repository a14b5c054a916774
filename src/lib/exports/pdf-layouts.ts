/**
 * The table looks the PDF reports share (pdfmake layouts), so a CAF report, a client statement and a
 * cost-price report read as one family: report tables with a shaded header, and the band of key
 * figures on a light fill.
 */
import type { CustomTableLayout, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/** The fill of a report table's header row. */
export const HEADER_FILL = '#e8eef4';
/** The fill of a band of key figures. */
export const FIGURE_FILL = '#eef3f8';

type TableNode = { table: { body: unknown[] } };

/**
 * A report table: no vertical rules, a heavier rule above and below the header and at the end, thin
 * rules between rows, a shaded header. `rowPadding`: the space above and below a row's text.
 */
export function reportTableLayout(rowPadding = 3) {
  return {
    hLineWidth: (i: number, node: TableNode) => (i <= 1 || i === node.table.body.length ? 0.8 : 0.2),
    vLineWidth: () => 0,
    hLineColor: () => '#8899aa',
    fillColor: (row: number) => (row === 0 ? HEADER_FILL : null),
    paddingTop: () => rowPadding,
    paddingBottom: () => rowPadding,
    paddingLeft: () => 4,
    paddingRight: () => 4,
  } satisfies CustomTableLayout;
}

/**
 * A band of key figures: its cells on a light fill, parted by white rules (none at the left edge).
 * `padding`: [vertical, horizontal]. A band narrower than the page gives its `columns`: then it has
 * no rule at the right edge either.
 */
export function figureBandLayout(padding: [number, number], columns?: number) {
  const [vertical, horizontal] = padding;
  return {
    hLineWidth: () => 0,
    vLineWidth: (i: number) => (i === 0 || i === columns ? 0 : 2),
    vLineColor: () => '#ffffff',
    fillColor: () => FIGURE_FILL,
    paddingTop: () => vertical,
    paddingBottom: () => vertical,
    paddingLeft: () => horizontal,
    paddingRight: () => horizontal,
  } satisfies CustomTableLayout;
}

/**
 * The page of a landscape A4 report (a client statement, a cost-price report): margins, the document's
 * title and author, and a footer naming the organisation and the report on the left, the page on the right.
 * `footer` is the left text; `pageWord` the translated "page".
 */
export function landscapeReportPage(opts: { title: string; orgName: string; footer: string; pageWord: string }) {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title: `${opts.title} · ${opts.orgName}`, author: 'Stuurboord', creator: 'Stuurboord' },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: opts.footer, alignment: 'left' },
        { text: `${opts.pageWord} ${page}/${pages}`, alignment: 'right' },
      ],
      margin: [36, 12, 36, 0],
      fontSize: 8,
      color: '#667788',
    }),
  } satisfies Partial<TDocumentDefinitions>;
}

/** The styles the landscape reports share: title, organisation, notes, tables and key figures. */
export const LANDSCAPE_REPORT_STYLES = {
  title: { fontSize: 20, bold: true, color: '#1f5f8b' },
  org: { fontSize: 13, bold: true, margin: [0, 2, 0, 2] },
  note: { fontSize: 8, italics: true, color: '#556677', margin: [0, 0, 0, 4] },
  th: { bold: true, fontSize: 8 },
  table: { fontSize: 8 },
  figureLabel: { fontSize: 8, color: '#556677' },
  figure: { fontSize: 12, bold: true, margin: [0, 2, 0, 0] },
} satisfies StyleDictionary;

/**
 * The page of a portrait A4 document (the board pack, a partnership assessment): margins, the document's
 * title (`title · orgName`) and author, Helvetica 10, and a footer naming the organisation and the document
 * on the left, the page on the right. `pageWord` is the translated "page".
 */
export function portraitDocumentPage(opts: { title: string; orgName: string; pageWord: string }) {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: `${opts.title} · ${opts.orgName}`, author: 'Stuurboord', creator: 'Stuurboord' },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${opts.orgName} · ${opts.title}`, alignment: 'left' },
        { text: `${opts.pageWord} ${page}/${pages}`, alignment: 'right' },
      ],
      margin: [40, 14, 40, 0],
      fontSize: 8,
      color: '#667788',
    }),
    defaultStyle: { font: 'Helvetica', fontSize: 10, color: '#1d2733' },
  } satisfies Partial<TDocumentDefinitions>;
}

/**
 * The page of a portrait A4 report in the filing-form look (the sociale balans, the social-economy
 * report): margins, Helvetica 9.5, the `title` and `part` styles, and a footer "made on … · page n/m".
 * `made` is the left text ("Gemaakt op 04/11/2026"), `pageWord` the translated "page"; `info` names the
 * document (title · organisation) when given.
 */
export function portraitReportPage(opts: {
  made: string;
  pageWord: string;
  info?: { title: string; orgName: string };
}) {
  return {
    pageSize: 'A4',
    pageMargins: [36, 36, 36, 40],
    ...(opts.info
      ? { info: { title: `${opts.info.title} · ${opts.info.orgName}`, author: 'Stuurboord', creator: 'Stuurboord' } }
      : {}),
    defaultStyle: { font: 'Helvetica', fontSize: 9.5 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
      part: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
    },
    footer: (page: number, pages: number) => ({
      text: `${opts.made} · ${opts.pageWord} ${page}/${pages}`,
      fontSize: 7.5,
      margin: [36, 12, 36, 0],
      color: '#555555',
    }),
  } satisfies Partial<TDocumentDefinitions>;
}
