/**
 * The people register in the browser, against the real server with the demo organisation: the director
 * opens "Mensen" → "Loonimport", checks a payroll export of 2006 (a year without demo data) whose
 * employee number column has a provider's own name ("Wn-code": mapped in the mapping step) and a bad
 * line (line 6, "Statuut"): the error names line and column and nothing can be imported; the fixed file
 * imports, the two people are on "Personeel" with their contract, and the sociale balans of 2006 counts
 * them by contract type at the closing date (112 and 113) in the page and in its PDF.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../src/lib/exports/testing.ts';
import { makeTempDir, newPage, screenshot } from './harness.ts';
import { choose } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';

const live = withDemoServer();

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

    // 4. The sociale balans of 2006: at the closing date one woman on clearly defined work (112), one man
    //    replacing someone (113); the same figures in the PDF.
    await nav.getByRole('link', { name: 'Sociale balans' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale balans' }).waitFor();
    await page.goto(`${live.server.url}/o/${orgId}/people/sociale-balans?year=2006`);
    const closing = new TableReader(page, 'I. Tewerkgestelde personen — op de afsluitingsdatum');
    const byCode = async (code: string) => (await closing.rows()).find((r) => r[0] === code)?.slice(2);
    await expect.poll(() => byCode('112')).toEqual(['0', '1', '1']);
    expect(await byCode('113')).toEqual(['1', '0', '1']);
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
    expect(pdfLine('112')).toEqual(['112', 'Overeenkomst voor een duidelijk omschreven werk', '0', '1', '1']);
    expect(pdfLine('113')).toEqual(['113', 'Vervangingsovereenkomst', '1', '0', '1']);
  });
});
