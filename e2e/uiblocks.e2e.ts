/**
 * The shared UI building blocks in the browser: login through the page object, a DataTable sorted
 * by clicking its headers (aria-sort), and a DateField in a browser set to American English that
 * still shows and takes dd/mm/jjjj and stores ISO dates.
 */
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/calendar.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, newPage, screenshot } from './harness.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { logIn, orgIdOf } from './pages/login.ts';
import { choose, dialog, Shell } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { withDemoServer } from './setup.ts';

const live = withDemoServer();

const dutchCollation = (a: string, b: string) => a.localeCompare(b, 'nl-BE', { sensitivity: 'base', numeric: true });
const dayMonthYear = (iso: string) => iso.split('-').reverse().join('/');

describe('UI building blocks in the browser', () => {
  it('logs in through the page object and sorts the members table by name and by date added', async () => {
    const page = await newPage(live.browser, live.server.url);
    await logIn(page);
    await new Shell(page).go('Gebruikers');
    const table = new TableReader(page, /^Gebruikers van /);
    await table.table.waitFor();
    await expect.poll(() => table.sortState('Naam')).toBe('none');

    await table.sortBy('Naam');
    await expect.poll(() => table.sortState('Naam')).toBe('ascending');
    const ascending = await table.column('Naam');
    expect(ascending.length).toBeGreaterThan(2);
    expect(ascending).toEqual([...ascending].sort(dutchCollation));

    await table.sortBy('Naam');
    await expect.poll(() => table.sortState('Naam')).toBe('descending');
    await expect.poll(() => table.column('Naam')).toEqual([...ascending].reverse());

    // Dates sort as dates, not as dd/mm/jjjj text; the other column is no longer sorted.
    await table.sortBy('Aangemaakt');
    await expect.poll(() => table.sortState('Naam')).toBe('none');
    const added = (await table.column('Aangemaakt')).map((d) => d.split('/').reverse().join('-'));
    expect(added).toEqual([...added].sort());
    await screenshot(page, 'uiblocks-members-sorted');
    await page.close();
  });

  it('a date typed and a date picked in the calendar show dd/mm/jjjj in an en-US browser and are stored as ISO', async () => {
    const page = await newPage(live.browser, live.server.url, { locale: 'en-US' });
    await logIn(page);
    const orgId = orgIdOf(page);
    const base = `${live.server.url}/api/orgs/${orgId}`;
    const created = await page.request.post(`${base}/clients`, { data: { name: 'Dina Datumtest', birthYear: 1990 } });
    expect(created.status()).toBe(200);
    const id = (await created.json()).id as string;
    await page.goto(`/o/${orgId}/clients/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Dina Datumtest' }).waitFor();

    const now = today();
    const madeAvailable = addDays(now, -40);
    const firstOfMonth = `${now.slice(0, 8)}01`;
    await choose(page, 'Budgetcategorie', '5');
    const available = new DateFieldDriver(page, 'Terbeschikkingstelling');
    await available.type(dayMonthYear(madeAvailable));
    await expect.poll(() => available.input.inputValue()).toBe(dayMonthYear(madeAvailable));

    const start = new DateFieldDriver(page, 'Startdatum');
    await start.input.click();
    // The calendar is Dutch, starts on Monday, and marks today (Brussels) as the current date.
    const todayName = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${now}T12:00:00Z`),
    );
    await expect
      .poll(() => page.getByRole('button', { name: todayName, exact: true }).getAttribute('aria-current'))
      .toBe('date');
    await expect
      .poll(async () => (await page.locator('[data-dates-dropdown] th').allTextContents()).join(' '))
      .toMatch(/^ma di wo do vr za zo$/);
    await screenshot(page, 'uiblocks-datefield-calendar');
    const firstName = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${firstOfMonth}T12:00:00Z`),
    );
    await page.getByRole('button', { name: firstName, exact: true }).click();
    await expect.poll(() => start.input.inputValue()).toBe(dayMonthYear(firstOfMonth));

    await page.getByRole('button', { name: 'Financiering toevoegen' }).click();
    await page
      .getByRole('table', { name: /Financiering van de cliënt/ })
      .getByRole('rowheader', { name: 'PVB' })
      .waitFor();
    const client = await (await page.request.get(`${base}/clients/${id}`)).json();
    expect(client.funding).toEqual([
      expect.objectContaining({ startDate: firstOfMonth, madeAvailableOn: madeAvailable }),
    ]);
    await page.close();
  });

  it('forms show their checks on the fields: the add-user dialog and the reset page', async () => {
    const page = await newPage(live.browser, live.server.url);
    await logIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
    await new Shell(page).go('Gebruikers');
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const form = dialog(page);
    await form.getByLabel('E-mailadres').fill('geen-adres');
    await form.getByLabel('Wachtwoord (optioneel)').fill('kort');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => form.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => form.textContent()).toContain('Dit veld is verplicht.');
    await expect.poll(() => form.textContent()).toContain('Geef een geldig e-mailadres.');
    await expect.poll(() => form.textContent()).toContain('Het wachtwoord moet minstens 10 tekens lang zijn.');
    // Typing in a field clears its message.
    await form.getByLabel('Naam').fill('Nora Nieuw');
    await expect.poll(() => form.getByLabel('Naam').getAttribute('aria-invalid')).not.toBe('true');
    await screenshot(page, 'uiblocks-add-member-errors');
    await page.close();

    const reset = await newPage(live.browser, live.server.url);
    await reset.goto('/reset?token=ongeldig');
    await reset.getByLabel('Nieuw wachtwoord', { exact: true }).fill('lang-genoeg-123');
    await reset.getByLabel('Herhaal nieuw wachtwoord').fill('iets-anders-123');
    await reset.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => reset.locator('main').textContent()).toContain('De wachtwoorden komen niet overeen.');
    await expect.poll(() => reset.title()).toMatch(/ · Stuurboord$/);
    await screenshot(reset, 'uiblocks-reset-mismatch');
    await reset.close();
  });
});
