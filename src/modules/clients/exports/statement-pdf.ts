/**
 * A monthly statement as PDF (pdfmake with the standard font Helvetica, A4 landscape): per client
 * and function the units, zorggebonden points and euro, organisatiegebonden points and euro;
 * corrections of earlier months marked; totals per funding type; woon- en leefkosten; the total.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import {
  appliedPriceText,
  FUNDING_LABELS,
  fundingTotals,
  monthName,
  pointsDecimal,
  statementRows,
  type StatementExportInput,
  type StatementRow,
} from './statement-view.ts';
import { date, money, unitLabel } from '../../../lib/exports/format.ts';
import {
  figureBandLayout,
  HEADER_FILL,
  LANDSCAPE_REPORT_STYLES,
  landscapeReportPage,
  reportTableLayout,
} from '../../../lib/exports/pdf-layouts.ts';
import { renderPdf } from '../../../lib/exports/pdf-render.ts';

const T = {
  nl: {
    title: 'Maandafrekening',
    draft: 'ONTWERP: nog niet opgemaakt, kan nog wijzigen',
    issued: 'Opgemaakt op',
    pointValue: 'Puntwaarde',
    perPoint: 'per punt',
    care: 'Zorg per cliënt en functie',
    corrections: 'Correcties op eerdere maanden',
    noCorrections: 'Geen correcties.',
    totals: 'Totalen per financiering',
    living: 'Woon- en leefkosten',
    noLiving: 'Geen woon- en leefkosten deze maand.',
    client: 'Cliënt',
    fn: 'Functie',
    funding: 'Financiering',
    units: 'Eenheden',
    price: 'Prijs/eenheid',
    zp: 'Zorggeb. punten',
    ze: 'Zorggeb. €',
    op: 'Org.geb. punten',
    oe: 'Org.geb. €',
    total: 'Totaal €',
    month: 'Maand',
    description: 'Omschrijving',
    tariff: 'Tarief',
    quantity: 'Aantal',
    grand: 'Totaal van de afrekening',
    care2: 'zorg en correcties',
    correction: 'correctie',
    page: 'pagina',
    note: 'Prijs/eenheid: de prijs in punten die werd toegepast (IDO: afgesproken met de cliënt; aanbod: geen afspraak op die dag). Organisatiegebonden punten enkel op voucherpunten. Correcties: het verschil tussen de maand zoals ze nu berekend wordt en zoals ze werd opgemaakt.',
  },
  en: {
    title: 'Monthly statement',
    draft: 'DRAFT: not issued yet, may still change',
    issued: 'Issued on',
    pointValue: 'Point value',
    perPoint: 'per point',
    care: 'Care per client and function',
    corrections: 'Corrections of earlier months',
    noCorrections: 'No corrections.',
    totals: 'Totals per funding type',
    living: 'Housing and living costs',
    noLiving: 'No housing and living costs this month.',
    client: 'Client',
    fn: 'Function',
    funding: 'Funding',
    units: 'Units',
    price: 'Price/unit',
    zp: 'Care points',
    ze: 'Care €',
    op: 'Org. points',
    oe: 'Org. €',
    total: 'Total €',
    month: 'Month',
    description: 'Description',
    tariff: 'Tariff',
    quantity: 'Quantity',
    grand: 'Statement total',
    care2: 'care and corrections',
    correction: 'correction',
    page: 'page',
    note: 'Price/unit: the price in points that was applied (IDO: agreed with the client; offer: no agreement on that day). Organisation-related points on voucher points only. Corrections: the difference between the month as computed now and as issued.',
  },
} as const;

const layout = reportTableLayout(2.5);
const num = (text: string, extra: { bold?: boolean } = {}): TableCell => ({
  text,
  alignment: 'right',
  noWrap: true,
  ...extra,
});
const head = (labels: string[], rightFrom: number): TableCell[] =>
  labels.map((text, i) => ({ text, style: 'th', alignment: i >= rightFrom ? 'right' : 'left' }));

/** The document definition (exported for previews and tests). */
export function statementDocDefinition(input: StatementExportInput): TDocumentDefinitions {
  const { lang, statement: s } = input;
  const t = T[lang];
  const pts = (e4: number) => pointsDecimal(e4, lang);
  const eur = (cents: number) => money(cents, lang);
  const qty = (n: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-BE' : 'nl-BE', { maximumFractionDigits: 2 }).format(n);
  const { care, corrections, living } = statementRows(input);
  const title = `${t.title} ${monthName(s.month, lang)}`;

  const careRow = (l: StatementRow, first: boolean, withMonth: boolean): TableCell[] => [
    ...(withMonth ? [{ text: monthName(l.month, lang), noWrap: true } as TableCell] : []),
    { text: first ? l.clientName : '', bold: first },
    { text: withMonth ? [{ text: `${t.correction} `, color: '#b45309', bold: true }, l.functionName] : l.functionName },
    FUNDING_LABELS[l.funding][lang],
    num(`${qty(l.units)} ${unitLabel(l.unit, lang)}`.trim()),
    { text: appliedPriceText(l, lang), alignment: 'right' },
    num(pts(l.pointsE4)),
    num(eur(l.cents)),
    num(pts(l.organisationE4)),
    num(eur(l.organisationCents)),
    num(eur(l.totalCents), { bold: true }),
  ];
  const careTable = (lines: StatementRow[], withMonth: boolean): Content => ({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [...(withMonth ? ['auto'] : []), 110, '*', 'auto', 'auto', 80, 'auto', 'auto', 'auto', 'auto', 'auto'],
      body: [
        head(
          [
            ...(withMonth ? [t.month] : []),
            t.client,
            t.fn,
            t.funding,
            t.units,
            t.price,
            t.zp,
            t.ze,
            t.op,
            t.oe,
            t.total,
          ],
          withMonth ? 5 : 4,
        ),
        ...lines.map((l, i) => careRow(l, i === 0 || lines[i - 1]!.clientName !== l.clientName, withMonth)),
      ],
    },
    layout: {
      ...layout,
      hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
        i <= 1 || i === node.table.body.length
          ? 0.8
          : i > 1 && lines[i - 1] && lines[i - 2]?.clientName !== lines[i - 1]!.clientName
            ? 0.5
            : 0,
      fillColor: (row: number) => (row === 0 ? HEADER_FILL : withMonth ? '#fdf5e8' : null),
    },
    style: 'table',
  });

  const totals = fundingTotals(s);
  const careTotal = totals.reduce((a, x) => a + x.cents, 0);
  const totalsTable: Content = {
    table: {
      headerRows: 1,
      widths: ['*', 'auto', 'auto', 'auto'],
      body: [
        head([t.funding, t.zp, t.op, t.total], 1),
        ...totals.map((x) => [
          FUNDING_LABELS[x.funding][lang],
          num(pts(x.pointsE4)),
          num(pts(x.organisationE4)),
          num(eur(x.cents)),
        ]),
        [{ text: `${t.total.replace(' €', '')} ${t.care2}`, bold: true }, '', '', num(eur(careTotal), { bold: true })],
      ],
    },
    layout,
    style: 'table',
    margin: [0, 0, 400, 0],
  };
  const livingTable: Content =
    living.length === 0
      ? { text: t.noLiving, style: 'note' }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [160, '*', 'auto', 'auto', 'auto'],
            body: [
              head([t.client, t.description, t.tariff, t.quantity, t.total], 2),
              ...living.map((l) => [
                l.clientName,
                l.label,
                num(`${eur(l.tariffCents)} / ${unitLabel(l.per, lang)}`),
                num(qty(l.quantity)),
                num(eur(l.totalCents)),
              ]),
              [{ text: t.living, bold: true }, '', '', '', num(eur(s.livingTotalCents), { bold: true })],
            ],
          },
          layout,
          style: 'table',
        };

  const summary = [
    ...totals.map((x) => [FUNDING_LABELS[x.funding][lang], eur(x.cents)] as const),
    [t.living, eur(s.livingTotalCents)] as const,
    [t.grand, eur(s.totalCents)] as const,
  ];
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: input.orgName, style: 'org' },
    {
      text: `${input.issuedAt ? `${t.issued} ${date(input.issuedAt, lang)}` : t.draft} · ${t.pointValue} ${eur(s.centsPerPoint)} ${t.perPoint}`,
      style: 'meta',
      color: input.issuedAt ? '#556677' : '#b45309',
    },
    {
      table: {
        widths: summary.map(() => '*'),
        body: [
          summary.map(([label, value], i) => ({
            stack: [
              { text: label, style: 'figureLabel' },
              { text: value, style: 'figure', color: i === summary.length - 1 ? '#1f5f8b' : '#1d2733' },
            ],
          })),
        ],
      },
      layout: figureBandLayout([6, 8]),
      margin: [0, 0, 0, 8],
    },
    { text: t.note, style: 'note' },
    { text: t.care, style: 'h2', headlineLevel: 1 },
    careTable(care, false),
    { text: t.corrections, style: 'h2', headlineLevel: 1 },
    corrections.length ? careTable(corrections, true) : { text: t.noCorrections, style: 'note' },
    { text: t.totals, style: 'h2', headlineLevel: 1 },
    totalsTable,
    { text: t.living, style: 'h2', headlineLevel: 1 },
    livingTable,
    { text: `${t.grand}: ${eur(s.totalCents)}`, style: 'grand' },
  ];
  const footer = `${input.orgName} · ${title}${input.issuedAt ? '' : ` · ${t.draft}`}`;
  return {
    ...landscapeReportPage({ title, orgName: input.orgName, footer, pageWord: t.page }),
    content,
    // No heading alone at the foot of a page: it moves to the next page with its table.
    pageBreakBefore: (node) =>
      node.headlineLevel === 1 && node.startPosition.top > node.startPosition.pageInnerHeight - 60,
    defaultStyle: { font: 'Helvetica', fontSize: 8.5, color: '#1d2733' },
    styles: {
      ...LANDSCAPE_REPORT_STYLES,
      meta: { fontSize: 9, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, color: '#1f5f8b', margin: [0, 10, 0, 4] },
      grand: { fontSize: 13, bold: true, alignment: 'right', margin: [0, 12, 0, 0], color: '#1f5f8b' },
    },
  };
}

/** The statement as PDF bytes (text outside Windows-1252 brought into it, see `renderPdf`). */
export async function statementPdf(input: StatementExportInput): Promise<Uint8Array> {
  return renderPdf(statementDocDefinition(input));
}
