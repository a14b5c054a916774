/**
 * The aggregated results as CSV (`;`, decimal comma, BOM: Excel on Belgian Windows). Only what the
 * results page shows: below 5 responses the counts alone; never a single response.
 */
import type { Lang } from '../../server/errors.ts';
import type { Results } from './logic/results.ts';
import type { SurveySummary } from './queries.ts';
import type { Texts } from './tables.ts';
import { decimal, rowOf, toCsv } from '../../lib/exports/csv.ts';

/** The columns of the question table; an answer option's row fills only its value and count. */
const QUESTION_COLUMNS = ['nr', 'section', 'question', 'kind', 'answered', 'mean', 'value', 'count'] as const;

const H = {
  nl: {
    question: 'Vraag',
    section: 'Onderdeel',
    kind: 'Soort',
    answered: 'Antwoorden',
    mean: 'Gemiddelde',
    value: 'Waarde of optie',
    count: 'Aantal',
    gap: 'Kloof',
    expectation: 'Verwachting',
    perception: 'Ervaring',
    dimension: 'Dimensie',
    factor: 'Factor',
    rule: (n: number) => `Resultaten vanaf 5 antwoorden (nu ${n})`,
    responses: 'Antwoorden',
    invited: 'Uitgenodigd',
    rate: 'Respons (%)',
    satisfaction: 'Tevredenheid (0-100)',
    nps: 'NPS',
  },
  en: {
    question: 'Question',
    section: 'Section',
    kind: 'Kind',
    answered: 'Answers',
    mean: 'Mean',
    value: 'Value or option',
    count: 'Count',
    gap: 'Gap',
    expectation: 'Expectation',
    perception: 'Perception',
    dimension: 'Dimension',
    factor: 'Factor',
    rule: (n: number) => `Results from 5 responses (now ${n})`,
    responses: 'Responses',
    invited: 'Invited',
    rate: 'Response rate (%)',
    satisfaction: 'Satisfaction (0-100)',
    nps: 'NPS',
  },
};

const num = (x: number | null | undefined) => (x === null || x === undefined ? null : decimal(x, 2));

export function resultsCsv(survey: SurveySummary, r: Results, lang: Lang): string {
  const h = H[lang];
  const text = (t: Texts) => (lang === 'en' ? (t.en ?? t.nl) : t.nl) ?? '';
  const rows: (string | number | null)[][] = [
    [text(survey.title)],
    [h.responses, r.responses],
    [h.invited, r.invited],
    [h.rate, num(r.responseRate)],
  ];
  if (!r.shown) {
    rows.push([h.rule(r.responses)]);
    return toCsv(rows);
  }
  rows.push([h.satisfaction, num(r.figures?.satisfaction)], [h.nps, num(r.figures?.nps?.score)], []);
  rows.push(['#', h.section, h.question, h.kind, h.answered, h.mean, h.value, h.count]);
  r.questions.forEach((q, i) => {
    if (q.kind === 'open') return;
    rows.push([i + 1, text(q.section), text(q.text), q.kind, q.answered, num(q.mean), null, null]);
    for (const d of q.distribution ?? [])
      rows.push(
        rowOf(QUESTION_COLUMNS, { value: q.options[d.value] ? text(q.options[d.value]!) : d.value, count: d.count }),
      );
  });
  const s = r.figures?.servqual;
  if (s) {
    rows.push([], [h.dimension, h.expectation, h.perception, h.gap]);
    for (const d of s.dimensions) rows.push([text(d.label), num(d.expectation), num(d.perception), num(d.gap)]);
  }
  const z = r.figures?.herzberg;
  if (z) {
    rows.push([], [h.factor, h.mean]);
    for (const f of z.factors) rows.push([text(f.label), num(f.mean)]);
  }
  return toCsv(rows);
}
