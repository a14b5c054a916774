/**
 * The clients module's editing dialogs as a person walks them, in headless Chromium: a support
 * function with its price periods (FunctionDialog: add, remove a period row, save, open again to
 * change it) and a new period of a rule table (RuleDialog: the missing start date shown on its
 * field, then saved). Each test checks what the page shows after the dialog closes.
 */
import { describe, expect, it } from 'vitest';
import { newPage } from './harness.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { dialog } from './pages/shell.ts';
import { logInDemo, withDemoServer } from './setup.ts';
import { logInAdmin, walk } from './walk.ts';

const live = withDemoServer();

describe('clients dialogs in the browser', () => {
  it('adds a support function with a price period, then changes it in the same dialog filled again', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'clients-function-dialog-failure', async () => {
      const orgId = await logInDemo(page);
      await page.goto(`/o/${orgId}/clients/offer`);
      await page.getByRole('button', { name: 'Functie toevoegen' }).click();
      const form = dialog(page);
      await form.getByLabel('Code').fill('E2E_NACHT');
      await form.getByLabel('Naam', { exact: true }).fill('Nachtondersteuning E2E');
      await new DateFieldDriver(page, 'Geldig vanaf (periode 1)', form).type('01/01/2025');
      await form.getByLabel('Punten (periode 1)').fill('0,3000');
      // A second period row comes and goes; the only one left cannot be removed.
      await form.getByRole('button', { name: 'Prijsperiode toevoegen' }).click();
      await form.getByLabel('Punten (periode 2)').waitFor();
      await form.getByRole('button', { name: 'Periode 2 verwijderen' }).click();
      await expect.poll(() => form.getByLabel('Punten (periode 2)').count()).toBe(0);
      await expect.poll(() => form.getByRole('button', { name: 'Periode 1 verwijderen' }).isDisabled()).toBe(true);
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      const table = page.getByRole('table', { name: /Ondersteuningsfuncties met hun prijs/ });
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Nachtondersteuning E2E' }) });
      await expect.poll(() => row.textContent()).toContain('01/01/2025 – …: 0,3');

      await page.getByRole('button', { name: 'Nachtondersteuning E2E wijzigen' }).click();
      const edit = dialog(page);
      await edit.getByRole('heading', { name: 'Nachtondersteuning E2E wijzigen' }).waitFor();
      // Filled again from the saved function; the code (lower-cased when typed) cannot change.
      await expect.poll(() => edit.getByLabel('Code').inputValue()).toBe('e2e_nacht');
      await expect.poll(() => edit.getByLabel('Code').isDisabled()).toBe(true);
      await expect.poll(() => edit.getByLabel('Geldig vanaf (periode 1)').inputValue()).toBe('01/01/2025');
      await edit.getByLabel('Naam', { exact: true }).fill('Nachtondersteuning E2E bis');
      await edit.getByRole('button', { name: 'Opslaan' }).click();
      await table.getByRole('rowheader', { name: 'Nachtondersteuning E2E bis' }).waitFor();
      await expect
        .poll(() => table.getByRole('rowheader', { name: 'Nachtondersteuning E2E', exact: true }).count())
        .toBe(0);
    });
  });

  it('adds a period to a rule table: a missing start date is shown on its field, the saved period is listed', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'clients-rule-dialog-failure', async () => {
      const orgId = await logInAdmin(page, live.server.url);
      await page.goto(`/o/${orgId}/clients/rules`);
      await page.getByRole('button', { name: 'Periode toevoegen aan Waarde van een punt' }).click();
      const form = dialog(page);
      await form.getByRole('heading', { name: 'Nieuwe periode voor Waarde van een punt' }).waitFor();
      // The new period starts from the last one's figures.
      await expect.poll(() => form.getByLabel('Euro per punt').inputValue()).toBe('980');
      await form.getByLabel('Euro per punt').fill('1012,34');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const from = form.getByLabel('Geldig vanaf', { exact: true });
      await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true');
      await form.getByText('Vul dit in.').waitFor();
      await new DateFieldDriver(page, 'Geldig vanaf', form).type('01/01/2031');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      const period = page.getByRole('region', { name: 'Waarde van een punt: 01/01/2031 – onbepaald' });
      await expect.poll(() => period.textContent()).toContain('1.012,34');
    });
  });
});
