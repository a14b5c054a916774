/**
 * The clients module as a director uses it, in headless Chromium against the real server with the
 * demo organisation: the offer is set up through the API, then in the browser: create a client
 * with a voucher PVB → an agreement that is too large is refused with the numbers → fix it →
 * register last week in the grid with the keyboard → see the consumption with a warning → issue
 * the statement, see its totals and download it as PDF and CSV.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, screenshot } from './harness.ts';
import { logIn } from './pages/login.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { choose } from './pages/shell.ts';
import { withDemoServer } from './setup.ts';
import { walk } from './walk.ts';
import { daysFromToday, today } from '../src/lib/calendar.ts';

const live = withDemoServer();

const daysAgo = (n: number) => daysFromToday(-n);

/** The offer through the API, as the director: one PVF function at 0.21 points a day, one group. */
async function setUpOffer(page: Page, orgId: string): Promise<void> {
  const base = `${live.server.url}/api/orgs/${orgId}`;
  const fn = await page.request.put(`${base}/offer/functions/dagondersteuning`, {
    data: {
      name: 'Dagondersteuning',
      unit: 'day',
      kind: 'pvf',
      prices: [{ validFrom: '2020-01-01', points: '0.2100' }],
    },
  });
  expect(fn.status()).toBe(200);
  const group = await page.request.post(`${base}/offer/groups`, { data: { name: 'E2E-groep', location: 'Gent' } });
  expect(group.status()).toBe(200);
}

describe('rules of DOMAIN.md §3 in the browser', () => {
  it('shows an old category converted, the dated fall-back to PG3 on the client and the waiting list, and the client’s income', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'clients-rules-failure', async () => {
      const orgId = (await logIn(page)).split('/')[2]!;
      const base = `${live.server.url}/api/orgs/${orgId}`;
      const created = await page.request.post(`${base}/clients`, {
        data: { name: 'Oskar Laatstarter', birthYear: 1980 },
      });
      const id = (await created.json()).id as string;
      for (const data of [
        { kind: 'pvb', oldCategory: 'III', form: 'cash', madeAvailableOn: '2024-10-31' },
        { kind: 'zorgbudget', startDate: '2020-01-01' },
      ])
        expect((await page.request.post(`${base}/clients/${id}/funding`, { data })).status()).toBe(200);
      await page.goto(`/o/${orgId}/clients/${id}`);
      await page.getByRole('heading', { level: 1, name: 'Oskar Laatstarter' }).waitFor();
      await page
        .getByRole('table', { name: /Financiering van de cliënt/ })
        .getByText('Categorie 4 (oude categorie III)')
        .waitFor();
      await page.getByRole('alert').filter({ hasText: 'sinds 01/03/2025 terug naar prioriteitengroep 3' }).waitFor();
      const income = page.getByRole('region', { name: /Inkomsten van de cliënt/ });
      await income.getByText(/3\.600,00/).waitFor(); // zorgbudget: 12 × € 300
      await screenshot(page, 'clients-start-rule-income');
      await page.goto(`/o/${orgId}/clients/waiting-list`);
      const starts = page.getByRole('table', { name: /nog niet gestart/ });
      const row = starts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Oskar Laatstarter' }) });
      await row.getByText('teruggevallen naar PG3 op 01/03/2025').waitFor();
      await page
        .getByRole('region', { name: 'PG3' })
        .getByText(/teruggevallen \(startregel\)/)
        .waitFor();
      await screenshot(page, 'clients-waiting-start-rule');
      // The forecast's months as a DataTable: sortable headers, a row per month.
      await page.goto(`/o/${orgId}/clients/forecast`);
      const months = page.getByRole('table', { name: /Inkomsten en VTE per maand/ });
      await expect
        .poll(() => months.getByRole('columnheader', { name: /Maand/ }).getAttribute('aria-sort'), { timeout: 20_000 })
        .toBe('none');
      await expect.poll(() => months.getByRole('rowheader').count()).toBeGreaterThan(1);
    });
  });
});

describe('waiting list in the browser', () => {
  it('adds a request with its dates typed as dd/mm/jjjj; a missing reference is shown on its field', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'clients-waiting-failure', async () => {
      const orgId = (await logIn(page)).split('/')[2]!;
      const fn = await page.request.put(`${live.server.url}/api/orgs/${orgId}/offer/functions/wachtbegeleiding`, {
        data: {
          name: 'Wachtbegeleiding',
          unit: 'hour',
          kind: 'pvf',
          prices: [{ validFrom: '2020-01-01', points: '0.0500' }],
        },
      });
      expect(fn.status()).toBe(200);
      await page.goto(`/o/${orgId}/clients/waiting-list`);
      await page.getByRole('button', { name: 'Aanvraag toevoegen' }).click();
      const dialog = page.getByRole('dialog');
      await new DateFieldDriver(page, 'Aangevraagd op', dialog).type('15/01/2025');
      await new DateFieldDriver(page, 'Beslist op', dialog).type('03/02/2025');
      await choose(page, 'Functie 1', 'Wachtbegeleiding', dialog);
      await dialog.getByLabel('Eenheden per week 1').fill('2');
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      const reference = dialog.getByLabel('Referentie');
      await expect.poll(() => reference.getAttribute('aria-invalid')).toBe('true');
      await dialog.getByText('Vul dit in.').waitFor();
      await reference.fill('WL-E2E-1');
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'WL-E2E-1' }) });
      await expect.poll(() => row.textContent()).toContain('15/01/2025');
      await expect.poll(() => row.textContent()).toContain('03/02/2025');
      await expect.poll(() => row.textContent()).toContain('Wachtbegeleiding: 2/week');
    });
  });
});

describe('clients in the browser', () => {
  it('creates a client with a voucher PVB, refuses a too large agreement, registers a week, shows consumption and issues the statement', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'clients-failure', async () => {
      await flow(page);
    });
  });
});

async function flow(page: Page) {
  const home = await logIn(page);
  const orgId = home.split('/')[2]!;
  await setUpOffer(page, orgId);
  const start = daysAgo(60);

  // 1. The navigation group leads to the client list; add a client.
  const group = page.getByRole('navigation').getByRole('button', { name: 'Cliënten' });
  await group.click();
  await expect.poll(() => group.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('navigation').getByRole('link', { name: 'Cliëntenlijst' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
  await page.getByRole('button', { name: 'Cliënt toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  // Without a name the form is not sent: the message stands on the field.
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect.poll(() => dialog.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true');
  await dialog.getByText('Vul dit in.').waitFor();
  await dialog.getByLabel('Naam').fill('Jana Testcliënt');
  await dialog.getByLabel('Geboortejaar').fill('1994');
  await dialog.getByLabel('Contactpersoon').fill('Mieke (zus)');
  await choose(page, 'B-waarde', 'B3', dialog);
  await choose(page, 'P-waarde', 'P2', dialog);
  await choose(page, 'Groep', 'E2E-groep', dialog);
  await dialog.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jana Testcliënt' }).waitFor();
  const clientPath = new URL(page.url()).pathname;

  // 2. A voucher PVB, category 5 (27,22 points a year), started 60 days ago: the start rule is fine.
  await choose(page, 'Budgetcategorie', '5');
  await page.getByLabel('Terbeschikkingstelling').fill(start);
  await page.getByLabel('Startdatum').fill(start);
  await page.getByRole('button', { name: 'Financiering toevoegen' }).click();
  await page
    .getByRole('table', { name: /Financiering van de cliënt/ })
    .getByRole('rowheader', { name: 'PVB' })
    .waitFor();
  await page.getByText(/op tijd gestart/).waitFor();

  // 3. Five days a week does not fit: refused with the arithmetic; the form keeps its values.
  await choose(page, 'Functie', 'Dagondersteuning');
  await page.getByLabel('Aantal').fill('5');
  await page.getByLabel('Begindatum').fill(start);
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'De afspraak past niet in het budget' });
  await refused.waitFor();
  await expect.poll(() => refused.textContent()).toMatch(/Te veel: \d+,\d{4} punten/);
  await expect.poll(() => refused.textContent()).toMatch(/Beschikbaar: \d+,\d{4} punten/);
  await expect.poll(() => page.getByLabel('Aantal').inputValue()).toBe('5');
  await screenshot(page, 'clients-agreement-refused');

  // 4. Two days a week fits.
  await page.getByLabel('Aantal').fill('2');
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const agreements = page.getByRole('table', { name: /Afspraken met de vastgelegde punten/ });
  await agreements.getByRole('rowheader', { name: 'Dagondersteuning' }).waitFor();
  await expect.poll(() => agreements.textContent()).toContain('2 per week');
  // A DataTable: its headers sort (aria-sort), the remove button is a cell of the row.
  await expect
    .poll(() => agreements.getByRole('columnheader', { name: /Functie/ }).getAttribute('aria-sort'))
    .toBe('none');
  await agreements.getByRole('button', { name: 'Afspraak Dagondersteuning verwijderen' }).waitFor();
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'De afspraak past niet' }).count()).toBe(0);

  // 5. Register last week with the keyboard: type, arrow right, five days.
  await page.getByRole('navigation').getByRole('link', { name: 'Registratie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Registratie' }).waitFor();
  await page.getByRole('button', { name: 'Vorige week' }).click();
  await choose(page, 'Groep', 'E2E-groep');
  const first = page.getByRole('textbox', { name: /^Jana Testcliënt, Dagondersteuning, maandag/ });
  await first.waitFor();
  await expect.poll(() => first.getAttribute('placeholder')).toBe('1'); // planned: two days a week, Monday and Tuesday
  await first.click();
  for (let day = 0; day < 5; day++) {
    await page.keyboard.type('1');
    await page.keyboard.press('ArrowRight');
  }
  await page.getByText('5 wijziging(en) niet opgeslagen').waitFor();
  await screenshot(page, 'clients-grid');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Opgeslagen: 5 registratie(s), 0 verwijderd.').waitFor();
  const monday = await first.getAttribute('aria-label');
  const lastMonday = daysFromToday(-(((new Date(`${today()}T12:00:00Z`).getUTCDay() + 6) % 7) + 7));

  // 6. Consumption: 5 × 0,21 = 1,0500 points delivered; far below the agreement: under-use.
  await page.getByRole('navigation').getByRole('link', { name: 'Budgetverbruik' }).click();
  await page.getByRole('heading', { level: 1, name: 'Budgetverbruik' }).waitFor();
  await page.getByLabel('Zoeken op naam').fill('Jana');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jana Testcliënt' }) });
  await row.waitFor();
  await expect.poll(() => row.textContent()).toContain('1,0500');
  if (lastMonday.slice(0, 4) === daysAgo(0).slice(0, 4) && Number(daysAgo(0).slice(5, 7)) >= 3) {
    await expect.poll(() => row.textContent()).toMatch(/Onderbenut \(\d+ %\)/);
  }
  await screenshot(page, 'clients-consumption');

  // 7. The statement of last week's month: issue it (then immutable) and see its totals.
  await page.getByRole('navigation').getByRole('link', { name: 'Afrekeningen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Afrekeningen' }).waitFor();
  await page.getByLabel('Maand', { exact: true }).fill(lastMonday.slice(0, 7));
  const lines = page.getByRole('table', { name: /per cliënt en functie/ });
  await lines
    .getByRole('rowheader', { name: /Jana Testcliënt/ })
    .first()
    .waitFor();
  // The price per unit that applied: the one agreed in Jana's IDO (the offer's 0,21 as its default).
  await lines
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Jana Testcliënt/ }) })
    .getByRole('cell', { name: '0,2100 (IDO)' })
    .first()
    .waitFor();
  await page.getByRole('button', { name: 'Afrekening opmaken' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Opmaken' }).click();
  await page.getByText('Opgemaakt', { exact: true }).waitFor();
  const totals = page.getByRole('table', { name: /Totalen van .* per financieringsvorm/ });
  const voucher = totals.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Voucher' }) });
  await expect.poll(() => voucher.textContent()).toMatch(/\d,\d{4}/);
  await expect
    .poll(() => totals.getByRole('row').filter({ hasText: 'Totaal van de afrekening' }).textContent())
    .toMatch(/€\s[\d.]+,\d{2}/);
  await expect.poll(() => page.getByRole('button', { name: 'Afrekening opmaken' }).count()).toBe(0);
  // 8. Download the issued statement as PDF and CSV through its links.
  for (const [format, type] of [
    ['PDF', 'application/pdf'],
    ['CSV', 'text/csv'],
  ] as const) {
    const link = page.getByRole('link', { name: `${format} van de afrekening ${lastMonday.slice(0, 7)}` });
    await expect
      .poll(() => link.getAttribute('href'))
      .toMatch(new RegExp(`/statements/[0-9a-f-]{36}/${format.toLowerCase()}$`));
    const href = await link.getAttribute('href');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`afrekening-${lastMonday.slice(0, 7)}.${format.toLowerCase()}`);
    const response = await page.request.get(`${live.server.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    const body = await response.body();
    if (format === 'PDF') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    else expect(body.toString('utf8')).toContain('Jana Testcliënt');
  }
  await screenshot(page, 'clients-statement');
  expect(monday).toBeTruthy();
  expect(clientPath).toContain('/clients/');
}
