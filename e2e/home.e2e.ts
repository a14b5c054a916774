/**
 * Home, the boordtabel, in headless Chromium against the demo organisation: the director sees the
 * signals of every module with their period and follows one to its page; the begeleider sees their
 * caseload and today's registrations; the board sees the lights and the coverage but no client.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { thisYear } from '../src/lib/calendar.ts';
import { newPage, screenshot } from './harness.ts';
import { logInDemo, withDemoServer } from './setup.ts';
import { walk } from './walk.ts';

const live = withDemoServer();

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('Home, the boordtabel', () => {
  it("gives the director each module's signals with their period, each a link to its page", async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'home-director-failure', async () => {
      await logInDemo(page, 'directie@demo.stuurboord.be');
      const coverage = card(page, 'Kostendekking');
      await coverage.getByText('Hele organisatie').waitFor();
      await expect.poll(() => coverage.innerText()).toMatch(/Boekjaar \d{4}, stapsgewijze verdeling/);
      await expect.poll(() => coverage.innerText()).toMatch(/\d+\s?%/);
      await expect.poll(() => card(page, 'Wachtlijst').innerText()).toMatch(/Prioriteitengroep 1/);
      await expect.poll(() => card(page, 'Budgetgebruik').innerText()).toMatch(/van de afgesproken punten is gebruikt/);
      await expect.poll(() => card(page, "KPI's").innerText()).toMatch(/\d+ groen · \d+ oranje · \d+ rood/);
      // Periods in words, never as codes: "november 2026", "3e kwartaal 2026", not "2026-11" or "2026-Q3".
      await expect.poll(() => card(page, "KPI's").innerText()).toMatch(/[a-z]+ \d{4}|\de kwartaal \d{4}/);
      await expect.poll(() => card(page, "KPI's").innerText()).not.toMatch(/\d{4}-(\d{2}|Q\d)/);
      await card(page, 'Wat eraan komt')
        .getByText(/De komende 60 dagen/)
        .waitFor();
      // Nothing of the beheerder's: the organisation's details and login events are not the director's start.
      await expect.poll(() => page.getByRole('region', { name: 'Recente activiteit' }).count()).toBe(0);
      await screenshot(page, 'home-director');
      await page.setViewportSize({ width: 1024, height: 768 });
      await screenshot(page, 'home-director-1024');
      await coverage.getByRole('link', { name: 'Openen: Kostendekking' }).click();
      await page.getByRole('heading', { level: 1, name: /Kostprijs/ }).waitFor();
      await expect.poll(() => new URL(page.url()).search).toContain('method=stepdown');
    });
  });

  it('lists social-economy warnings and handbook reviews among the dates to come, for directie and staf', async () => {
    const page = await newPage(live.browser, live.server.url, { viewport: { width: 1280, height: 800 } });
    await walk(page, 'home-more-dates-failure', async () => {
      await logInDemo(page, 'directie@demo.stuurboord.be');
      const agenda = card(page, 'Wat eraan komt');
      // The demo's voortraject of Dirk Maes ends within 14 days; the intake procedure is due for review in 40.
      await expect.poll(() => agenda.innerText()).toMatch(/Fase voortraject loopt af: Dirk Maes/);
      const review = agenda.getByRole('link', {
        name: 'Herzien in het kwaliteitshandboek: Procedure aanmelding en intake',
      });
      await review.scrollIntoViewIfNeeded();
      await screenshot(page, 'home-more-dates');
      await review.click();
      await page.getByRole('heading', { level: 1, name: 'Procedure aanmelding en intake' }).waitFor();
      // The begeleider sees neither.
      await page.getByRole('button', { name: 'Gebruikersmenu' }).click();
      await page.getByRole('menuitem', { name: 'Afmelden' }).click();
      await logInDemo(page, 'begeleider@demo.stuurboord.be');
      await card(page, 'Wat eraan komt').waitFor();
      await expect.poll(() => page.getByRole('main').innerText()).not.toMatch(/kwaliteitshandboek|Fase voortraject/);
    });
  });

  it('gives the begeleider their clients with remaining budget and today’s registrations, in English too', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'home-begeleider-failure', async () => {
      await logInDemo(page, 'begeleider@demo.stuurboord.be');
      const mine = card(page, 'Mijn cliënten');
      await mine.getByRole('table', { name: 'Budget per cliënt en functie' }).waitFor();
      await expect.poll(() => mine.getByRole('row').count()).toBeGreaterThan(1);
      await card(page, 'Vandaag te registreren').waitFor();
      await expect.poll(() => card(page, 'Kostendekking').count()).toBe(0);
      await expect.poll(() => card(page, 'Wachtlijst').count()).toBe(0);
      await screenshot(page, 'home-begeleider');
      await page.getByRole('radio', { name: 'EN' }).click();
      await card(page, 'My clients').getByRole('columnheader', { name: 'Remaining (points)' }).waitFor();
      await screenshot(page, 'home-begeleider-en');
      await page.getByRole('radio', { name: 'NL' }).click();
      await card(page, 'Mijn cliënten').waitFor();
      // From Home to one client's budget: per function, with the registrations behind it.
      await mine.getByRole('link', { name: 'Sara Segers' }).first().click();
      const year = thisYear();
      const budget = card(page, `Budgetverbruik ${year}`);
      const table = budget.getByRole('table', { name: `Budgetverbruik per functie in ${year}` });
      await table.getByRole('rowheader', { name: 'Dagondersteuning' }).waitFor();
      await expect.poll(() => table.innerText()).toMatch(/Op vóór jaareinde/);
      await budget.getByRole('button', { name: /^Dagondersteuning: \d+ registraties$/ }).click();
      const behind = budget.getByRole('table', { name: 'Registraties van Dagondersteuning' });
      await expect.poll(() => behind.getByRole('row').count()).toBeGreaterThan(2);
      await screenshot(page, 'client-budget');
    });
  });

  it('gives the board the lights per perspective and the coverage, never a client', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'home-board-failure', async () => {
      await logInDemo(page, 'bestuur@demo.stuurboord.be');
      const kpis = card(page, "KPI's");
      await kpis.getByText('Leren en groeien').waitFor();
      await card(page, 'Kostendekking').waitFor();
      await expect.poll(() => card(page, 'Budgetgebruik').count()).toBe(0);
      await expect.poll(() => card(page, 'Mijn cliënten').count()).toBe(0);
      await screenshot(page, 'home-board');
      await kpis.getByRole('link', { name: "Openen: KPI's" }).click();
      await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/board$/);
    });
  });
});
