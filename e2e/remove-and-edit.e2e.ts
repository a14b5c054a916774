/**
 * What a new user expects of the six newest modules and could not do in the browser, against the real
 * server with the demo organisation:
 * - removing (each with a confirmation that names the item, then a notice): a partnership assessment, an
 *   innovation project, a decision of the register; a partner's contact, an agreement's amendment, a
 *   worker's logged hours and a funding rule;
 * - changing a placed worker in a dialog like the one that creates it (the partner coach, who may only
 *   log, gets no such button).
 *
 * Accessible names: a row's remove button "<name> verwijderen" (text "Verwijderen"); the confirmation
 * is a dialog "<name> verwijderen" with "Annuleren" (focused) and "Verwijderen"; the notice
 * "<name> is verwijderd."; the worker's "Wijzigen" opens the dialog "<name> wijzigen".
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { today } from '../src/lib/calendar.ts';
import { newPage, screenshot } from './harness.ts';
import { choose, dialog, Shell } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { logInDemo as logIn, typedDate, withDemoServer } from './setup.ts';
import { walk } from './walk.ts';

const COACH = 'partner@demo.stuurboord.be';
const live = withDemoServer({ timeoutMs: 280_000 });

/**
 * Clicks the row's remove button (by its accessible name), checks that the confirmation names the
 * item and that "Annuleren" has the focus, confirms, and waits for the notice.
 */
async function remove(page: Page, button: Locator, name: string) {
  await button.click();
  const confirm = dialog(page);
  await confirm.getByRole('heading', { name: `${name} verwijderen` }).waitFor();
  await expect.poll(() => confirm.getByText(name, { exact: false }).first().isVisible()).toBe(true);
  await expect
    .poll(() => confirm.getByRole('button', { name: 'Annuleren' }).evaluate((b) => b === document.activeElement))
    .toBe(true);
  await confirm.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await confirm.waitFor({ state: 'hidden' });
  await page.getByText(`${name} is verwijderd.`).waitFor();
}

/** Opens a placed worker's page and removes the first row of their logged hours: one row less. */
async function removeFirstHours(page: Page, orgId: string, worker: string) {
  await page.goto(`/o/${orgId}/social-economy/workers`);
  await page.getByRole('link', { name: worker }).click();
  await new Shell(page).heading('Geplaatste medewerker');
  const hours = new TableReader(page, 'Gewerkte en begeleidingsuren');
  await expect.poll(async () => (await hours.rows()).length).toBeGreaterThan(0);
  const before = (await hours.rows()).length;
  const first = hours.table.getByRole('button', { name: /verwijderen$/ }).first();
  const label = (await first.getAttribute('aria-label'))!.replace(/ verwijderen$/, '');
  await remove(page, first, label);
  await expect.poll(async () => (await hours.rows()).length).toBe(before - 1);
}

describe('removing and changing in the newest modules', () => {
  it('the director removes an assessment, a project and a decision', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'remove-partnerships-failure', async () => {
      const orgId = await logIn(page);
      const shell = new Shell(page);

      // The citizens' initiative's assessment: its decisions stay, without the link.
      const citizens = 'Buurtkracht Oost (burgerinitiatief)';
      await page.goto(`/o/${orgId}/partnerships`);
      await shell.heading('Partnerschappen');
      const list = new TableReader(page, /Beoordelingen van partnerschappen/);
      await expect.poll(() => list.column('Partner')).toContain(citizens);
      // Cancelling removes nothing.
      await page.getByRole('button', { name: `${citizens} verwijderen` }).click();
      await dialog(page).getByRole('button', { name: 'Annuleren' }).click();
      await dialog(page).waitFor({ state: 'hidden' });
      await expect.poll(() => list.column('Partner')).toContain(citizens);
      await remove(page, page.getByRole('button', { name: `${citizens} verwijderen` }), citizens);
      await expect.poll(() => list.column('Partner')).toEqual(['Woonmaatschappij Zuiderkempen']);
      await screenshot(page, 'remove-assessment');

      // An innovation project.
      await page.goto(`/o/${orgId}/partnerships/projects`);
      await shell.heading('Innovatieprojecten');
      const projects = new TableReader(page, /Innovatieprojecten met financier/);
      await expect.poll(() => projects.column('Project')).toContain('Digitale dagplanning');
      await remove(
        page,
        page.getByRole('button', { name: 'Digitale dagplanning verwijderen' }),
        'Digitale dagplanning',
      );
      await expect.poll(() => projects.column('Project')).toEqual(['Zorgzame buurt Oost']);

      // The register: the directie's decision on the removed assessment lost its link; remove it.
      const decision = 'Ondersteunende rol voor Buurtkracht Oost';
      await page.goto(`/o/${orgId}/governance`);
      await shell.heading('Besluiten');
      const register = new TableReader(page, /Besluitenregister/);
      await expect
        .poll(async () => (await register.rows()).find((r) => r.includes(decision))?.includes('—'))
        .toBe(true);
      await remove(page, page.getByRole('button', { name: `${decision} verwijderen` }), decision);
      await expect.poll(async () => (await register.column('Besluit')).includes(decision)).toBe(false);
      await screenshot(page, 'remove-decision');

      // The audit log tells who removed what.
      await page.goto(`/o/${orgId}/audit`);
      await expect.poll(() => page.getByRole('main').innerText()).toMatch(/verwijderde een besluit/);
    });
  });

  it('the director removes a contact, an amendment, hours and a funding rule, and changes a worker', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'remove-social-economy-failure', async () => {
      const orgId = await logIn(page);
      const shell = new Shell(page);

      // A partner's contact.
      await page.goto(`/o/${orgId}/social-economy/partners`);
      await page.getByRole('link', { name: 'LDE De Brug' }).click();
      await shell.heading('Partnerorganisatie');
      const contacts = new TableReader(page, 'Contactpersonen van de partner');
      await expect.poll(() => contacts.column('Naam')).toEqual(['An Claes']);
      await remove(page, page.getByRole('button', { name: 'An Claes verwijderen' }), 'An Claes');
      await expect.poll(() => contacts.rows()).toEqual([]);

      // The agreement's amendment (the price indexation).
      await page.getByRole('link', { name: 'Maaltijdbedeling, animatie en was' }).click();
      await shell.heading('Samenwerkingsovereenkomst');
      const amendments = new TableReader(page, 'Gedateerde wijzigingen van de overeenkomst');
      await expect.poll(() => amendments.column('Omschrijving')).toEqual(['Indexering van de prijs']);
      const amendment = `van ${typedDate(`${today().slice(0, 4)}-01-01`)}`;
      await remove(page, page.getByRole('button', { name: `${amendment} verwijderen` }), amendment);
      await expect.poll(() => amendments.rows()).toEqual([]);

      // A worker's hours: one row less.
      await removeFirstHours(page, orgId, 'Nadia Vermeulen');

      // Change the worker: language level and the hours available; the page shows them.
      await page.getByRole('button', { name: 'Wijzigen' }).click();
      const edit = dialog(page);
      await edit.getByRole('heading', { name: 'Nadia Vermeulen wijzigen' }).waitFor();
      await expect.poll(() => edit.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe('Nadia Vermeulen');
      await choose(page, 'Taalniveau Nederlands', 'B1', edit);
      await edit.getByRole('textbox', { name: 'Beschikbaar (uur per week)' }).fill('24');
      await edit.getByRole('button', { name: 'Opslaan' }).click();
      await edit.waitFor({ state: 'hidden' });
      const facts = page.getByRole('main');
      await expect.poll(() => facts.innerText()).toMatch(/Taalniveau Nederlands\s+B1/);
      await expect.poll(() => facts.innerText()).toMatch(/Beschikbaar \(uur per week\)\s+24/);
      await screenshot(page, 'worker-edited');

      // A funding rule, added and removed again.
      await page.goto(`/o/${orgId}/social-economy`);
      await page.getByRole('button', { name: 'Regel toevoegen' }).click();
      const rule = dialog(page);
      const from = `${today().slice(0, 4)}-01-01`;
      const input = rule.getByRole('textbox', { name: 'Geldig vanaf', exact: true });
      await input.fill(typedDate(from));
      await input.press('Tab');
      await rule.getByRole('button', { name: 'Opslaan' }).click();
      await rule.waitFor({ state: 'hidden' });
      const rules = new TableReader(page, 'Financieringsregels met geldigheid');
      await expect.poll(() => rules.column('Geldig vanaf')).toEqual([typedDate(from)]);
      const ruleName = `vanaf ${typedDate(from)}`;
      await remove(page, page.getByRole('button', { name: `${ruleName} verwijderen` }), ruleName);
      await expect.poll(() => rules.rows()).toEqual([]);
      await screenshot(page, 'remove-funding-rule');
    });
  });

  it('the partner coach removes hours they logged but cannot change the worker', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'coach-remove-failure', async () => {
      const orgId = await logIn(page, COACH);
      await removeFirstHours(page, orgId, 'Samira El Amrani');
      await expect.poll(() => page.getByRole('button', { name: 'Wijzigen' }).count()).toBe(0);
    });
  });
});
