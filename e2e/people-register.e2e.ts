/**
 * The people register in the browser, against the real server with the demo organisation: the director
 * opens "Mensen" → "Loonimport", checks a payroll export of 2006 (a year without demo data) whose
 * employee number column has a provider's own name ("Wn-code": mapped in the mapping step) and a bad
 * line (line 6, "Statuut"): the error names line and column and nothing can be imported; the fixed file
 * imports, the two people are on "Personeel" with their contract, and the sociale balans of 2006 counts
 * them by contract type at the closing date (112 and 113) in the page and in its PDF.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../src/lib/exports/testing.ts';
import { makeTempDir, newPage, screenshot } from './harness.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { choose, dialog } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';

const live = withDemoServer();
const BEGELEIDER = 'begeleider@demo.stuurboord.be';

const HEADER =
  'Wn-code;Naam;Voornaam;Geslacht;Geboortejaar;Opleiding;Periode;Datum in dienst;Datum uit dienst;Soort contract;Statuut;Functie;Uren per week;Voltijdse uren;Prestaties;Loonkost;Voordelen;Reden uit dienst';

/**
 * Two people all through 2006: a full-time woman (bediende) on a contract for clearly defined work and a
 * half-time man (arbeider) on a replacement contract. The demo's staff of 2006 all have indefinite
 * contracts, so codes 112 and 113 of the sociale balans count exactly these two.
 */
function payrollCsv(): string {
  const lines = [HEADER];
  for (let m = 1; m <= 12; m++) {
    const month = `${String(m).padStart(2, '0')}/2006`;
    lines.push(
      `E9001;Verlinden;Lien;V;1980;master;${month};01/01/2006;;duidelijk omschreven werk;bediende;Teamcoach;38;38;152;4.000,00;0;`,
      `E9002;Wouters;Tom;M;1990;secundair;${month};01/01/2006;;vervanging;arbeider;Onderhoud;19;38;76;2.000,00;0;`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('people register: payroll import → sociale balans', () => {
  it('refuses a bad line naming line and column, imports the fixed file, and the sociale balans and its PDF count the people', async () => {
    const dir = makeTempDir('stuurboord-payroll-');
    const good = payrollCsv();
    const lines = good.split('\n');
    lines[5] = lines[5]!.replace(';bediende;', ';stagiair;');
    const badFile = join(dir, 'lonen-fout.csv');
    const goodFile = join(dir, 'lonen.csv');
    writeFileSync(badFile, lines.join('\n'));
    writeFileSync(goodFile, good);

    const page = await newPage(live.browser, live.server.url);
    const orgId = await logIn(page);
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: 'Mensen' }).click();
    await nav.getByRole('link', { name: 'Loonimport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loonimport' }).waitFor();

    // 1. The bad file: "Wn-code" is unknown until mapped; then the error names line 6 and "Statuut".
    await page.getByLabel('Loonexport').setInputFiles(badFile);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await choose(page, 'Kolom „Wn-code”', 'Personeelsnummer');
    const errors = new TableReader(page, 'Fouten per lijn en kolom');
    await expect.poll(async () => (await errors.rows()).map((r) => r.slice(0, 2))).toEqual([['6', 'Statuut']]);
    const importButton = page.getByRole('button', { name: 'Importeren' });
    await expect.poll(() => importButton.isDisabled()).toBe(true);
    await screenshot(page, 'people-payroll-error');

    // 2. The fixed file (the mapping is asked again: a new file starts afresh) imports.
    await page.getByLabel('Loonexport').setInputFiles(goodFile);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await choose(page, 'Kolom „Wn-code”', 'Personeelsnummer');
    await expect.poll(() => page.getByRole('table', { name: 'Fouten per lijn en kolom' }).count()).toBe(0);
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    await page.getByText('24 rijen geïmporteerd: 2 nieuwe werknemers, 24 nieuwe loonmaanden.').waitFor();
    await screenshot(page, 'people-payroll-imported');

    // 3. The two people are on the staff list; her page shows the contract.
    await nav.getByRole('link', { name: 'Personeel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personeel' }).waitFor();
    await page.getByRole('link', { name: 'Verlinden Lien' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lien Verlinden' }).waitFor();
    const contracts = new TableReader(page, 'Contracten van Lien Verlinden in de tijd');
    await expect
      .poll(async () => (await contracts.rows()).map((r) => r.slice(0, 4)))
      .toEqual([['01/01/2006', 'lopend', 'Duidelijk omschreven werk', 'Bediende']]);
    await screenshot(page, 'people-employee');

    // 4. The sociale balans of 2006: at the closing date one woman full-time on clearly defined work (112),
    //    one man half-time replacing someone (113), in the form's columns 1. full-time, 2. part-time and
    //    3. total in FTE; the same figures in the PDF.
    await nav.getByRole('link', { name: 'Sociale balans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale balans' }).waitFor();
    await page.goto(`${live.server.url}/o/${orgId}/people/sociale-balans?year=2006`);
    const closing = new TableReader(
      page,
      'I.A Werknemers ingeschreven in het personeelsregister — op de afsluitingsdatum van het boekjaar',
    );
    const byCode = async (code: string) => (await closing.rows()).find((r) => r[0] === code)?.slice(2);
    await expect.poll(() => byCode('112')).toEqual(['1', '0', '1']);
    expect(await byCode('113')).toEqual(['0', '1', '0,5']);
    await screenshot(page, 'people-register-balans');

    const link = page.getByRole('link', { name: 'Downloaden als PDF' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('sociale-balans-2006.pdf');
    const response = await page.request.get(`${live.server.url}${await link.getAttribute('href')}`);
    expect(response.status()).toBe(200);
    const text = pdfText(await response.body());
    const pdfLine = (code: string) =>
      text
        .split('\n')
        .find((line) => line.startsWith(`${code} `))
        ?.trim()
        .split(/\s{2,}/);
    expect(pdfLine('112')).toEqual(['112', 'Overeenkomst voor een duidelijk omschreven werk', '1', '0', '1']);
    expect(pdfLine('113')).toEqual(['113', 'Vervangingsovereenkomst', '0', '1', '0,5']);
  });

  it('keeps an employee by hand: add, contracts over time, absence, training, export, erase; volunteers', async () => {
    const page = await newPage(live.browser, live.server.url);
    const orgId = await logIn(page);
    await page.goto(`${live.server.url}/o/${orgId}/people/employees`);
    await page.getByRole('heading', { level: 1, name: 'Personeel' }).waitFor();

    // 1. Add an employee.
    await page.getByRole('button', { name: 'Werknemer toevoegen' }).click();
    const form = dialog(page);
    await form.getByLabel('Voornaam').fill('Sara');
    await form.getByLabel('Familienaam').fill('Testers');
    await choose(page, 'Geslacht', 'Vrouw', form);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('link', { name: 'Testers Sara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sara Testers' }).waitFor();

    // 2. A half-time fixed-term contract, a dated change to full-time indefinite, its end with a reason.
    const contracts = new TableReader(page, 'Contracten van Sara Testers in de tijd');
    await page.getByRole('button', { name: 'Contract toevoegen' }).click();
    await new DateFieldDriver(page, 'Begin', dialog(page)).type('01/01/2024');
    await choose(page, 'Contract', 'Bepaalde duur', dialog(page));
    await dialog(page).getByLabel('Uren per week').fill('19');
    await dialog(page).getByLabel('Functie').fill('Begeleider');
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(async () => (await contracts.rows()).map((r) => r.slice(0, 7)))
      .toEqual([['01/01/2024', 'lopend', 'Bepaalde duur', 'Bediende', 'Begeleider', '19', '0,5']]);
    await page.getByRole('button', { name: 'Gedateerde wijziging' }).click();
    await new DateFieldDriver(page, 'Vanaf', dialog(page)).type('01/07/2024');
    await choose(page, 'Contract', 'Onbepaalde duur', dialog(page));
    await dialog(page).getByLabel('Uren per week').fill('38');
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(async () => (await contracts.rows()).map((r) => r.slice(0, 7)))
      .toEqual([
        ['01/01/2024', '30/06/2024', 'Bepaalde duur', 'Bediende', 'Begeleider', '19', '0,5'],
        ['01/07/2024', 'lopend', 'Onbepaalde duur', 'Bediende', 'Begeleider', '38', '1'],
      ]);
    await page.getByRole('button', { name: 'Contract vanaf 01/07/2024 beëindigen' }).click();
    await new DateFieldDriver(page, 'Einde', dialog(page)).type('31/12/2025');
    await choose(page, 'Reden van vertrek', 'Pensioen', dialog(page));
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(async () => (await contracts.rows())[1]?.filter((_, i) => [0, 1, 8].includes(i)))
      .toEqual(['01/07/2024', '31/12/2025', 'Pensioen']);

    // 3. An absence added and removed; a training added.
    await page.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
    await new DateFieldDriver(page, 'Begin', dialog(page)).type('03/02/2025');
    await new DateFieldDriver(page, 'Einde', dialog(page)).type('05/02/2025');
    await dialog(page).getByLabel('Uren').fill('22,8');
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    const absences = new TableReader(page, 'Afwezigheden van Sara Testers');
    await expect
      .poll(async () => (await absences.rows()).map((r) => r.slice(0, 4)))
      .toEqual([['03/02/2025', '05/02/2025', 'Ziekte', '22,8']]);
    await page.getByRole('button', { name: 'Afwezigheid vanaf 03/02/2025 verwijderen' }).click();
    await page.getByText('Geen afwezigheden.').waitFor();
    await page.getByRole('button', { name: 'Opleiding toevoegen' }).click();
    await dialog(page).getByLabel('Titel').fill('EHBO');
    await new DateFieldDriver(page, 'Datum', dialog(page)).type('10/03/2025');
    await dialog(page).getByLabel('Uren').fill('8');
    await dialog(page).getByLabel('Brutokost').fill('250');
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    const trainings = new TableReader(page, 'Opleidingen van Sara Testers');
    await expect
      .poll(async () => (await trainings.rows()).map((r) => r.slice(0, 5)))
      .toEqual([['10/03/2025', 'EHBO', 'Formeel', '8', '€\u00a0250,00']]);
    await screenshot(page, 'people-employee-by-hand');

    // 4. Export (everything stored about her), then erase: she is gone from the list.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren (inzageverzoek)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('werknemer-sara-testers.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.trainings.map((x: { title: string }) => x.title)).toEqual(['EHBO']);
    expect(exported.contracts).toHaveLength(2);
    await page.getByRole('button', { name: 'Wissen' }).click();
    await dialog(page).getByRole('button', { name: 'Definitief wissen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personeel' }).waitFor();
    await page.getByRole('table', { name: 'Werknemers met hun lopend contract' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Testers Sara' }).count()).toBe(0);

    // 5. A volunteer with a month of hours and expenses.
    await page.getByRole('navigation').getByRole('link', { name: 'Vrijwilligers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vrijwilligers' }).waitFor();
    await page.getByRole('button', { name: 'Vrijwilliger toevoegen' }).click();
    await dialog(page).getByLabel('Naam').fill('Vera Vrijwillig');
    await dialog(page).getByLabel('Taken').fill('Onthaal');
    await new DateFieldDriver(page, 'Begin', dialog(page)).type('01/01/2026');
    await dialog(page).getByLabel('Verzekerd').check();
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Uren en onkosten van Vera Vrijwillig invullen' }).click();
    await dialog(page).getByLabel('Uren').fill('12');
    await dialog(page).getByLabel('Onkosten').fill('30');
    await dialog(page).getByRole('button', { name: 'Opslaan' }).click();
    const volunteers = new TableReader(page, 'Vrijwilligers met hun uren en onkosten');
    await expect
      .poll(async () => (await volunteers.rows()).find((r) => r[0] === 'Vera Vrijwillig')?.slice(1, 7))
      .toEqual(['Onthaal', '01/01/2026', '—', 'ja', '12', '€\u00a030,00']);
    await screenshot(page, 'people-volunteers');

    // 6. A begeleider has no people pages: no links, and the address answers "Geen toegang".
    const coach = await newPage(live.browser, live.server.url);
    await logIn(coach, BEGELEIDER);
    const nav = coach.getByRole('navigation');
    await nav.getByRole('link', { name: 'Home' }).waitFor();
    await expect.poll(() => nav.getByRole('link', { name: 'Personeel' }).count()).toBe(0);
    await coach.goto(`${live.server.url}/o/${orgId}/people/employees`);
    await coach.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });
});
