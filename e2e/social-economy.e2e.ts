/**
 * Social economy in the browser, against the real server with the demo organisation: the director adds
 * a partner enterprise, a cooperation agreement and a placed worker, and links the demo's partner coach
 * to the new enterprise; the coach logs in, sees only that enterprise's worker, logs coaching hours and
 * an evaluation, and gets "not found" for another partner's worker and no access to clients or finance.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/calendar.ts';
import { newPage, screenshot } from './harness.ts';
import { typedDate, withDemoServer } from './setup.ts';
import { logIn } from './pages/login.ts';
import { choose, dialog, Shell } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';

const COACH = 'partner@demo.stuurboord.be';
const WORKERS = 'Medewerkers uit de sociale economie die bij ons werken';
// The server builds the whole demo organisation first: minutes on a loaded machine.
const live = withDemoServer({ timeoutMs: 280_000 });

/** Types a date into a required DateField (its label carries the asterisk, so it is found by role). */
async function typeDate(scope: Locator, name: string, iso: string) {
  const input = scope.getByRole('textbox', { name, exact: true });
  await input.fill(typedDate(iso));
  await input.press('Tab');
}

describe('social economy', () => {
  it('a director sets up a partner, agreement and worker; the partner coach logs hours and an evaluation', async () => {
    const page = await newPage(live.browser, live.server.url);
    const orgId = (await logIn(page)).split('/')[2]!;
    const shell = new Shell(page);

    // Another partner's worker (demo data), to try as the coach later.
    await page.goto(`/o/${orgId}/social-economy/workers`);
    await shell.heading('Geplaatste medewerkers');
    await page.getByRole('link', { name: 'Samira El Amrani' }).click();
    await shell.heading('Geplaatste medewerker');
    const foreignWorker = page.url();

    // A partner enterprise.
    await page.goto(`/o/${orgId}/social-economy/partners`);
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    let form = dialog(page);
    await form.getByRole('textbox', { name: 'Naam' }).fill('Sociale Werkplaats Horizon');
    await choose(page, 'Soort', 'Maatwerkbedrijf', form);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Sociale Werkplaats Horizon' }).click();
    await shell.heading('Partnerorganisatie');

    // A cooperation agreement with that partner.
    await page.getByRole('button', { name: 'Overeenkomst toevoegen' }).click();
    form = dialog(page);
    await form.getByRole('textbox', { name: 'Titel' }).fill('Animatie en gezelschap');
    await form.getByRole('textbox', { name: 'Omvang', exact: true }).fill('19');
    await typeDate(form, 'Start', `${today().slice(0, 4)}-01-01`);
    await form.getByRole('textbox', { name: 'Prijs na subsidie', exact: true }).fill('13');
    await form.getByRole('textbox', { name: 'Kostenplaats', exact: true }).fill('WZC');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const agreements = new TableReader(page, 'Samenwerkingsovereenkomsten (fase 1)');
    await expect.poll(() => agreements.column('Titel')).toEqual(['Animatie en gezelschap']);

    // A placed worker under the agreement.
    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    form = dialog(page);
    await form.getByRole('textbox', { name: 'Naam' }).fill('Yasmina Horizon');
    await choose(page, 'Overeenkomst', 'Animatie en gezelschap', form);
    await choose(page, 'Taalniveau Nederlands', 'B1', form);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const workers = new TableReader(page, WORKERS);
    await expect.poll(() => workers.column('Naam')).toEqual(['Yasmina Horizon']);

    // The demo's partner coach now works for this enterprise.
    await page.getByRole('button', { name: 'Begeleider koppelen' }).click();
    form = dialog(page);
    await form.getByRole('combobox', { name: 'Lid met de rol partner', exact: true }).click();
    await page.getByRole('option').filter({ hasText: COACH }).click();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect
      .poll(() => new TableReader(page, 'Leden met de rol partner die deze partner vertegenwoordigen').column('E-mail'))
      .toEqual([COACH]);
    await screenshot(page, 'social-economy-partner');

    // The coach: only their enterprise's worker.
    await shell.logOut();
    await logIn(page, COACH);
    await page.goto(`/o/${orgId}/social-economy/workers`);
    await shell.heading('Geplaatste medewerkers');
    await expect.poll(() => workers.column('Naam')).toEqual(['Yasmina Horizon']);
    await page.getByRole('link', { name: 'Yasmina Horizon' }).click();
    await shell.heading('Geplaatste medewerker');

    await page.getByRole('button', { name: 'Uren registreren' }).click();
    form = dialog(page);
    await typeDate(form, 'Datum', addDays(today(), -1));
    await form.getByRole('textbox', { name: 'Uren', exact: true }).fill('2');
    await form.getByRole('textbox', { name: 'Opmerking' }).fill('Kennismaking op de afdeling');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const hours = new TableReader(page, 'Gewerkte en begeleidingsuren');
    await expect.poll(async () => (await hours.rows())[0]?.slice(1, 3)).toEqual(['Begeleiding', '2']);

    await page.getByRole('button', { name: 'Evaluatie toevoegen' }).click();
    form = dialog(page);
    await typeDate(form, 'Datum', today());
    await form.getByRole('textbox', { name: 'Verslag' }).fill('Vlotte start, graag meer taalcoaching.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.waitFor({ state: 'hidden' });
    const evaluations = new TableReader(page, 'Evaluaties van de medewerker');
    await expect.poll(() => evaluations.column('Verslag')).toEqual(['Vlotte start, graag meer taalcoaching.']);
    await screenshot(page, 'social-economy-coach');

    // Not another partner's worker, not clients, not finance.
    await page.goto(foreignWorker);
    await shell.heading('Niet gevonden');
    for (const path of ['clients', 'finance']) {
      await page.goto(`/o/${orgId}/${path}`);
      await shell.heading('Geen toegang');
    }
  });
});
