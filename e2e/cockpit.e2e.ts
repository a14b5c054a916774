/**
 * The cockpit as a director uses it, in headless Chromium against the real server with the demo
 * organisation: define a KPI with a target → enter values in the grid (a red value without a note
 * is refused, the required note is added) → see the red tile flagged "without improvement action"
 * → create the action from the tile → the flag is gone; then the KPI page and the board view.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, screenshot } from './harness.ts';
import { walk } from './walk.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { choose, dialog } from './pages/shell.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';
import { thisMonth } from '../src/lib/calendar.ts';
import { addMonthsToMonth } from '../src/modules/clients/logic/dates.ts';

const live = withDemoServer();
const NAME = 'E2E Wachttijd telefoon';

/** This Brussels month plus `offset` months, `yyyy-mm` (the server's calendar). */
function month(offset: number): string {
  return addMonthsToMonth(thisMonth(), offset);
}

/** Picks an option of a combobox in the open dialog. */
const chooseInDialog = (page: Page, combobox: string, option: string) => choose(page, combobox, option, dialog(page));

describe('cockpit in the browser', () => {
  it('defines a KPI with a target, enters values, sees a red tile, adds the note, creates an action; the board shows it', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'cockpit-failure', async () => {
      await flow(page);
    });
  });
});

async function flow(page: Page) {
  const orgId = await logIn(page);

  // The demo cockpit: tiles per perspective, a red tile without a note flagged.
  await page.goto(`/o/${orgId}/cockpit`);
  await page.getByRole('heading', { level: 1, name: 'Cockpit' }).waitFor();
  await page.getByRole('region', { name: 'Cliënten en financiers' }).waitFor();
  await expect.poll(() => page.getByText('Toelichting ontbreekt').count()).toBeGreaterThan(0);
  await screenshot(page, 'cockpit-demo');

  // 1. Define a KPI.
  await page.goto(`/o/${orgId}/kpis`);
  await page.getByRole('button', { name: 'Indicator toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Code').fill('E2E_TEL');
  await dialog.getByLabel('Naam (Nederlands)').fill(NAME);
  await chooseInDialog(page, 'Eenheid', 'dagen');
  await chooseInDialog(page, 'Goede richting', 'Lager is beter');
  await chooseInDialog(page, 'BSC-perspectief', 'Interne processen');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await screenshot(page, 'cockpit-catalogue');

  // 2. Its target, on the KPI page.
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await new DateFieldDriver(page, 'Geldig vanaf').type('01/01/2020');
  await page.getByLabel('Streefwaarde', { exact: true }).fill('5');
  await page.getByLabel('Rode drempel', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Streefwaarde toevoegen' }).click();
  await page.getByRole('cell', { name: '01/01/2020' }).first().waitFor();

  // 3. Values in the grid: the red one is refused without a note, then saved with it.
  await page.goto(`/o/${orgId}/kpi-values`);
  const older = page.getByLabel(`${NAME}, ${month(-2)}`);
  await older.fill('4');
  await older.press('ArrowRight');
  await page
    .getByLabel(`${NAME}, ${month(-1)}`)
    .evaluate((el) => el === document.activeElement)
    .then((focused) => expect(focused).toBe(true));
  await page.keyboard.type('14,5');
  await page.getByRole('button', { name: /wijziging\(en\) opslaan/ }).click();
  await page
    .getByText(/is rood .*: vul een toelichting in/)
    .first()
    .waitFor();
  await screenshot(page, 'cockpit-values-refused');
  await page
    .getByLabel(`Toelichting bij ${NAME}, ${month(-1)}`)
    .fill('Twee onthaalmedewerkers ziek; telefoon doorgeschakeld.');
  await page.getByRole('button', { name: /wijziging\(en\) opslaan/ }).click();
  await page.getByText('2 waarde(n) opgeslagen.').waitFor();

  // 4. The red tile, flagged, and the improvement action from it.
  await page.goto(`/o/${orgId}/cockpit`);
  const tile = page.getByRole('article', { name: NAME });
  await tile.getByText('Rood', { exact: true }).waitFor();
  await tile.getByText('Rood zonder verbeteractie').waitFor();
  // The period in words, as the interface language says it ("november 2026"), not as "2026-11".
  const [y, m] = month(-1).split('-');
  const inWords = new Intl.DateTimeFormat('nl-BE', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, 1)),
  );
  await expect.poll(() => tile.innerText()).toContain(`Periode ${inWords} ${y}`);
  await screenshot(page, 'cockpit-red-tile');
  await tile.getByRole('button', { name: `Verbeteractie aanmaken voor ${NAME}` }).click();
  const actionDialog = page.getByRole('dialog');
  await expect.poll(() => actionDialog.getByLabel('Titel').inputValue()).toBe(`Bijsturen: ${NAME}`);
  await actionDialog.getByRole('button', { name: 'Opslaan' }).click();
  await actionDialog.waitFor({ state: 'hidden' });
  await tile.getByText('Rood zonder verbeteractie').waitFor({ state: 'detached' });

  // 5. The KPI page: trend, the note, the linked action.
  await tile.getByRole('link', { name: NAME }).click();
  await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await page.getByText('Twee onthaalmedewerkers ziek; telefoon doorgeschakeld.').waitFor();
  await page.getByRole('link', { name: `Bijsturen: ${NAME}` }).waitFor();
  await page.getByRole('img', { name: `Verloop van ${NAME} met streefwaarde en rode drempel` }).waitFor();
  await screenshot(page, 'cockpit-kpi-page');

  // 6. The board view: read-only, the red KPI with its note and action, printable.
  await page.goto(`/o/${orgId}/board`);
  await page.getByRole('heading', { level: 1, name: 'Bestuursoverzicht' }).waitFor();
  const reds = page.getByRole('table', { name: 'Rode indicatoren met hun toelichting en verbeteracties' });
  await reds
    .getByRole('row', { name: new RegExp(NAME) })
    .getByText(`Bijsturen: ${NAME}`)
    .waitFor();
  await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
  await screenshot(page, 'cockpit-board');
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
  await screenshot(page, 'cockpit-board-print');
}
