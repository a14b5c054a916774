/**
 * Job-carving in the browser, against the real server with the demo organisation: the director builds
 * a proposal from tasks of two roles, sees the effect recomputed as tasks are picked, saves it and
 * compares it with the demo's two zorgassistent proposals; then ranks people for the carved function.
 */
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './harness.ts';
import { withDemoServer } from './setup.ts';
import { JobCarvingPage } from './pages/job-carving.ts';
import { logIn } from './pages/login.ts';
import { choose, Shell } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { walk } from './walk.ts';

// The server builds the whole demo organisation first: minutes on a loaded machine.
const live = withDemoServer({ timeoutMs: 280_000 });

describe('job-carving', () => {
  it('a director builds a proposal from tasks of two roles, sees the effect, saves it and compares', async () => {
    const page = await newPage(live.browser, live.server.url, { viewport: { width: 1400, height: 1000 } });
    await walk(page, 'job-carving', async () => {
      await logIn(page);
      const shell = new Shell(page);
      // Job-carving sits in the social-economy group of the navigation.
      await shell.nav().getByRole('button', { name: 'Sociale economie' }).click();
      await shell.go('Jobcarving');
      await shell.heading('Jobcarving');
      const jc = new JobCarvingPage(page);

      // The inventory of the demo: the kitchen's tasks.
      await expect
        .poll(() => new TableReader(page, 'Taken van Keukenmedewerker').column('Taak'))
        .toEqual(['Maaltijden rondbrengen op de afdelingen', 'Afwas en keukenonderhoud']);

      // A new proposal: the nurse's post round and the kitchen's dishes, 20 hours on an own contract.
      await jc.tab('Ontwerper');
      await choose(page, 'Voorstel', 'Nieuw voorstel');
      await page.getByRole('textbox', { name: 'Naam van het voorstel' }).fill('Logistiek assistent');
      await page.getByRole('textbox', { name: 'Nieuwe functie' }).fill('Logistiek assistent');
      await page.getByRole('textbox', { name: 'Doel: uren per week' }).fill('20');
      await page.getByRole('textbox', { name: 'Kost per VTE per jaar' }).fill('38000');
      await jc.pick('Postbedeling', 'Verpleegkundige').check();
      await expect.poll(() => jc.tile('Uren vrij voor zorg')).toBe('1');
      await jc.pick('Afwas en keukenonderhoud', 'Keukenmedewerker').check();
      // Kitchen hours are handed over but free no care; the new function costs 20/38 of € 38.000.
      await expect.poll(() => jc.tile('Uren vrij voor zorg')).toBe('1');
      await expect.poll(() => jc.tile('Kost nieuwe functie')).toMatch(/20\.000,00/);
      const effect = new TableReader(page, 'Per functie: overgedragen uren, uren vrij voor zorg en hun waarde');
      await expect.poll(() => effect.column('Overgedragen (u/week)')).toEqual(['12', '1']);
      await expect.poll(() => effect.column('Functie')).toEqual(['Keukenmedewerker', 'Verpleegkundige']);
      await screenshot(page, 'job-carving-designer');
      await page.getByRole('button', { name: 'Voorstel opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'Voorstel opgeslagen.' }).waitFor();

      // Side by side with the demo's proposals.
      await jc.tab('Vergelijken');
      const compare = new TableReader(page, 'De voorstellen naast elkaar');
      await expect
        .poll(() => compare.column('Voorstel'))
        .toEqual(['Zorgassistent (eigen contract)', 'Zorgassistent via maatwerkbedrijf', 'Logistiek assistent']);
      await expect.poll(() => compare.column('Vrij voor zorg (u/week)')).toEqual(['10', '10', '1']);
      await screenshot(page, 'job-carving-compare');

      // Matching for the carved zorgassistent: the candidates and employees, ranked, with the reasons.
      await jc.tab('Matching');
      await choose(page, 'Voor het voorstel', 'Zorgassistent (eigen contract) (Zorgassistent)');
      const ranked = new TableReader(page, 'Kandidaten gerangschikt voor Zorgassistent');
      const samira = async () => {
        const names = await ranked.column('Naam');
        return (await ranked.column('Waarom'))[names.indexOf('Samira El Idrissi')];
      };
      // Two of the three competences and two of the three talents; language and hours in order.
      await expect
        .poll(samira)
        .toMatch(/^Competenties 67% \(ontbreekt: .+\) · Talenten 67% .* · Taal 100% \(in orde\)/);
      await screenshot(page, 'job-carving-matching');

      // The new proposal becomes a phase-1 cooperation agreement with a demo partner enterprise.
      await jc.tab('Ontwerper');
      await choose(page, 'Voorstel', 'Logistiek assistent');
      await page.getByRole('button', { name: 'Omzetten in samenwerkingsovereenkomst' }).click();
      const dialog = page.getByRole('dialog', { name: 'Samenwerkingsovereenkomst met een partner' });
      await choose(page, 'Partneronderneming', 'LDE De Brug');
      await dialog.getByRole('button', { name: 'Overeenkomst maken' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await page.getByRole('status').filter({ hasText: 'Omgezet op' }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Omzetten in vacature' }).count()).toBe(0);
    });
  }, 240_000);

  it('a director opens, fills and closes vacancies from proposals and keeps the candidates', async () => {
    const page = await newPage(live.browser, live.server.url, { viewport: { width: 1280, height: 800 } });
    await walk(page, 'job-carving-people', async () => {
      const orgId = (await logIn(page)).split('/')[2]!;
      const shell = new Shell(page);
      await page.goto(`/o/${orgId}/job-carving`);
      await shell.heading('Jobcarving');
      const jc = new JobCarvingPage(page);

      // Matching for the demo's own-contract zorgassistent: its vacancy is open; someone was hired.
      await jc.tab('Matching');
      await choose(page, 'Voor het voorstel', 'Zorgassistent (eigen contract) (Zorgassistent)');
      const vacancy = page.getByRole('group', { name: 'Vacature voor dit voorstel' });
      await expect.poll(() => vacancy.innerText()).toMatch(/\bOPEN\b/i);
      await vacancy.getByRole('button', { name: 'Vacature Zorgassistent op ingevuld zetten' }).click();
      await page.getByText('Vacature Zorgassistent: Ingevuld.').waitFor();
      await vacancy.getByRole('button', { name: 'Vacature Zorgassistent heropenen' }).waitFor();

      // The maatwerkbedrijf proposal has no vacancy yet: open one beside its ranking, then close it.
      await choose(page, 'Voor het voorstel', 'Zorgassistent via maatwerkbedrijf (Zorgassistent)');
      await expect.poll(() => vacancy.innerText()).toMatch(/nog geen/);
      await vacancy.getByRole('button', { name: 'Vacature openen' }).click();
      await vacancy.getByRole('button', { name: 'Vacature Zorgassistent sluiten' }).click();
      await page.getByText('Vacature Zorgassistent: Gesloten.').waitFor();
      await screenshot(page, 'job-carving-proposal-vacancy');

      // Both vacancies with their state; the closed one opens again.
      await jc.tab('Kandidaten en vacatures');
      const vacancies = new TableReader(page, 'Vacatures uit jobcarving-voorstellen met hun stand');
      const states = async () =>
        (await vacancies.rows()).map((r) => `${r[1]}: ${r[4]}`).sort((x, y) => x.localeCompare(y));
      await expect
        .poll(states)
        .toEqual(['Zorgassistent (eigen contract): Ingevuld', 'Zorgassistent via maatwerkbedrijf: Gesloten']);
      await vacancies.table
        .getByRole('row')
        .filter({ hasText: 'Gesloten' })
        .getByRole('button', { name: 'Vacature Zorgassistent heropenen' })
        .click();
      await expect
        .poll(states)
        .toEqual(['Zorgassistent (eigen contract): Ingevuld', 'Zorgassistent via maatwerkbedrijf: Open']);

      // The candidates: change one, remove one, add one.
      const candidates = new TableReader(page, 'Eigen kandidaten voor de matching');
      await expect
        .poll(() => candidates.column('Naam'))
        .toEqual(['Kevin Wouters', 'Olena Kovalenko', 'Samira El Idrissi']);
      await page.getByRole('button', { name: 'Kandidaat Olena Kovalenko wijzigen' }).click();
      let form = page.getByRole('dialog');
      await expect.poll(() => form.getByRole('textbox', { name: 'Naam' }).inputValue()).toBe('Olena Kovalenko');
      await form.getByRole('textbox', { name: 'Opmerking' }).fill('Volgt avondles Nederlands');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.waitFor({ state: 'hidden' });
      await expect
        .poll(async () => (await candidates.rows()).find((r) => r[0] === 'Olena Kovalenko')?.[5])
        .toBe('Volgt avondles Nederlands');
      await page.getByRole('button', { name: 'Kevin Wouters verwijderen' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen', exact: true }).click();
      await page.getByText('Kevin Wouters is verwijderd.').waitFor();
      await expect.poll(() => candidates.column('Naam')).toEqual(['Olena Kovalenko', 'Samira El Idrissi']);
      await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
      form = page.getByRole('dialog');
      await form.getByRole('textbox', { name: 'Naam' }).fill('Bram Nieuwkomer');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.waitFor({ state: 'hidden' });
      await expect
        .poll(() => candidates.column('Naam'))
        .toEqual(['Bram Nieuwkomer', 'Olena Kovalenko', 'Samira El Idrissi']);
      await screenshot(page, 'job-carving-candidates-vacancies');

      // The ranking follows: Kevin is gone (Bram, with nothing recorded, ranks below the first 50).
      await jc.tab('Matching');
      await choose(page, 'Voor het voorstel', 'Zorgassistent (eigen contract) (Zorgassistent)');
      await page.getByText('Kandidaten: 3', { exact: true }).waitFor();
      const ranked = new TableReader(page, 'Kandidaten gerangschikt voor Zorgassistent');
      await expect.poll(async () => (await ranked.column('Naam')).includes('Samira El Idrissi')).toBe(true);
      await expect.poll(async () => (await ranked.column('Naam')).includes('Kevin Wouters')).toBe(false);
    });
  }, 240_000);
});
