/**
 * The finance module as a director uses it, in headless Chromium against the real server with the
 * demo organisation: upload a ledger CSV with a bad line → see the line-numbered error → upload the
 * fixed file → import → build a small cost model → see the cost price and the Sankey chart →
 * download the PDF report through its export link.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { makeTempDir, newPage, screenshot } from './harness.ts';
import { walk } from './walk.ts';
import { logIn } from './pages/login.ts';
import { choose, dialog } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { withDemoServer } from './setup.ts';
import { thisYear } from '../src/lib/calendar.ts';

// The demo has ledgers for the two years before the current one; the year before those is free.
const YEAR = String(thisYear() - 3);

const live = withDemoServer();

/** Euros as an accountant's CSV writes them: `12.345,67`. */
function be(cents: number): string {
  const euros = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${euros},${String(cents % 100).padStart(2, '0')}`;
}

/**
 * A small balanced ledger (`;`, Dutch headers, decimal comma): every cost and revenue line has its
 * counter-entry on the bank account. `badLine` (a file line number, the header is line 1) gets a
 * debit that is not an amount.
 */
function ledgerCsv(badLine?: number): string {
  const entries: [string, string, number][] = [
    ['610000', 'Huur gebouw', 2_400_000],
    ['612000', 'Energie', 640_050],
    ['620000', 'Lonen begeleiding', 31_250_075],
    ['620000', 'Lonen administratie', 6_120_000],
    ['621000', 'RSZ werkgever', 9_875_025],
    ['612000', 'Water', 95_000],
    ['700000', 'Dagprijzen', -4_500_000],
    ['733000', 'Subsidie VAPH', -38_000_000],
    ['705000', 'Maaltijden', -1_210_050],
    ['610000', 'Huur garage', 180_000],
  ];
  const rows = ['Datum;Rekening;Omschrijving;Debet;Credit'];
  entries.forEach(([account, description, cents], i) => {
    const date = `${String(10 + i).padStart(2, '0')}/0${(i % 9) + 1}/${YEAR}`;
    const amount = be(Math.abs(cents));
    if (cents > 0) {
      rows.push(`${date};${account};${description};${amount};`);
      rows.push(`${date};550000;Bank – ${description};;${amount}`);
    } else {
      rows.push(`${date};${account};${description};;${amount}`);
      rows.push(`${date};550000;Bank – ${description};${amount};`);
    }
  });
  if (badLine) {
    const cells = rows[badLine - 1]!.split(';');
    cells[3] = '12,3x';
    cells[4] = '';
    rows[badLine - 1] = cells.join(';');
  }
  return `${rows.join('\r\n')}\r\n`;
}

describe('finance in the browser', () => {
  it('imports a ledger after fixing a bad line, builds a model, shows the cost price and exports the PDF', async () => {
    const dir = makeTempDir('finance-files-');
    const badFile = join(dir, `grootboek-${YEAR}-fout.csv`);
    const goodFile = join(dir, `grootboek-${YEAR}.csv`);
    writeFileSync(badFile, ledgerCsv(7));
    writeFileSync(goodFile, ledgerCsv());

    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'finance-failure', async () => {
      await flow(page, badFile, goodFile);
    });
  });

  it('adds an account through its checked dialog and sorts the chart of accounts by a column header', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'finance-accounts-failure', async () => {
      const home = await logIn(page);
      await page.goto(`${home}/finance/accounts`);
      await page.getByRole('heading', { level: 1, name: 'Rekeningschema' }).waitFor();
      await page.getByRole('button', { name: 'Rekening toevoegen' }).click();
      const form = dialog(page);
      await form.getByRole('textbox', { name: 'Rekening', exact: true }).fill('61A');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      // Checked in the browser: both fields name their problem and nothing is sent.
      await form.getByText('Een rekeningnummer bestaat uit 1 tot 10 cijfers.').waitFor();
      await form.getByText('Dit veld is verplicht.').waitFor();
      await form.getByRole('textbox', { name: 'Rekening', exact: true }).fill('6129');
      await form.getByRole('textbox', { name: 'Naam', exact: true }).fill('Onderhoud e2e');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => dialog(page).count()).toBe(0);

      await page.getByRole('textbox', { name: 'Zoeken op nummer of naam' }).fill('612');
      const chart = new TableReader(page, /rekeningen$/);
      await chart.table.getByRole('row').filter({ hasText: 'Onderhoud e2e' }).waitFor();
      await chart.sortBy('Naam');
      await expect.poll(() => chart.sortState('Naam')).toBe('ascending');
      const ascending = await chart.column('Naam');
      expect(ascending).toContain('Onderhoud e2e');
      await chart.sortBy('Naam');
      await expect.poll(() => chart.sortState('Naam')).toBe('descending');
      expect(await chart.column('Naam')).toEqual([...ascending].reverse());
      // A header is matched exactly: "Rekening" is not "Soort rekening".
      await chart.sortBy('Rekening');
      await expect.poll(() => chart.sortState('Rekening')).toBe('ascending');
      expect(await chart.sortState('Soort rekening')).toBe('none');
      const codes = await chart.column('Rekening');
      expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)));
    });
  });

  it('checks a scenario in the browser and shows the server refusal on the cost line it names', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'finance-simulator-failure', async () => {
      const home = await logIn(page);
      const posted: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/finance/scenarios')) posted.push(request.url());
      });
      await page.goto(`${home}/finance/simulator`);
      await page.getByRole('heading', { level: 1, name: 'Schaalsimulator' }).waitFor();
      await page.getByRole('button', { name: 'Nieuw scenario' }).click();
      const name = page.getByRole('textbox', { name: 'Naam', exact: true });
      await expect.poll(() => name.inputValue()).toBe('');
      await page.getByRole('button', { name: 'Kostenlijn toevoegen' }).click();
      await page.getByRole('button', { name: 'Scenario opslaan' }).click();
      // Checked in the browser: the name field says what is wrong and nothing is sent.
      await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
      await page.getByText('Dit veld is verplicht.').waitFor();
      expect(posted).toEqual([]);

      // The cost line's empty name is refused by the server: its message lands on that line's field.
      await name.fill('Scenario e2e');
      await expect.poll(() => name.getAttribute('aria-invalid')).toBe(null);
      await page.getByRole('button', { name: 'Scenario opslaan' }).click();
      const line = page.getByRole('textbox', { name: 'Naam van kostenlijn 1' });
      await expect.poll(() => line.getAttribute('aria-invalid')).toBe('true');
      expect(posted).toHaveLength(1);
      await line.fill('Huur');
      await page.getByRole('textbox', { name: 'Bedrag van kostenlijn 1' }).fill('1000');
      await page.getByRole('button', { name: 'Scenario opslaan' }).click();
      await page.getByText('Scenario Scenario e2e is opgeslagen.').waitFor();
      await screenshot(page, 'finance-simulator');
    });
  });

  it('shows a hostile cost-centre name in the Sankey tooltip as literal text, never as markup', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'finance-sankey-hostile-failure', async () => {
      const home = await logIn(page);
      const orgId = home.split('/')[2]!;
      const year = thisYear() - 1; // the demo has a ledger and a cost model for it
      const url = `/api/orgs/${orgId}/finance/model?year=${year}`;
      const model = await (await page.request.get(url)).json();
      const hostile = '<img src=x onerror=alert(1)><b>X</b>';
      const adm = model.centres.find((c: { code: string }) => c.code === 'ADM');
      adm.name = hostile;
      expect((await page.request.put(url, { data: model })).status()).toBe(200);

      await page.goto(`${home}/finance/costprice?year=${year}&method=stepdown`);
      const sankey = page.getByRole('img', { name: /Sankeydiagram/ });
      await sankey.waitFor();
      const node = sankey.locator('svg text').filter({ hasText: hostile });
      await expect.poll(() => node.count()).toBeGreaterThan(0);
      await node.first().hover();
      const tooltip = sankey.locator('div').filter({ hasText: 'onerror' }).last();
      await tooltip.waitFor();
      await expect.poll(() => tooltip.textContent()).toContain(hostile);
      await expect.poll(() => tooltip.locator('img, b').count()).toBe(0);
      await expect.poll(() => page.locator('img[src="x"]').count()).toBe(0);
      await screenshot(page, 'finance-sankey-hostile-name');
    });
  });
});

async function flow(page: Page, badFile: string, goodFile: string) {
  const home = await logIn(page);

  // The navigation group (a button that opens it) leads to the ledger page.
  const group = page.getByRole('navigation').getByRole('button', { name: 'Financiën' });
  await expect.poll(() => group.getAttribute('aria-expanded')).toBe('false');
  await group.click();
  await expect.poll(() => group.getAttribute('aria-expanded')).toBe('true');
  await page.getByRole('navigation').getByRole('link', { name: 'Grootboek' }).click();
  await page.getByRole('heading', { level: 1, name: 'Grootboek' }).waitFor();
  await expect.poll(() => page.title()).toMatch(/^Grootboek – /);

  // 1. The file with a bad debit on line 7: the error names the line and the column.
  await choose(page, 'Boekjaar', YEAR);
  await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles(badFile);
  await page.getByRole('button', { name: 'Controleren' }).click();
  const errors = page.getByRole('table', { name: /Fouten per regel/ });
  await errors.waitFor();
  const errorRow = errors.getByRole('row').filter({ has: page.getByRole('cell', { name: '7', exact: true }) });
  await expect.poll(() => errorRow.count()).toBe(1);
  await expect.poll(() => errorRow.textContent()).toContain('Debet');
  await expect.poll(async () => (await errorRow.getByRole('cell').nth(2).textContent())?.trim()).toBeTruthy(); // the reason
  await expect.poll(() => page.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
  await screenshot(page, 'finance-ledger-error');

  // 2. The fixed file: no errors, balanced, import.
  await page.getByLabel('Bestand (CSV of XLSX)').setInputFiles(goodFile);
  await page.getByRole('button', { name: 'Controleren' }).click();
  const importButton = page.getByRole('button', { name: 'Importeren' });
  await importButton.waitFor();
  await expect.poll(() => importButton.isEnabled()).toBe(true);
  await expect.poll(() => page.getByRole('table', { name: /Fouten per regel/ }).count()).toBe(0);
  await expect.poll(() => page.getByText('Debet en credit zijn niet in evenwicht').count()).toBe(0);
  await importButton.click();
  await page.getByText(`Grootboek ${YEAR} ingelezen: 20 regels.`).waitFor();
  const imports = page.getByRole('table', { name: /Alle ingelezen grootboeken/ });
  await imports
    .getByRole('row')
    .filter({ hasText: `grootboek-${YEAR}.csv` })
    .waitFor();
  await screenshot(page, 'finance-ledger-imported');

  // 3. A small cost model: two services, administration allocated by FTE, accounts assigned.
  await page.goto(`${home}/finance/model?year=${YEAR}`);
  await page.getByRole('heading', { level: 1, name: 'Kostenmodel' }).waitFor();
  const centres: [string, string, string | null, string][] = [
    ['DAG', 'Dagcentrum', '1000', '150'],
    ['WON', 'Wonen', '800', '120'],
    ['ADM', 'Administratie', null, ''],
  ];
  for (const [i, [code, name, volume, price]] of centres.entries()) {
    await page.getByRole('button', { name: 'Kostenplaats toevoegen' }).click();
    await page.getByLabel(`Code van kostenplaats ${i + 1}`).fill(code);
    await page.getByLabel(`Naam van kostenplaats ${i + 1}`).fill(name);
    if (volume) {
      await page.getByLabel(`Volume van ${name}`).fill(volume);
      await page.getByLabel(`Prijs per eenheid van ${name}`).fill(price);
    } else {
      await choose(page, `Soort van ${name}`, 'Hulp');
    }
  }
  await choose(page, 'Eenheid van Wonen', 'nacht');
  await page.getByRole('button', { name: 'Verdeelsleutel toevoegen' }).click();
  await page.getByLabel('Code van sleutel 1').fill('VTE');
  await page.getByLabel('Naam van sleutel 1').fill('Voltijdse equivalenten');
  await page.getByLabel('Voltijdse equivalenten voor Dagcentrum').fill('6');
  await page.getByLabel('Voltijdse equivalenten voor Wonen').fill('2');
  await choose(page, 'Verdeelsleutel van Administratie', 'VTE – Voltijdse equivalenten');
  const assignments: [string, string][] = [
    ['61', 'ADM – Administratie'],
    ['620', 'DAG – Dagcentrum'],
    ['621', 'WON – Wonen'],
  ];
  for (const [i, [account, centre]] of assignments.entries()) {
    await page.getByRole('button', { name: 'Toewijzing toevoegen' }).click();
    await page.getByLabel(`Rekening van toewijzing ${i + 1}`).fill(account);
    await choose(page, `Kostenplaats van toewijzing ${i + 1}`, centre);
  }
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText(`Het kostenmodel ${YEAR} is opgeslagen.`).waitFor();
  await screenshot(page, 'finance-model');

  // 4. The cost price: the services table, the Sankey chart and the flows table behind it.
  await page.getByRole('navigation').getByRole('link', { name: 'Kostprijs' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kostprijs' }).waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(YEAR);
  const services = page.getByRole('table', { name: `Kostprijs per dienst, boekjaar ${YEAR}` });
  await services.getByRole('rowheader', { name: 'Dagcentrum' }).waitFor();
  await services.getByRole('rowheader', { name: 'Wonen' }).waitFor();
  // Sortable by price per unit (not "Kostprijs per eenheid"); the organisation's totals row stays below.
  const servicesTable = new TableReader(page, `Kostprijs per dienst, boekjaar ${YEAR}`);
  await servicesTable.sortBy('Prijs per eenheid');
  await expect.poll(() => servicesTable.sortState('Prijs per eenheid')).toBe('ascending');
  expect(await servicesTable.sortState('Kostprijs per eenheid')).toBe('none');
  await expect.poll(() => servicesTable.column('Dienst')).toEqual(['Wonen', 'Dagcentrum']);
  await servicesTable.sortBy('Prijs per eenheid');
  await expect.poll(() => servicesTable.column('Dienst')).toEqual(['Dagcentrum', 'Wonen']);
  const [totals] = await servicesTable.footer();
  expect(totals?.[0]).toBe('Hele organisatie');
  expect(totals?.join(' ')).toMatch(/€\s[\d.]+,\d\d/);
  const sankey = page.getByRole('img', { name: /Sankeydiagram/ });
  await sankey.waitFor();
  await expect.poll(() => sankey.locator('svg path').count()).toBeGreaterThan(2);
  const flows = page.getByRole('table', { name: /Verdeelstromen/ });
  const adm = flows.getByRole('row').filter({ hasText: 'Administratie' }).filter({ hasText: 'Dagcentrum' });
  await adm.waitFor();
  // Administration (rent, energy, water: 33.150,50 €) goes 6:2 to the day centre: 24.862,88 €.
  await expect.poll(() => adm.textContent()).toMatch(/€\s24\.862,88/); // Intl puts a no-break space after €
  await screenshot(page, 'finance-costprice');

  // 5. The PDF export link answers a non-empty PDF.
  await expect
    .poll(() => page.getByRole('link', { name: 'PDF' }).getAttribute('href'))
    .toContain(`costprice.pdf?year=${YEAR}&method=stepdown`);
  const href = await page.getByRole('link', { name: 'PDF' }).getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  const body = await pdf.body();
  expect(body.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(body.length).toBeGreaterThan(1000);
}
