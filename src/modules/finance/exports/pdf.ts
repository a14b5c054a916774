/**
 * The cost-price report as a PDF (pdfmake on the server, the standard PDF font Helvetica, so no
 * font files are needed): title, summary, cost price per service, charts, income mix, allocation.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { CostPriceView } from '../costing.ts';
import { FIGURE_NAMES } from '../logic/index.ts';
import { costVsIncomeSvg, incomeMixSvg } from './charts.ts';
import { METHOD_LABELS } from './labels.ts';
import {
  flowsTable,
  governmentCents,
  ignoredTable,
  mixTable,
  servicesTable,
  type Cell,
  type ReportTable,
} from './tables.ts';
import { date, type Lang, money, number as num, percent } from '../../../lib/exports/format.ts';
import {
  figureBandLayout,
  HEADER_FILL,
  LANDSCAPE_REPORT_STYLES,
  landscapeReportPage,
  reportTableLayout,
} from '../../../lib/exports/pdf-layouts.ts';
import { renderPdf } from '../../../lib/exports/pdf-render.ts';
import { msg } from '../messages.ts';

/** Options of the PDF report. */
export interface CostPricePdfOptions {
  orgName: string;
  lang: Lang;
  generatedAt: Date;
}

/** Usable width of an A4 landscape page with 36 pt margins. */
const PAGE_WIDTH = 842 - 72;

const T = {
  nl: {
    title: 'Kostprijsrapport',
    method: 'Methode',
    order: 'volgorde',
    made: 'Gemaakt op',
    page: 'pagina',
    summary: 'Samenvatting',
    totalCost: 'Totale kosten',
    income: 'Inkomsten',
    result: 'Resultaat',
    coverage: 'Dekking',
    government: FIGURE_NAMES.government_share.name.nl,
    unassigned: 'Niet toegewezen kosten',
    warnings: 'Aandachtspunten',
    mixIntro: `Wie betaalt elke dienst: de inkomsten per soort, als deel van de inkomsten van de dienst. ${FIGURE_NAMES.government_share.name.nl} = ${FIGURE_NAMES.government_share.formula.nl}.`,
    allocation: 'Verdeling van de kosten',
    centres: 'Kostenplaatsen',
    kind: 'Soort',
    main: 'hoofd',
    auxiliary: 'hulp',
    direct: 'Directe kosten',
    received: 'Ontvangen',
    out: 'Doorgerekend',
    after: 'Na verdeling',
    total: 'Totaal',
    share: 'Aandeel',
    servicesIntro:
      'Kostprijs per eenheid = totale kosten (direct + ontvangen van hulpkostenplaatsen) / volume. Dekking = inkomsten / kosten.',
    ignoredIntro:
      'Bij step-down ontvangt een kostenplaats die al verdeeld is niets meer terug: deze stromen zijn genegeerd. De reciproque methode rekent ze wel door en geeft daarom andere cijfers.',
  },
  en: {
    title: 'Cost price report',
    method: 'Method',
    order: 'order',
    made: 'Generated on',
    page: 'page',
    summary: 'Summary',
    totalCost: 'Total cost',
    income: 'Income',
    result: 'Result',
    coverage: 'Coverage',
    government: FIGURE_NAMES.government_share.name.en,
    unassigned: 'Unassigned cost',
    warnings: 'Points of attention',
    mixIntro: `Who pays for each service: income per type, as a share of the service’s income. ${FIGURE_NAMES.government_share.name.en} = ${FIGURE_NAMES.government_share.formula.en}.`,
    allocation: 'Allocation of costs',
    centres: 'Cost centres',
    kind: 'Kind',
    main: 'main',
    auxiliary: 'auxiliary',
    direct: 'Direct cost',
    received: 'Received',
    out: 'Passed on',
    after: 'After allocation',
    total: 'Total',
    share: 'Share',
    servicesIntro:
      'Cost per unit = total cost (direct + received from auxiliary centres) / volume. Coverage = income / cost.',
    ignoredIntro:
      'In step-down a centre already allocated receives nothing back: these flows are ignored. The reciprocal method takes them into account, which is why it gives other figures.',
  },
} as const;

/** A report cell as text in the column's format. */
function show(value: Cell, kind: string, lang: Lang): string {
  if (value === null) return kind === 'text' ? '' : '—';
  if (typeof value === 'string') return value;
  if (kind === 'money') return money(value, lang);
  if (kind === 'percent') return percent(value, lang);
  return num(value, lang);
}

/** Thin rules, a shaded header and zebra rows; a heavier rule above a total row. */
function tableLayout(hasTotal: boolean) {
  return {
    ...reportTableLayout(),
    hLineWidth: (i: number, node: { table: { body: unknown[] } }) => {
      const n = node.table.body.length;
      return i === 0 || i === 1 || i === n || (hasTotal && i === n - 1) ? 0.8 : 0.2;
    },
    fillColor: (row: number) => (row === 0 ? HEADER_FILL : row % 2 === 0 ? '#f7f9fb' : null),
  };
}

/** A report table as a pdfmake table; `skip` drops columns (by index), numbers right-aligned. */
function pdfTable(table: ReportTable, lang: Lang, skip: number[] = [], stars: number[] = [1]): Content {
  const keep = table.columns.map((_, i) => i).filter((i) => !skip.includes(i));
  const align = (i: number) => (table.columns[i]!.kind === 'text' ? 'left' : 'right');
  const head: TableCell[] = keep.map((i) => ({
    text: table.columns[i]!.header[lang],
    style: 'th',
    alignment: align(i),
  }));
  const line = (r: Cell[], bold = false): TableCell[] =>
    keep.map((i) => ({
      text: bold && r[i] === null ? '' : show(r[i] ?? null, table.columns[i]!.kind, lang),
      alignment: align(i),
      bold,
      noWrap: table.columns[i]!.kind !== 'text',
    }));
  const body = [head, ...table.rows.map((r) => line(r)), ...(table.total ? [line(table.total, true)] : [])];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: keep.map((i) => (stars.includes(i) ? '*' : 'auto')), body },
    layout: tableLayout(table.total !== undefined),
    style: 'table',
  };
}

/** The summary: key figures of the organisation in a row of boxes. */
function summary(view: CostPriceView, lang: Lang): Content {
  const t = T[lang];
  const org = view.organisation;
  const figures: [string, string, string?][] = [
    [t.totalCost, money(org.totalCostCents, lang)],
    [t.income, money(org.incomeCents, lang)],
    [t.result, money(org.incomeCents - org.totalCostCents, lang)],
    [t.coverage, percent(org.coverage, lang)],
    [t.government, percent(org.incomeMix.governmentShare, lang), money(governmentCents(org.incomeMix), lang)],
  ];
  if (view.unassignedCostCents !== 0) figures.push([t.unassigned, money(view.unassignedCostCents, lang)]);
  return {
    table: {
      widths: figures.map(() => '*'),
      body: [
        figures.map(([label, value, sub]) => ({
          stack: [
            { text: label, style: 'figureLabel' },
            { text: value, style: 'figure' },
            ...(sub ? [{ text: sub, style: 'figureLabel' }] : []),
          ],
        })),
      ],
    },
    layout: figureBandLayout([6, 8]),
    margin: [0, 4, 0, 12],
  };
}

/** The allocation overview: every centre's direct, received, passed-on and total cost. */
function centresTable(view: CostPriceView, lang: Lang): Content {
  const t = T[lang];
  const cell = (text: string, right = false, bold = false): TableCell => ({
    text,
    alignment: right ? 'right' : 'left',
    bold,
    noWrap: right,
  });
  const head = [t.centres, t.kind, t.direct, t.received, t.out, t.after].map(
    (h, i): TableCell => ({ text: h, style: 'th', alignment: i > 1 ? 'right' : 'left' }),
  );
  const rows = view.centres.map((c) => [
    cell(`${c.name} (${c.code})`),
    cell(c.kind === 'main' ? t.main : t.auxiliary),
    cell(money(c.directCents, lang), true),
    cell(money(c.receivedCents, lang), true),
    cell(money(c.allocatedOutCents, lang), true),
    cell(money(c.totalCents - c.allocatedOutCents, lang), true),
  ]);
  const sum = (f: (c: CostPriceView['centres'][number]) => number) => view.centres.reduce((a, c) => a + f(c), 0);
  const total = [
    cell(t.total, false, true),
    cell(''),
    cell(
      money(
        sum((c) => c.directCents),
        lang,
      ),
      true,
      true,
    ),
    cell(''),
    cell(''),
    cell(money(view.mainTotalCents, lang), true, true),
  ];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
      body: [head, ...rows, total],
    },
    layout: tableLayout(true),
    style: 'table',
  };
}

/** The flows with each flow's share of what the sending centre passes on. */
function flowsWithShare(view: CostPriceView, lang: Lang): Content {
  const table = flowsTable(view);
  const out = new Map(view.centres.map((c) => [c.code, c.allocatedOutCents]));
  table.columns.push({ header: msg('share'), kind: 'percent', width: 8 });
  table.rows = table.rows.map((r) => {
    const o = out.get(String(r[0])) ?? 0;
    return [...r, o ? Number(r[4]) / o : null];
  });
  return pdfTable(table, lang, [0, 2], [1, 3]);
}

/** The whole document definition of the report (exported for tests and previews). */
export function costPriceDocDefinition(view: CostPriceView, opts: CostPricePdfOptions): TDocumentDefinitions {
  const { lang, orgName } = opts;
  const t = T[lang];
  const names = new Map(view.centres.map((c) => [c.code, c.name]));
  const order =
    view.method === 'stepdown' && view.stepOrder.length
      ? ` (${t.order}: ${view.stepOrder.map((c) => names.get(c) ?? c).join(', ')})`
      : '';
  const title = `${t.title} ${view.year}`;
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: orgName, style: 'org' },
    {
      text: `${t.method}: ${METHOD_LABELS[view.method][lang]}${order} · ${t.made} ${date(opts.generatedAt, lang)}`,
      style: 'meta',
    },
    { text: t.summary, style: 'h2' },
    summary(view, lang),
  ];
  if (view.warnings.length) {
    content.push({
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: t.warnings, bold: true, margin: [0, 0, 0, 2] },
                { ul: view.warnings.map((w) => w[lang]) },
              ],
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 0 ? 3 : 0),
        vLineColor: () => '#e8a33d',
        fillColor: () => '#fdf5e8',
        paddingLeft: () => 8,
        paddingTop: () => 5,
        paddingBottom: () => 5,
      },
      margin: [0, 0, 0, 12],
    });
  }
  content.push(
    { text: servicesTable(view, lang).title[lang], style: 'h2' },
    { text: t.servicesIntro, style: 'note' },
    pdfTable(servicesTable(view, lang), lang, [0]),
    {
      svg: costVsIncomeSvg(view, lang, PAGE_WIDTH),
      width: PAGE_WIDTH,
      margin: [0, 10, 0, 0],
      unbreakable: true,
    } as Content,
    { text: mixTable(view, lang).title[lang], style: 'h2', pageBreak: 'before' },
    { text: t.mixIntro, style: 'note' },
    {
      svg: incomeMixSvg(view, lang, PAGE_WIDTH, 110 + 36 * (view.services.length + 1)),
      width: PAGE_WIDTH,
      margin: [0, 0, 0, 10],
    } as Content,
    pdfTable(mixTable(view, lang, false), lang, [0]),
    { text: t.allocation, style: 'h2', pageBreak: 'before' },
    centresTable(view, lang),
    { text: flowsTable(view).title[lang], style: 'h2' },
    flowsWithShare(view, lang),
  );
  if (view.method === 'stepdown' && view.ignoredBackflows.length > 0) {
    content.push(
      { text: ignoredTable(view).title[lang], style: 'h2' },
      { text: t.ignoredIntro, style: 'note' },
      pdfTable(ignoredTable(view), lang, [0, 2], [1, 3]),
    );
  }
  return {
    ...landscapeReportPage({ title, orgName, footer: `${orgName} · ${title}`, pageWord: t.page }),
    content,
    defaultStyle: { font: 'Helvetica', fontSize: 9, color: '#1d2733' },
    styles: {
      ...LANDSCAPE_REPORT_STYLES,
      meta: { fontSize: 9, color: '#556677', margin: [0, 0, 0, 10] },
      h2: { fontSize: 13, bold: true, color: '#1f5f8b', margin: [0, 8, 0, 4] },
    },
  };
}

/**
 * The cost-price report as PDF bytes (A4 landscape, Helvetica, charts as vector SVG). Text outside
 * Windows-1252 (which the standard fonts cannot show) is brought into it first (`winAnsi`).
 */
export async function costPricePdf(view: CostPriceView, opts: CostPricePdfOptions): Promise<Uint8Array> {
  return renderPdf(costPriceDocDefinition(view, opts));
}
