/** Parts of the CAF PDF report (report-pdf.ts): its texts, the table layout and the radar chart. */
import type { TableCell } from 'pdfmake/interfaces.js';
import { reportTableLayout } from '../../lib/exports/pdf-layouts.ts';
import { renderSvg, wrap } from '../../lib/exports/svg-chart.ts';
import { CRITERIA } from './model.ts';
import type { CafReport } from './report.ts';

/** The report's texts in both languages (the PDF is not a server message: it is a document). */
export const T = {
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

export const PAGE_WIDTH = 595.28 - 2 * 40;
export const layout = reportTableLayout();
export const head = (labels: string[], rightFrom: number): TableCell[] =>
  labels.map((text, i) => ({ text, style: 'th', alignment: i >= rightFrom ? 'right' : 'left' }));
export const right = (text: string, extra: Record<string, unknown> = {}): TableCell => ({
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
