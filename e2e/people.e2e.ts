/**
 * The sociale balans in the browser, against the real server with the demo organisation: the people
 * rows of a hand-computed case (src/modules/people/logic/sociale-balans-sample.ts) are written into an
 * organisation of their own, with the demo director as its directie, while the server is stopped;
 * the director opens "Mensen" → "Sociale balans" for 2025, reads the training hours of Part III (5802 =
 * 8 for men, 5812 = 4 for women), a missing code and the person behind an entry, and downloads the PDF; the HR figures page shows
 * the turnover with its formula.
 */
import { describe, expect, it } from 'vitest';
import { insertPeopleData, shiftedSample } from '../src/modules/people/balans-fixture.ts';
import { createOrganisation } from '../src/modules/orgs/public.ts';
import { openDatabase } from '../src/server/db.ts';
import { newPage, screenshot, startServer } from './harness.ts';
import { DEMO_DIRECTOR } from './pages/login.ts';
import { TableReader } from './pages/table.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';

const live = withDemoServer();

describe('people: sociale balans and HR figures', () => {
  it('shows a known figure of the sociale balans and downloads it as PDF', async () => {
    const dataDir = live.server.dataDir;
    await live.server.stop();
    const db = openDatabase({ dataDir });
    let sampleOrg = '';
    try {
      // An organisation of its own for the sample, with the demo director as its directie: the
      // demo organisation's staff would share every year.
      const { id: userId } = await db
        .selectFrom('app_user')
        .select('id')
        .where('email', '=', DEMO_DIRECTOR)
        .executeTakeFirstOrThrow();
      const org = await createOrganisation(db, {
        name: 'Vzw Steekproef',
        type: 'vza',
        fiscalYearStartMonth: 1,
        language: 'nl',
      });
      await db.insertInto('membership').values({ org_id: org.id, user_id: userId, role: 'directie' }).execute();
      sampleOrg = org.id;
      await insertPeopleData(db, org.id, shiftedSample(0));
    } finally {
      await db.destroy();
    }
    const server = await startServer({ dataDir, timeoutMs: 150_000 });
    const page = await newPage(live.browser, server.url);
    await logIn(page);
    const orgId = sampleOrg;
    await page.goto(`${server.url}/o/${orgId}`);

    await page.getByRole('button', { name: 'Mensen' }).click();
    await page.getByRole('link', { name: 'Sociale balans' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sociale balans');
    await page.goto(`${server.url}/o/${orgId}/people/sociale-balans?year=2025`);
    const training = new TableReader(
      page,
      'III. Inlichtingen over de opleidingen voor de werknemers tijdens het boekjaar',
    );
    await expect
      .poll(async () => (await training.rows()).find((r) => r[0] === '5802'))
      .toEqual(['5802', 'Formele voortgezette opleiding — aantal gevolgde opleidingsuren', '8', '4']);
    expect((await training.rows()).find((r) => r[0] === '5822')!.slice(2)).toEqual(['ontbreekt', 'ontbreekt']);
    await expect.poll(() => page.getByRole('region', { name: 'Ontbrekende gegevens' }).count()).toBe(1);
    // The director may read people: the woman who entered part-time (2052) is named behind the figure.
    await page.getByRole('button', { name: '2052: de persoon achter dit cijfer tonen' }).click();
    await expect.poll(() => page.getByRole('dialog').getByText('Maes An').count()).toBe(1);
    await page.keyboard.press('Escape');

    const link = page.getByRole('link', { name: 'Downloaden als PDF' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('sociale-balans-2025.pdf');
    const response = await page.request.get(`${server.url}${await link.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'people-sociale-balans');

    await page.goto(`${server.url}/o/${orgId}/people/hr-figures?year=2025`);
    const figures = new TableReader(page, 'HR-kerncijfers van het jaar met hun formule');
    await expect.poll(async () => (await figures.rows()).find((r) => r[0] === 'Personeelsverloop')?.[1]).toBe('50 %');
    await screenshot(page, 'people-hr-figures');
  });
});
