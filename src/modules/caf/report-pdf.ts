/**
 * The CAF self-assessment report as PDF (pdfmake, Helvetica, A4 portrait): a cover with the overall
 * score, the scores per criterion with a radar chart, all 28 subcriteria with consensus score and
 * band, strengths and improvement points, and the comparison with the previous round.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { BANDS, CRITERIA, subcriterion, subcriterionLabel } from './model.ts';
import type { CafReport } from './report.ts';
import { date } from '../../lib/exports/format.ts';
import { renderPdf } from '../../lib/exports/pdf-render.ts';
import { renderSvg, wrap } from '../../lib/exports/svg-chart.ts';

const T = {
  nl: {
    title: 'CAF-zelfevaluatie',
    subtitle: 'Rapport volgens het Common Assessment Framework (CAF 2020)',
    provisional: 'VOORLOPIG: de consensusronde loopt nog',
    started: 'Gestart op',
    finished: 'Afgerond op',
    scoring: 'Scoring',
    classical: 'klassiek (0-100 per subcriterium)',
    finetuned: 'verfijnd (Plan, Do, Check, Act of trends en doelen apart)',
    assessors: 'Beoordelaars',
    overall: 'Totaalscore',
    overallNote: 'gemiddelde van de 9 criteria (0-100)',
    previous: 'Vorige ronde',
    none: '—',
    perCriterion: 'Scores per criterium',
    criterion: 'Criterium',
    kind: 'Soort',
    enabler: 'Organisatie',
    result: 'Resultaat',
    score: 'Score',
    band: 'Niveau',
    prev: 'Vorige',
    delta: 'Verschil',
    radarCurrent: 'Deze ronde',
    all: 'Alle subcriteria',
    code: 'Code',
    subcriterion: 'Subcriterium',
    strengthsTitle: 'Sterke punten en verbeterpunten',
    strengths: 'Sterke punten',
    improvements: 'Verbeterpunten',
    evidence: 'Bewijs',
    actions: 'Verbeteracties',
    noText: 'Niets genoteerd.',
    comparison: 'Vergelijking met de vorige ronde',
    noPrevious: 'Er is geen eerdere afgeronde zelfevaluatie om mee te vergelijken.',
    risen: 'Grootste stijgingen',
    fallen: 'Grootste dalingen',
    page: 'pagina',
    scaleNote:
      'Criteria 1-5 (organisatie) scoren de PDCA-cyclus, criteria 6-9 (resultaten) trends en doelen. Criteriumscore: gemiddelde van de subcriteria.',
  },
  en: {
    title: 'CAF self-assessment',
    subtitle: 'Report following the Common Assessment Framework (CAF 2020)',
    provisional: 'PROVISIONAL: the consensus round is still open',
    started: 'Started on',
    finished: 'Finished on',
    scoring: 'Scoring',
    classical: 'classical (0-100 per subcriterion)',
    finetuned: 'fine-tuned (Plan, Do, Check, Act or trends and targets separately)',
    assessors: 'Assessors',
    overall: 'Overall score',
    overallNote: 'mean of the 9 criteria (0-100)',
    previous: 'Previous round',
    none: '—',
    perCriterion: 'Scores per criterion',
    criterion: 'Criterion',
    kind: 'Kind',
    enabler: 'Enabler',
    result: 'Result',
    score: 'Score',
    band: 'Level',
    prev: 'Previous',
    delta: 'Change',
    radarCurrent: 'This round',
    all: 'All subcriteria',
    code: 'Code',
    subcriterion: 'Subcriterion',
    strengthsTitle: 'Strengths and improvement points',
    strengths: 'Strengths',
    improvements: 'Improvement points',
    evidence: 'Evidence',
    actions: 'Improvement actions',
    noText: 'Nothing noted.',
    comparison: 'Comparison with the previous round',
    noPrevious: 'There is no earlier finished self-assessment to compare with.',
    risen: 'Largest increases',
    fallen: 'Largest decreases',
    page: 'page',
    scaleNote:
      'Criteria 1-5 (enablers) score the PDCA cycle, criteria 6-9 (results) trends and targets. Criterion score: mean of its subcriteria.',
  },
} as const;

const PAGE_WIDTH = 595.28 - 2 * 40;
const layout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i <= 1 || i === node.table.body.length ? 0.8 : 0.2),
  vLineWidth: () => 0,
  hLineColor: () => '#8899aa',
  fillColor: (row: number) => (row === 0 ? '#e8eef4' : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};
const head = (labels: string[], rightFrom: number): TableCell[] =>
  labels.map((text, i) => ({ text, style: 'th', alignment: i >= rightFrom ? 'right' : 'left' }));
const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
  text,
  alignment: 'right',
  noWrap: true,
  ...extra,
});

/** The radar chart of the criterion scores (and of the previous round) as SVG. */
export function radarSvg(report: CafReport, width: number, height: number): string {
  const { lang, results } = report;
  const t = T[lang];
  const data: { name: string; value: number[]; areaStyle?: object; lineStyle?: object }[] = [
    {
      name: `${t.radarCurrent}: ${results.assessment.name}`,
      value: results.radar.current.map((v) => v ?? 0),
      areaStyle: { opacity: 0.25 },
    },
  ];
  if (results.radar.previous && results.comparison)
    data.push({
      name: `${t.previous}: ${results.comparison.previous.name}`,
      value: results.radar.previous.map((v) => v ?? 0),
      lineStyle: { type: 'dashed' },
    });
  return renderSvg(
    {
      legend: { bottom: 0, textStyle: { fontSize: 10 } },
      radar: {
        indicator: CRITERIA.map((c) => ({ name: wrap(`${c.number}. ${c.short[lang]}`, 20, 3), max: 100 })),
        radius: '66%',
        center: ['50%', '48%'],
        splitNumber: 5,
        axisName: { color: '#1d2733', fontSize: 9 },
      },
      series: [{ type: 'radar', symbolSize: 4, data }],
    },
    width,
    height,
  );
}

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
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 1 ? 2 : 0),
        vLineColor: () => '#ffffff',
        fillColor: () => '#eef3f8',
        paddingTop: () => 10,
        paddingBottom: () => 10,
        paddingLeft: () => 12,
        paddingRight: () => 12,
      },
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
          ? '#e8eef4'
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
