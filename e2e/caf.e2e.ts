/**
 * A CAF 2020 round in the browser, against the real server with the demo organisation: the
 * director starts a round with two assessors (himself and a staff member), both score on their own
 * (neither sees the other's scores), both submit, the director opens the consensus round, sees both
 * scores by name with the spread, records the agreed scores, finishes, and turns an improvement
 * point into an action on the results page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, screenshot } from './harness.ts';
import { walk, walkAll } from './walk.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';

const live = withDemoServer();

/** The 28 subcriterion codes of CAF 2020. */
const CODES = [
  [1, 4],
  [2, 4],
  [3, 3],
  [4, 6],
  [5, 3],
  [6, 2],
  [7, 2],
  [8, 2],
  [9, 2],
].flatMap(([c, n]) => Array.from({ length: n! }, (_, i) => `${c}.${i + 1}`));

/** Scores one subcriterion in the form of its section and waits for "Opgeslagen". */
async function scoreInForm(
  page: Page,
  code: string,
  score: number,
  texts: { evidence?: string; strengths?: string; improvements?: string },
) {
  const section = page.getByRole('region', { name: new RegExp(`^${code.replace('.', '\\.')} `) });
  await section.getByRole('textbox', { name: `Score ${code}`, exact: true }).fill(String(score));
  if (texts.evidence) await section.getByRole('textbox', { name: `Bewijs ${code}`, exact: true }).fill(texts.evidence);
  if (texts.strengths)
    await section.getByRole('textbox', { name: `Sterke punten ${code}`, exact: true }).fill(texts.strengths);
  if (texts.improvements)
    await section.getByRole('textbox', { name: `Verbeterpunten ${code}`, exact: true }).fill(texts.improvements);
  await section.getByRole('button', { name: `${code} opslaan` }).click();
  await section.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
}

/** The remaining scores through the API, with the page's own session (as the form would send them). */
async function scoreRest(page: Page, base: string, from: number, score: (i: number) => number) {
  for (const [i, code] of CODES.entries()) {
    if (i < from) continue;
    const a = await page.request.put(`${base}/scores/${code}`, { data: { score: score(i) } });
    expect(a.status()).toBe(200);
  }
}

async function submit(page: Page) {
  await page.getByRole('button', { name: 'Indienen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scores indienen' });
  await dialog.getByText('28 van 28').waitFor();
  await dialog.getByRole('button', { name: 'Indienen' }).click();
  await page.getByText(/Je scores zijn ingediend op/).waitFor();
}

describe('CAF self-assessment in the browser', () => {
  it('runs a scoring with two assessors and reaches consensus', async () => {
    const director = await newPage(live.browser, live.server.url, { viewport: { width: 1024, height: 800 } });
    const staff = await newPage(live.browser, live.server.url, { viewport: { width: 1024, height: 800 } });
    await walkAll({ director, staff }, 'caf-failure', () => flow(director, staff));
  });

  it('shows the board the demo round read-only, in English: radar, comparison, the actions made from improvement points', async () => {
    const board = await newPage(live.browser, live.server.url, { viewport: { width: 1024, height: 800 } });
    await walk(board, 'caf-failure-board', async () => {
      const orgId = await logIn(board, 'bestuur@demo.stuurboord.be');
      await board.getByRole('radio', { name: 'EN' }).click();
      await board.goto(`/o/${orgId}/caf`);
      await board.getByRole('heading', { level: 1, name: 'CAF self-assessment' }).waitFor();
      await expect.poll(() => board.getByRole('button', { name: 'New self-assessment' }).count()).toBe(0);
      await board.getByRole('link', { name: 'CAF-zelfevaluatie 2026' }).click();
      await board.getByRole('link', { name: 'Results' }).click();
      await board.getByRole('heading', { level: 1, name: 'Results: CAF-zelfevaluatie 2026' }).waitFor();
      await board.getByRole('img', { name: /Radar chart/ }).waitFor();
      await board.getByText('CAF-zelfevaluatie 2025 (').waitFor();
      await expect.poll(() => board.getByRole('link', { name: /^CAF (4\.3|5\.2|7\.2): / }).count()).toBe(3);
      await expect.poll(() => board.getByRole('button', { name: /^Create action/ }).count()).toBe(0);
      await board.getByRole('link', { name: 'PDF report' }).waitFor();
      await screenshot(board, 'caf-results-board-en');
    });
  });
});

async function flow(director: Page, staff: Page) {
  const orgId = await logIn(director, 'directie@demo.stuurboord.be');
  await logIn(staff, 'staf@demo.stuurboord.be');

  // 1. The demo's finished rounds are listed; start a new one with two assessors, compared with the last.
  await director.goto(`/o/${orgId}/caf`);
  await director.getByRole('heading', { level: 1, name: 'CAF-zelfevaluatie' }).waitFor();
  await expect.poll(() => director.title()).toMatch(/^CAF-zelfevaluatie – .* · Stuurboord$/);
  await director
    .getByRole('table', { name: /zelfevaluaties, de nieuwste eerst/ })
    .getByRole('link', { name: 'CAF-zelfevaluatie 2026' })
    .waitFor();
  await director.getByRole('button', { name: 'Nieuwe zelfevaluatie' }).click();
  const dialog = director.getByRole('dialog', { name: 'Nieuwe zelfevaluatie' });
  await dialog.getByLabel('Naam van de zelfevaluatie').fill('E2E-zelfevaluatie');
  await dialog.getByRole('checkbox', { name: /\(Directie\)$/ }).check();
  await dialog
    .getByRole('checkbox', { name: /\(Staf\)$/ })
    .first()
    .check();
  await dialog.getByRole('button', { name: 'Zelfevaluatie starten' }).click();
  await director.getByRole('heading', { level: 1, name: 'E2E-zelfevaluatie' }).waitFor();
  const assessmentId = new URL(director.url()).pathname.split('/').at(-1)!;
  const base = `${live.server.url}/api/orgs/${orgId}/caf/assessments/${assessmentId}`;

  // 2. The director scores criterion 1 in the form (band text beside the score), the rest through the API.
  await director.getByRole('link', { name: 'Scoren' }).click();
  await director.getByRole('heading', { level: 1, name: 'Scoren: E2E-zelfevaluatie' }).waitFor();
  await director.getByText('0 van 28 gescoord').waitFor();
  await scoreInForm(director, '1.1', 40, {
    evidence: 'Geheim bewijs van de directie',
    strengths: 'Duidelijke missie',
    improvements: 'Waarden concreet maken per team',
  });
  await director
    .getByText(/31-50 Do/)
    .first()
    .waitFor();
  for (const [code, score] of [
    ['1.2', 45],
    ['1.3', 50],
    ['1.4', 55],
  ] as const)
    await scoreInForm(director, code, score, {});
  await scoreRest(director, base, 4, (i) => 35 + i);
  await director.reload();
  await director.getByText('28 van 28 gescoord').waitFor();
  await screenshot(director, 'caf-scoring');

  // 3. The staff member scores independently: her page shows nothing of the director's scores.
  await staff.goto(`/o/${orgId}/caf`);
  await staff
    .getByRole('table', { name: 'Zelfevaluaties waarin je beoordelaar bent' })
    .getByRole('link', { name: 'Scoren' })
    .first()
    .click();
  await staff.getByRole('heading', { level: 1, name: 'Scoren: E2E-zelfevaluatie' }).waitFor();
  await expect.poll(() => staff.getByRole('textbox', { name: 'Score 1.1', exact: true }).inputValue()).toBe('');
  await expect.poll(() => staff.content()).not.toContain('Geheim bewijs van de directie');
  expect((await staff.request.get(`${base}/consensus`)).status()).toBe(409);
  await scoreInForm(staff, '1.1', 65, {
    strengths: 'Medewerkers kennen de missie',
    improvements: 'Missie opnemen in het onthaal',
  });
  await scoreRest(staff, base, 1, (i) => 40 + i);
  await staff.reload();
  await staff.getByText('28 van 28 gescoord').waitFor();
  await submit(staff);
  await submit(director);

  // 4. The director opens the consensus round: both scores by name, the spread flagged for discussion.
  await director.goto(`/o/${orgId}/caf/${assessmentId}`);
  await director.getByRole('button', { name: 'Consensusronde starten' }).click();
  await director.getByRole('link', { name: 'Consensus' }).click();
  await director.getByRole('heading', { level: 1, name: 'Consensus: E2E-zelfevaluatie' }).waitFor();
  const s11 = director.getByRole('region', { name: /^1\.1 / });
  const scores = s11.getByRole('table', { name: 'Scores van de beoordelaars voor 1.1' });
  await expect.poll(() => scores.getByRole('row').count()).toBe(3);
  await expect.poll(() => scores.textContent()).toContain('65');
  await s11.getByText('Bespreken').waitFor();
  await s11.getByText(/Spreiding 40-65 \(verschil 25\)/).waitFor();
  await s11.getByRole('button', { name: 'Teksten van de beoordelaars overnemen' }).click();
  await expect
    .poll(async () =>
      (await s11.getByRole('textbox', { name: 'Verbeterpunten 1.1', exact: true }).inputValue()).split('\n').sort(),
    )
    .toEqual(['Missie opnemen in het onthaal', 'Waarden concreet maken per team']);
  await s11.getByRole('textbox', { name: 'Afgesproken score 1.1', exact: true }).fill('52');
  await s11.getByText(/51-70 Check/).waitFor();
  await s11.getByRole('button', { name: '1.1 opslaan' }).click();
  await s11.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
  await screenshot(director, 'caf-consensus');

  // 5. Finishing is refused while subcriteria lack a consensus; then all agreed, finished.
  await director.getByRole('button', { name: 'Zelfevaluatie afronden' }).click();
  await director.getByRole('alert').filter({ hasText: 'Nog geen consensusscore voor: 1.2' }).waitFor();
  for (const code of CODES.slice(1))
    expect((await director.request.put(`${base}/consensus/${code}`, { data: { score: 45 } })).status()).toBe(200);
  await director.reload();
  await director.getByText('28 van 28 met consensus').waitFor();
  await director.getByRole('button', { name: 'Zelfevaluatie afronden' }).click();
  await director.getByText('Deze zelfevaluatie is afgerond.').waitFor();

  // 6. Results: radar with its table, comparison with the demo round, an action from an improvement point.
  await director.getByRole('link', { name: 'Resultaten' }).first().click();
  await director.getByRole('heading', { level: 1, name: 'Resultaten: E2E-zelfevaluatie' }).waitFor();
  await director.getByRole('img', { name: /Radargrafiek/ }).waitFor();
  const criteria = director.getByRole('table', { name: /Consensusscore per criterium/ });
  await expect.poll(() => criteria.getByRole('row').count()).toBe(10);
  await expect.poll(() => criteria.textContent()).toContain('Vorige');
  await director.getByRole('button', { name: 'Actie maken voor 1.1' }).click();
  const link = director.getByRole('link', { name: /^CAF 1\.1: / });
  await link.waitFor();
  await expect.poll(() => link.getAttribute('href')).toMatch(new RegExp(`^/o/${orgId}/actions/[0-9a-f-]{36}$`));
  await expect
    .poll(() => director.getByRole('link', { name: 'PDF-rapport' }).getAttribute('href'))
    .toBe(`/api/orgs/${orgId}/caf/assessments/${assessmentId}/report.pdf`);
  const pdf = await director.request.get(`${base}/report.pdf`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await screenshot(director, 'caf-results');
}
