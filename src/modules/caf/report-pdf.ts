/**
 * The CAF self-assessment report as PDF (pdfmake, Helvetica, A4 portrait): a cover with the overall
 * score, the scores per criterion with a radar chart, all 28 subcriteria with consensus score and
 * band, strengths and improvement points, and the comparison with the previous round.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BANDS, CRITERIA, subcriterion, subcriterionLabel } from './model.ts';
import type { CafReport } from './report.ts';
import { date } from '../../lib/exports/format.ts';
import { figureBandLayout, HEADER_FILL } from '../../lib/exports/pdf-layouts.ts';
import { renderPdf } from '../../lib/exports/pdf-render.ts';
import { head, layout, PAGE_WIDTH, radarSvg, right, T } from './report-pdf-parts.ts';

export { radarSvg } from './report-pdf-parts.ts';

/** The document definition (exported for tests). */
export function cafDocDefinition(report: CafReport): TDocumentDefinitions {
  const { lang, results: r } = report;
  const t = T[lang];
  const num = (v: number | null | undefined, digits = 1) =>
    v === null || v === undefined
      ? t.none
      : new Intl.NumberFormat(lang === 'en' ? 'en-BE' : 'nl-BE', { maximumFractionDigits: digits }).format(v);
  const signed = (v: number | null | undefined) =>
    v === null || v === undefined ? t.none : `${v > 0 ? '+' : ''}${num(v)}`;
  const deltaColor = (v: number | null | undefined) =>
    v === null || v === undefined || v === 0 ? '#1d2733' : v > 0 ? '#2f7a4a' : '#b03a2e';
  const bandText = (kind: 'enabler' | 'result', index: number | null) =>
    index === null ? t.none : BANDS[kind][index]!.short[lang];
  const day = (d: string | null) => (d ? date(new Date(`${d}T12:00:00Z`), lang) : t.none);
  const cmp = r.comparison;
  const title = `${t.title}: ${r.assessment.name}`;

  const facts: [string, string][] = [
    [t.started, day(r.assessment.startedOn)],
    [t.finished, day(r.assessment.finishedOn)],
    [t.scoring, r.assessment.scoring === 'classical' ? t.classical : t.finetuned],
    [t.assessors, report.assessors.map((a) => a.name).join(', ') || t.none],
    ...(cmp ? [[t.previous, `${cmp.previous.name} (${day(cmp.previous.finishedOn)})`] as [string, string]] : []),
  ];
  const cover: Content[] = [
    { text: report.orgName, style: 'org', margin: [0, 120, 0, 6] },
    { text: t.title, style: 'cover' },
    { text: r.assessment.name, style: 'coverName' },
    { text: t.subtitle, style: 'meta' },
    ...(r.provisional ? [{ text: t.provisional, bold: true, color: '#b45309', margin: [0, 0, 0, 10] } as Content] : []),
    {
      table: { widths: [110, '*'], body: facts.map(([k, v]) => [{ text: k, color: '#556677' }, { text: v }]) },
      layout: 'noBorders',
      margin: [0, 16, 0, 24],
    },
    {
      table: {
        widths: [170, 170],
        body: [
          [
            {
              stack: [
                { text: t.overall, style: 'figureLabel' },
                { text: num(r.overall), style: 'bigFigure' },
                { text: t.overallNote, style: 'figureLabel' },
              ],
            },
            {
              stack: [
                { text: t.previous, style: 'figureLabel' },
                { text: cmp ? num(cmp.overall.previous) : t.none, style: 'bigFigure', color: '#556677' },
                { text: cmp ? `${t.delta}: ${signed(cmp.overall.delta)}` : '', style: 'figureLabel' },
              ],
            },
          ],
        ],
      },
      layout: figureBandLayout([10, 12], 2),
    },
  ];

  const criteriaTable: Content = {
    table: {
      headerRows: 1,
      widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
      body: [
        head([t.criterion, t.kind, t.score, t.band, t.prev, t.delta], 2),
        ...r.criteria.map((c, i) => {
          const d = cmp?.criteria[i];
          return [
            `${c.criterion}. ${CRITERIA[i]!.title[lang]}`,
            c.kind === 'enabler' ? t.enabler : t.result,
            right(num(c.score), { bold: true }),
            right(bandText(c.kind, c.band)),
            right(num(d?.previous)),
            right(signed(d?.delta), { color: deltaColor(d?.delta) }),
          ];
        }),
      ],
    },
    layout,
    style: 'table',
  };

  const subTable: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', '*', 'auto', 'auto', 'auto', 'auto'],
      body: [
        head([t.code, t.subcriterion, t.score, t.band, t.prev, t.delta], 2),
        ...r.subcriteria.map((s) => {
          const d = cmp?.subcriteria.find((x) => x.code === s.code);
          return [
            { text: s.code, bold: true },
            subcriterionLabel(s.code, lang),
            right(num(s.score, 0), { bold: true }),
            right(bandText(s.kind, s.band)),
            right(num(d?.previous, 0)),
            right(signed(d?.delta), { color: deltaColor(d?.delta) }),
          ];
        }),
      ],
    },
    layout: {
      ...layout,
      fillColor: (row: number) =>
        row === 0
          ? HEADER_FILL
          : r.subcriteria[row - 1] && r.subcriteria[row - 1]!.criterion % 2 === 0
            ? '#f6f8fa'
            : null,
    },
    style: 'table',
  };

  const texts: Content[] = CRITERIA.flatMap((c) => [
    { text: `${c.number}. ${c.title[lang]}`, style: 'h3', headlineLevel: 1 } as Content,
    ...r.subcriteria
      .filter((s) => s.criterion === c.number)
      .map(
        (s): Content => ({
          unbreakable: true,
          margin: [0, 0, 0, 8],
          stack: [
            {
              columns: [
                { width: '*', text: `${s.code} ${subcriterion(s.code)!.title[lang]}`, bold: true },
                {
                  width: 'auto',
                  text: `${t.score} ${num(s.score, 0)} · ${bandText(s.kind, s.band)}`,
                  color: '#1f5f8b',
                  noWrap: true,
                },
              ],
              columnGap: 10,
              margin: [0, 0, 0, 2],
            },
            {
              columns: [
                {
                  width: '*',
                  stack: [
                    { text: t.strengths, style: 'label' },
                    { text: s.strengths.trim() || t.noText, italics: !s.strengths.trim() },
                  ],
                },
                {
                  width: '*',
                  stack: [
                    { text: t.improvements, style: 'label' },
                    { text: s.improvements.trim() || t.noText, italics: !s.improvements.trim() },
                    ...(s.actions.length
                      ? [
                          {
                            text: `${t.actions}: ${s.actions.map((x) => x.title).join('; ')}`,
                            style: 'note',
                            margin: [0, 2, 0, 0],
                          } as Content,
                        ]
                      : []),
                  ],
                },
              ],
              columnGap: 14,
            },
          ],
        }),
      ),
  ]);

  const movers = cmp ? cmp.subcriteria.filter((s) => s.delta !== null).sort((a, b) => b.delta! - a.delta!) : [];
  const moverList = (list: typeof movers): Content => ({
    ul: list.map(
      (s) =>
        `${s.code} ${subcriterionLabel(s.code, lang)}: ${num(s.previous, 0)} → ${num(s.current, 0)} (${signed(s.delta)})`,
    ),
  });
  const comparison: Content[] = cmp
    ? [
        {
          text: `${t.previous}: ${cmp.previous.name} (${day(cmp.previous.finishedOn)}). ${t.overall}: ${num(cmp.overall.previous)} → ${num(cmp.overall.current)} (${signed(cmp.overall.delta)}).`,
          margin: [0, 0, 0, 6],
        },
        { text: t.risen, style: 'label' },
        moverList(movers.filter((s) => s.delta! > 0).slice(0, 5)),
        { text: t.fallen, style: 'label', margin: [0, 6, 0, 0] },
        moverList(
          movers
            .filter((s) => s.delta! < 0)
            .reverse()
            .slice(0, 5),
        ),
      ]
    : [{ text: t.noPrevious, style: 'note' }];

  const content: Content[] = [
    ...cover,
    { text: t.perCriterion, style: 'h2', pageBreak: 'before' },
    { text: t.scaleNote, style: 'note' },
    { svg: radarSvg(report, PAGE_WIDTH, 360), width: PAGE_WIDTH, margin: [0, 4, 0, 8] } as Content,
    criteriaTable,
    { text: t.all, style: 'h2', pageBreak: 'before' },
    subTable,
    { text: t.strengthsTitle, style: 'h2', pageBreak: 'before' },
    ...texts,
    { text: t.comparison, style: 'h2', headlineLevel: 1 },
    ...comparison,
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 44],
    info: { title: `${title} · ${report.orgName}`, author: 'Stuurboord', creator: 'Stuurboord' },
    content,
    pageBreakBefore: (node) =>
      node.headlineLevel === 1 && node.startPosition.top > node.startPosition.pageInnerHeight - 90,
    footer: (page: number, pages: number) =>
      (page === 1
        ? null
        : {
            columns: [
              {
                text: `${report.orgName} · ${r.assessment.name}${r.provisional ? ` · ${t.provisional}` : ''}`,
                alignment: 'left',
              },
              { text: `${t.page} ${page}/${pages}`, alignment: 'right' },
            ],
            margin: [40, 14, 40, 0],
            fontSize: 8,
            color: '#667788',
          }) as Content,
    defaultStyle: { font: 'Helvetica', fontSize: 9, color: '#1d2733', lineHeight: 1.15 },
    styles: {
      cover: { fontSize: 28, bold: true, color: '#1f5f8b' },
      coverName: { fontSize: 18, bold: true, margin: [0, 4, 0, 6] },
      org: { fontSize: 13, bold: true, color: '#556677' },
      meta: { fontSize: 10, color: '#556677', margin: [0, 0, 0, 8] },
      h2: { fontSize: 14, bold: true, color: '#1f5f8b', margin: [0, 4, 0, 6] },
      h3: { fontSize: 11, bold: true, color: '#1f5f8b', margin: [0, 8, 0, 4] },
      note: { fontSize: 8, italics: true, color: '#556677', margin: [0, 0, 0, 4] },
      th: { bold: true, fontSize: 8.5 },
      table: { fontSize: 8.5 },
      label: { fontSize: 8, bold: true, color: '#556677', margin: [0, 0, 0, 1] },
      figureLabel: { fontSize: 9, color: '#556677' },
      bigFigure: { fontSize: 26, bold: true, color: '#1f5f8b', margin: [0, 2, 0, 2] },
    },
  };
}

export async function cafReportPdf(report: CafReport): Promise<Uint8Array> {
  return renderPdf(cafDocDefinition(report));
}
