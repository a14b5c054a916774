import { describe, expect, it } from 'vitest';
import { pdfText } from '../../lib/exports/testing.ts';
import { SUBCRITERIA } from './model.ts';
import { radarSvg, cafReportPdf } from './report-pdf.ts';
import type { CafReport } from './report.ts';
import { actionTitle, buildResults } from './results.ts';

const round = (id: string, name: string, status: 'consensus' | 'finished') => ({
  id,
  name,
  scoring: 'classical' as const,
  status,
  started_on: '2026-03-02',
  finished_on: status === 'finished' ? '2026-04-15' : null,
});
const rows = (score: (i: number) => number) =>
  SUBCRITERIA.map((s, i) => ({
    subcriterion: s.code,
    score: score(i),
    fine: null,
    evidence: `Bewijs ${s.code}`,
    strengths: `Sterk ${s.code}`,
    improvements: s.code === '4.3' ? 'Kostprijs per functie berekenen' : '',
  }));

function report(lang: 'nl' | 'en', status: 'consensus' | 'finished' = 'finished'): CafReport {
  const results = buildResults(
    round('b', 'Zelfevaluatie 2026', status),
    rows((i) => 40 + (i % 5)),
    [{ subcriterion: '4.3', id: 'x', title: 'CAF 4.3: Kostprijs per functie berekenen', status: 'do', due_date: null }],
    { round: round('a', 'Zelfevaluatie 2025', 'finished'), rows: rows(() => 40) },
  );
  return {
    orgName: 'Vzw De Proef',
    lang,
    assessors: [
      { name: 'Zoë Öztürk', submitted: true },
      { name: 'Jan Peeters', submitted: true },
    ],
    results,
  };
}

describe('CAF results', () => {
  it('are built from the consensus rows with bands, radar data, comparison and actions', () => {
    const r = report('nl').results;
    expect(r.subcriteria).toHaveLength(28);
    expect(r.subcriteria[1]).toMatchObject({ code: '1.2', score: 41, band: 2 });
    expect(r.criteria[0]).toMatchObject({ criterion: 1, score: 41.5, band: 2 });
    expect(r.radar.previous).toEqual(Array(9).fill(40));
    expect(r.comparison!.subcriteria[4]).toEqual({ code: '2.1', current: 44, previous: 40, delta: 4 });
    expect(r.subcriteria.find((s) => s.code === '4.3')!.actions).toEqual([
      { id: 'x', title: 'CAF 4.3: Kostprijs per functie berekenen', status: 'do', dueDate: null },
    ]);
    expect(r.provisional).toBe(false);
  });

  it('turn an improvement point into an action title: the first point, without bullets', () => {
    expect(actionTitle('5.2', '- Klachten sneller afhandelen\n- Terugkoppeling geven')).toBe(
      'CAF 5.2: Klachten sneller afhandelen',
    );
    expect(actionTitle('1.1', `${'x'.repeat(300)}`)).toHaveLength(200);
  });
});

describe('CAF report PDF', () => {
  it('has the cover, the radar, all 28 subcriteria with band and change, the texts and the comparison', async () => {
    const bytes = await cafReportPdf(report('nl'));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = pdfText(bytes);
    for (const s of [
      'CAF-zelfevaluatie',
      'Vzw De Proef',
      'Zoë Öztürk, Jan Peeters',
      'Totaalscore',
      'Scores per criterium',
      'Alle subcriteria',
      'Sterke punten en verbeterpunten',
      'Vergelijking met de vorige ronde',
      'Kostprijs per functie berekenen',
      'Verbeteracties: CAF 4.3',
      'Grootste stijgingen',
      '9.2',
      'Resultaten burgers/klanten: Perceptiemetingen',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('VOORLOPIG');
  });

  it('marks a round still in consensus as provisional, in English too', async () => {
    const text = pdfText(await cafReportPdf(report('en', 'consensus')));
    expect(text).toContain('PROVISIONAL');
    expect(text).toContain('Scores per criterion');
  });

  it('draws the radar with short criterion names and both rounds', () => {
    const svg = radarSvg(report('en'), 500, 360);
    expect(svg).toContain('<svg');
    expect(svg).toContain('1. Leadership');
    expect(svg).toContain('Previous round: Zelfevaluatie 2025');
  });
});
