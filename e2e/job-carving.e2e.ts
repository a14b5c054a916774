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
});
