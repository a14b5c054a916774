/**
 * Issue 12 in the browser, against the real server with the demo organisation: no dead ends (the
 * cost-price exports only with a report), words for people (the login page offers the demo login,
 * the audit log in sentences, rule sources in words) and chart/figure formats per interface
 * language (the English cockpit has no decimal comma, the Dutch one no decimal point).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, screenshot } from './harness.ts';
import { walk } from './walk.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';
import { thisYear } from '../src/lib/calendar.ts';

const live = withDemoServer();

/** The text of the KPI tiles of the cockpit. */
async function tilesText(page: Page): Promise<string> {
  const region = page.getByRole('region', { name: /Cliënten en financiers|Clients and funders/ });
  await region.waitFor();
  await expect.poll(() => region.innerText()).toMatch(/\d/);
  return page.locator('main').innerText();
}

describe('a director’s day', () => {
  it('offers the demo login, hides exports without a report, writes the audit log and rule sources in words', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'director-day-words-failure', async () => {
      await page.goto('/login');
      const notice = page.getByText('directie@demo.stuurboord.be', { exact: false }).first();
      await notice.waitFor();
      await expect.poll(() => page.getByText('Stuurboord is nog niet ingesteld').count()).toBe(0);
      await page.getByRole('button', { name: 'Demo-login invullen' }).click();
      await expect.poll(() => page.getByLabel('E-mailadres').inputValue()).toBe('directie@demo.stuurboord.be');
      await screenshot(page, 'director-day-login');
      const orgId = await logIn(page);
      // Home names the clients running out of budget: that reading is audited (waited for, so the
      // request is not cut off by the next page).
      await page
        .getByRole('region', { name: 'Budgetgebruik', exact: true })
        .getByText(/afgesproken punten/)
        .waitFor();

      // A year without a cost model: no PDF/XLSX that would open JSON, but what to do.
      await page.goto(`/o/${orgId}/finance/costprice?year=${thisYear() + 1}`);
      await page.getByRole('heading', { name: 'Nog geen kostenplaatsen' }).waitFor();
      await page.getByText('PDF en XLSX komen er zodra dit jaar een kostenmodel met diensten heeft.').waitFor();
      await expect.poll(() => page.getByRole('link', { name: 'PDF' }).count()).toBe(0);
      await expect.poll(() => page.getByRole('link', { name: 'XLSX' }).count()).toBe(0);

      // The audit log in sentences: the director's own reading of the client list on Home.
      await page.goto(`/o/${orgId}/audit`);
      const log = page.getByRole('table', { name: /Auditlog van/ });
      await expect.poll(() => log.innerText()).toMatch(/bekeek de cliëntenlijst \(\d+ cliënten\)/);
      await expect.poll(() => log.innerText()).not.toContain('cl_client');
      await screenshot(page, 'director-day-audit');

      // Rule tables: sources in words, contribution kinds translated.
      await page.goto(`/o/${orgId}/clients/rules`);
      await page.getByText('Bron: Ministerieel besluit van 17/07/2020, tabel 3').first().waitFor();
      await expect.poll(() => page.locator('main').innerText()).not.toMatch(/DOMAIN\.md|EXAMPLE|\bsession\b|\bnight\b/);
    });
  });

  it('shows the cockpit’s figures in English formats in English and Belgian ones in Dutch', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'director-day-formats-failure', async () => {
      const orgId = await logIn(page);
      await page.goto(`/o/${orgId}/cockpit`);
      const dutch = await tilesText(page);
      // A decimal point with one or two decimals ("-1.5", "69.8") is not Dutch; "1.234" (thousands) is.
      expect(dutch).not.toMatch(/\d\.\d{1,2}(?!\d)/);
      expect(dutch).toMatch(/\d,\d/);
      await page.getByRole('radio', { name: 'EN' }).click();
      await page.getByRole('heading', { level: 1, name: 'Cockpit' }).waitFor();
      await expect.poll(() => page.locator('main').innerText()).toContain('Period');
      const english = await tilesText(page);
      expect(english).not.toMatch(/\d,\d{1,2}(?!\d)/);
      expect(english).not.toContain('69,8');
      expect(english).toMatch(/\d\.\d/);
      await screenshot(page, 'director-day-cockpit-en');
    });
  });
});
