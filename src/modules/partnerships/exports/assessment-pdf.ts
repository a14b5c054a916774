/**
 * A hybridisation assessment as PDF for the board (pdfmake, Helvetica, A4 portrait): the partner and the
 * purpose, the decision with its conditions and review date, the risk heat map (likelihood × impact) with
 * the risk table and mitigations, the opportunities, and the IFSW principles with their notes.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { date, type Lang } from '../../../lib/exports/format.ts';
import { HEADER_FILL, portraitDocumentPage, reportTableLayout } from '../../../lib/exports/pdf-layouts.ts';
import { renderPdf } from '../../../lib/exports/pdf-render.ts';
import { renderSvg } from '../../../lib/exports/svg-chart.ts';
import { riskLevel } from '../logic/index.ts';
import type { AssessmentDetail } from '../schema.ts';
import {
  CHECK,
  DECISION,
  HYBRIDISATION,
  LEVEL,
  LEVEL_FILL,
  OPPORTUNITY,
  PRINCIPLE,
  RISK,
  SPHERE,
  STAGE,
} from './labels.ts';

const T = {
  nl: {
    title: 'Beoordeling van een partnerschap',
    subtitle: 'Hybridisering: risico’s, kansen en de ethische principes van de IFSW (2018)',
    partner: 'Partner',
    sphere: 'Sfeer van de partner',
    kind: 'Soort',
    stage: 'Stand',
    purpose: 'Doel',
    decision: 'Beslissing',
    undecided: 'Nog niet beslist',
    conditions: 'Voorwaarden',
    decidedBy: 'Beslist door',
    decidedOn: 'Beslist op',
    reviewOn: 'Herbeoordeling',
    version: 'Versie',
    risks: 'Risico’s: kans × impact',
    heatNote: 'Kans (horizontaal) en impact (verticaal) van 1 tot 5; score 1-4 laag, 5-9 middel, 10-25 hoog.',
    likelihood: 'Kans',
    impact: 'Impact',
    risk: 'Risico',
    score: 'Score',
    level: 'Niveau',
    mitigation: 'Beheersing',
    opportunities: 'Kansen',
    opportunity: 'Kans',
    note: 'Toelichting',
    principles: 'Ethische principes (IFSW 2018)',
    principle: 'Principe',
    check: 'Oordeel',
    none: '—',
    page: 'pagina',
  },
  en: {
    title: 'Partnership assessment',
    subtitle: 'Hybridisation: risks, opportunities and the IFSW ethical principles (2018)',
    partner: 'Partner',
    sphere: "Partner's sphere",
    kind: 'Kind',
    stage: 'Stage',
    purpose: 'Purpose',
    decision: 'Decision',
    undecided: 'Not decided yet',
    conditions: 'Conditions',
    decidedBy: 'Decided by',
    decidedOn: 'Decided on',
    reviewOn: 'Review',
    version: 'Version',
    risks: 'Risks: likelihood × impact',
    heatNote: 'Likelihood (across) and impact (up) from 1 to 5; score 1-4 low, 5-9 medium, 10-25 high.',
    likelihood: 'Likelihood',
    impact: 'Impact',
    risk: 'Risk',
    score: 'Score',
    level: 'Level',
    mitigation: 'Mitigation',
    opportunities: 'Opportunities',
    opportunity: 'Opportunity',
    note: 'Note',
    principles: 'Ethical principles (IFSW 2018)',
    principle: 'Principle',
    check: 'Judgement',
    none: '—',
    page: 'page',
  },
} as const;

const PAGE_WIDTH = 515;

/** The 5 × 5 heat map as SVG: each cell in its band's colour, the numbers of the risks scored there. */
export function heatMapSvg(a: AssessmentDetail, lang: Lang, width: number, height: number): string {
  const t = T[lang];
  const cells: [number, number, number, string][] = [];
  for (let impact = 1; impact <= 5; impact++)
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      const here = a.risks
        .map((r, i) => ({ r, n: i + 1 }))
        .filter(({ r }) => r.likelihood === likelihood && r.impact === impact);
      cells.push([likelihood - 1, impact - 1, likelihood * impact, here.map(({ n }) => `R${n}`).join(' ')]);
    }
  const scale = ['1', '2', '3', '4', '5'];
  return renderSvg(
    {
      grid: { left: 60, right: 10, top: 10, bottom: 44 },
      xAxis: {
        type: 'category',
        data: scale,
        name: t.likelihood,
        nameLocation: 'middle',
        nameGap: 26,
        splitArea: { show: false },
      },
      yAxis: { type: 'category', data: scale, name: t.impact, nameLocation: 'middle', nameGap: 30 },
      visualMap: {
        show: false,
        type: 'piecewise',
        dimension: 2,
        pieces: [
          { min: 1, max: 4, color: LEVEL_FILL.low },
          { min: 5, max: 9, color: LEVEL_FILL.medium },
          { min: 10, max: 25, color: LEVEL_FILL.high },
        ],
      },
      series: [
        {
          type: 'heatmap',
          data: cells.map(([x, y, score, label]) => ({
            value: [x, y, score],
            label: { show: label !== '', formatter: label },
          })),
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          label: { color: '#1d2733', fontSize: 10, fontWeight: 'bold' },
        },
      ],
    },
    width,
    height,
  );
}

export function assessmentDocDefinition(a: AssessmentDetail, orgName: string, lang: Lang): TDocumentDefinitions {
  const t = T[lang];
  const day = (d: string | null) => (d ? date(new Date(`${d}T12:00:00Z`), lang) : t.none);
  const layout = reportTableLayout(3);
  const head = (cells: string[]): TableCell[] => cells.map((text) => ({ text, bold: true, fillColor: HEADER_FILL }));
  const facts: [string, string][] = [
    [t.partner, a.partner],
    [t.sphere, SPHERE[lang][a.sphere]],
    [t.kind, HYBRIDISATION[lang][a.hybridisation]],
    [t.stage, STAGE[lang][a.stage]],
    [t.purpose, a.purpose || t.none],
  ];
  const decision: [string, string][] = a.decision
    ? [
        [t.decision, DECISION[lang][a.decision]],
        [t.conditions, a.conditions || t.none],
        [t.decidedBy, a.decidedBy?.name ?? t.none],
        [t.decidedOn, day(a.decidedOn)],
        [t.reviewOn, day(a.reviewOn)],
        [t.version, a.version ? String(a.version) : t.none],
      ]
    : [[t.decision, t.undecided]];
  const factTable = (rows: [string, string][]): Content => ({
    table: { widths: [120, '*'], body: rows.map(([k, v]) => [{ text: k, color: '#556677' }, { text: v }]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 12],
  });
  const risks: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['auto', '*', 'auto', 'auto', 'auto', '*'],
      body: [
        head(['#', t.risk, t.likelihood, t.impact, t.score, t.mitigation]),
        ...a.risks.map((r, i): TableCell[] => {
          const level = riskLevel(r.score);
          return [
            { text: `R${i + 1}`, bold: true },
            RISK[lang][r.risk],
            String(r.likelihood ?? t.none),
            String(r.impact ?? t.none),
            {
              text: r.score === null ? t.none : `${r.score} (${LEVEL[lang][level!]})`,
              fillColor: level ? LEVEL_FILL[level] : undefined,
            },
            r.mitigation || t.none,
          ];
        }),
      ],
    },
    layout,
    fontSize: 9,
  };
  const opportunities: Content = {
    table: {
      headerRows: 1,
      widths: [110, 'auto', '*'],
      body: [
        head([t.opportunity, t.score, t.note]),
        ...a.opportunities.map((o) => [
          OPPORTUNITY[lang][o.opportunity],
          o.score === null ? t.none : `${o.score}/5`,
          o.note || t.none,
        ]),
      ],
    },
    layout,
    fontSize: 9,
  };
  const principles: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [190, 'auto', '*'],
      body: [
        head([t.principle, t.check, t.note]),
        ...a.principles.map((p) => [
          PRINCIPLE[lang][p.principle],
          {
            text: p.check ? CHECK[lang][p.check] : t.none,
            color: p.check === 'conflict' ? '#b03a2e' : p.check === 'attention' ? '#8a5a00' : '#1d2733',
          },
          p.note || t.none,
        ]),
      ],
    },
    layout,
    fontSize: 9,
  };
  return {
    ...portraitDocumentPage({ title: `${t.title}: ${a.partner}`, orgName, pageWord: t.page }),
    styles: {
      org: { fontSize: 11, bold: true, color: '#556677' },
      title: { fontSize: 20, bold: true, color: '#1f5f8b', margin: [0, 2, 0, 2] },
      subtitle: { fontSize: 10, italics: true, color: '#556677', margin: [0, 0, 0, 14] },
      h2: { fontSize: 13, bold: true, color: '#1f5f8b', margin: [0, 12, 0, 6] },
      note: { fontSize: 8, italics: true, color: '#556677', margin: [0, 0, 0, 4] },
    },
    content: [
      { text: orgName, style: 'org' },
      { text: `${t.title}: ${a.partner}`, style: 'title' },
      { text: t.subtitle, style: 'subtitle' },
      factTable(facts),
      { text: t.decision, style: 'h2' },
      factTable(decision),
      { text: t.risks, style: 'h2' },
      { text: t.heatNote, style: 'note' },
      { svg: heatMapSvg(a, lang, 320, 260), width: 320, margin: [(PAGE_WIDTH - 320) / 2, 4, 0, 10] } as Content,
      risks,
      { text: t.opportunities, style: 'h2' },
      opportunities,
      { text: t.principles, style: 'h2' },
      principles,
    ],
  };
}

export async function assessmentPdf(a: AssessmentDetail, orgName: string, lang: Lang): Promise<Uint8Array> {
  return renderPdf(assessmentDocDefinition(a, orgName, lang));
}
