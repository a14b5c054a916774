/**
 * The strategy map and improvement actions in headless Chromium against the real server with the
 * demo organisation: the director sees overdue actions on the home page, creates an action, moves
 * it round the PDCA cycle with a progress note, adds an objective to the strategy map and follows a
 * KPI from the map; a board member sees the map without the edit buttons.
 */
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './harness.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { logInDemo, withDemoServer } from './setup.ts';
import { walk } from './walk.ts';

const live = withDemoServer();

describe('strategy map and improvement actions in the browser', () => {
  it('shows overdue actions at home, creates an action and moves it through the PDCA cycle', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'actions-failure', async () => {
      const home = `/o/${await logInDemo(page, 'directie@demo.stuurboord.be')}`;
      const overdue = page.getByRole('region', { name: 'Verbeteracties te laat' });
      await overdue.getByRole('link', { name: 'Registratie dagondersteuning wekelijks afsluiten' }).waitFor();
      await expect.poll(() => overdue.getByText(/te laat/).count()).toBeGreaterThanOrEqual(3);
      await screenshot(page, 'home-overdue-actions');
      await page.goto(`${home}/actions`);
      await page.getByRole('heading', { level: 1, name: 'Verbeteracties' }).waitFor();
      await screenshot(page, 'actions-list');
      await page.getByRole('button', { name: 'Verbeteractie aanmaken' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await dialog
        .getByText(/title|Titel/)
        .first()
        .waitFor();
      await expect.poll(() => page.url()).toMatch(/\/actions$/);
      await dialog.getByLabel('Titel').fill('Bewonersraad elke maand samenroepen');
      await new DateFieldDriver(page, 'Deadline', dialog).type('30/06/2030');
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bewonersraad elke maand samenroepen' }).waitFor();
      const cycle = page.getByRole('region', { name: 'PDCA-cirkel' });
      await expect.poll(() => cycle.locator('[aria-current="step"]').innerText()).toContain('Plan');
      await page.getByLabel('Voortgangsnotitie').fill('Eerste bewonersraad gehouden, 9 deelnemers.');
      await page.getByRole('combobox', { name: 'Fase na deze notitie' }).click();
      await page.getByRole('option', { name: 'Do', exact: true }).click();
      await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await cycle.locator('[aria-current="step"]', { hasText: 'Do' }).waitFor();
      await page
        .getByRole('region', { name: 'Voortgang' })
        .getByText('Eerste bewonersraad gehouden, 9 deelnemers.')
        .waitFor();
      await screenshot(page, 'action-page');
      await page.getByRole('link', { name: 'Verbeteracties' }).first().click();
      await page.getByRole('link', { name: 'Bewonersraad elke maand samenroepen' }).click();
      await page.getByRole('button', { name: 'Verbeteractie verwijderen' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
      await page.waitForURL(/\/actions$/);
      await page.getByRole('table', { name: /Verbeteracties, te laat eerst/ }).waitFor();
      await expect.poll(() => page.getByRole('link', { name: 'Bewonersraad elke maand samenroepen' }).count()).toBe(0);
    });
  });

  it('adds an objective to the strategy map, selects it and follows a KPI', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'strategy-failure', async () => {
      const home = `/o/${await logInDemo(page, 'directie@demo.stuurboord.be')}`;
      await page.goto(`${home}/strategy`);
      const map = page.getByRole('group', { name: 'Strategiekaart: missie, doelstellingen en indicatoren' });
      await map.getByText('ondersteunt volwassenen met een beperking').waitFor();
      await page.getByRole('button', { name: 'Doelstelling toevoegen' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Doelstelling', { exact: true }).fill('Vrijwilligers sterker betrekken');
      await dialog.getByRole('combobox', { name: 'Perspectief' }).click();
      await page.getByRole('option', { name: 'Leren en groeien' }).click();
      await dialog.getByLabel('Draagt bij aan').click();
      await page.getByRole('option', { name: /Tevreden cliënten en netwerk/ }).click();
      // The list stays open for more choices: click the dialog's title to close it.
      await dialog.getByRole('heading', { name: 'Doelstelling toevoegen' }).click();
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const box = map.getByRole('button', { name: 'Doelstelling Vrijwilligers sterker betrekken' });
      await expect.poll(() => box.getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('region', { name: /Geselecteerde doelstelling: Vrijwilligers sterker betrekken/ }).waitFor();
      const row = page.getByRole('row', { name: /Vrijwilligers sterker betrekken/ });
      await expect.poll(() => row.innerText()).toContain('Tevreden cliënten en netwerk');
      // One arrow more than the demo's links, drawn from the measured boxes.
      await expect.poll(() => map.locator('svg path[marker-end]').count()).toBeGreaterThan(10);
      await screenshot(page, 'strategy-map');
      const kpi = map.getByRole('link').first();
      await expect
        .poll(async () => (await kpi.getAttribute('aria-label')) ?? '')
        .toMatch(/: (op koers|aandacht|uit koers|geen waarde)$/);
      await kpi.click();
      await page.waitForURL(/\/kpis\/[0-9a-f-]{36}$/);
    });
  });

  it('shows the board the map and the actions without edit buttons', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'strategy-board-failure', async () => {
      const home = `/o/${await logInDemo(page, 'bestuur@demo.stuurboord.be')}`;
      await page.goto(`${home}/strategy`);
      await page.getByRole('heading', { level: 1, name: 'Strategiekaart' }).waitFor();
      await page.getByRole('table', { name: 'De strategiekaart als tabel' }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Doelstelling toevoegen' }).count()).toBe(0);
      await page.goto(`${home}/actions`);
      await page.getByRole('table', { name: /Verbeteracties, te laat eerst/ }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Verbeteractie aanmaken' }).count()).toBe(0);
    });
  });
});
