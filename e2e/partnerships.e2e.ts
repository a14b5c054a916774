/**
 * Partnerships and governance in the browser, against the real server with the demo organisation: the
 * director assesses a new partnership (scores a risk, sees it on the heat map, notes a principle) and
 * decides; the board member records a board decision linked to it and opens the board pack.
 */
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/calendar.ts';
import { newPage, screenshot } from './harness.ts';
import { typedDate, withDemoServer } from './setup.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { logIn } from './pages/login.ts';
import { choose, dialog, Shell } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { walk } from './walk.ts';

const BOARD = 'bestuur@demo.stuurboord.be';
const PARTNER = 'Sportclub De Ploeg';
const RISKS = 'Risico’s met kans, impact, score en beheersing (de gegevens van de hittekaart)';
const REGISTER = 'Besluitenregister: besluit, orgaan, datum, koppeling en opvolging';
const live = withDemoServer();

describe('partnerships and governance', () => {
  it('the director assesses a partnership and decides; the board member records a decision', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'partnerships-failure', async () => {
      const home = await logIn(page);
      const orgId = home.split('/')[2]!;
      const shell = new Shell(page);

      // The register with the demo's two assessments; a new one for a citizens' sports club.
      await page.goto(`/o/${orgId}/partnerships`);
      await shell.heading('Partnerschappen');
      await page.getByRole('link', { name: 'Woonmaatschappij Zuiderkempen' }).waitFor();
      await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
      const add = dialog(page);
      await add.getByRole('textbox', { name: 'Partner' }).fill(PARTNER);
      await choose(page, 'Sfeer van de partner', 'Gemeenschap', add);
      await add.getByRole('button', { name: 'Beoordeling starten' }).click();
      await shell.heading(PARTNER);

      // Score a risk: likelihood 3 × impact 4 = 12, high; a principle needs attention.
      await choose(page, 'Kans: Missiedrift', '3');
      await choose(page, 'Impact: Missiedrift', '4');
      await page
        .getByRole('textbox', { name: 'Beheersing: Missiedrift' })
        .fill('Eigen doelgroep blijft voorrang krijgen');
      await choose(page, 'Oordeel: 5. Bevorderen van het recht op participatie', 'Aandachtspunt');
      await page
        .getByRole('textbox', { name: 'Toelichting: 5. Bevorderen van het recht op participatie' })
        .fill('Cliënten mee laten beslissen over het aanbod');
      const risks = new TableReader(page, RISKS);
      await expect.poll(async () => (await risks.column('Score'))[0]).toBe('12 · Hoog');
      await page.getByRole('img', { name: /Hittekaart van de risico’s/ }).waitFor();
      await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
      await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();

      // Decide: a supporting role, reviewed in a month; the decision is kept as version 1.
      await choose(page, 'Beslissing', 'Ondersteunende rol');
      await page.getByRole('textbox', { name: 'Voorwaarden' }).fill('De club blijft eigenaar van de werking');
      await new DateFieldDriver(page, 'Herbeoordeling op').type(typedDate(addDays(today(), 30)));
      await page.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await page.getByRole('button', { name: 'Beslissing wijzigen' }).waitFor();
      const versions = new TableReader(page, 'Bewaarde versies van deze beoordeling');
      await expect.poll(async () => (await versions.column('Versie'))[0]).toBe('1');
      await screenshot(page, 'partnerships-assessment');

      // Home reminds of the demo's housing review within 60 days; the projects page warns of the ending funding.
      await page.goto(`/o/${orgId}`);
      const reminders = page.getByRole('region', { name: 'Partnerschappen en projecten', exact: true });
      await expect.poll(() => reminders.innerText()).toMatch(/Woonmaatschappij Zuiderkempen: herbeoordeling op/);
      await expect.poll(() => reminders.innerText()).toMatch(/Zorgzame buurt Oost: financiering stopt op/);
      await page.goto(`/o/${orgId}/partnerships/projects`);
      await shell.heading('Innovatieprojecten');
      await page.getByRole('status').filter({ hasText: '1 project loopt binnen twaalf maanden af' }).waitFor();
      await screenshot(page, 'partnerships-projects');

      // The board member reads the assessment but cannot change it, and records the board's decision.
      await shell.logOut();
      await logIn(page, BOARD);
      await page.goto(`/o/${orgId}/partnerships`);
      await page.getByRole('link', { name: PARTNER }).click();
      await shell.heading(PARTNER);
      await expect.poll(() => page.getByRole('textbox', { name: 'Beheersing: Missiedrift' }).isDisabled()).toBe(true);
      await expect.poll(() => page.getByRole('button', { name: 'Beoordeling opslaan' }).isVisible()).toBe(false);
      await page.goto(`/o/${orgId}/governance`);
      await shell.heading('Besluiten');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      const record = dialog(page);
      await record.getByRole('textbox', { name: 'Besluit' }).fill(`Samenwerking met ${PARTNER} bekrachtigd`);
      await choose(page, 'Orgaan', 'Raad van bestuur', record);
      await choose(page, 'Partnerschap', PARTNER, record);
      await record.getByRole('button', { name: 'Opslaan' }).click();
      await record.waitFor({ state: 'hidden' });
      const register = new TableReader(page, REGISTER);
      await expect
        .poll(async () => (await register.column('Besluit')).includes(`Samenwerking met ${PARTNER} bekrachtigd`))
        .toBe(true);
      await screenshot(page, 'governance-decisions');

      // The board pack for today's meeting: the demo's team decision is due, the housing company not yet.
      await page.goto(`/o/${orgId}/governance/board-pack`);
      await shell.heading('Bestuurspakket');
      const due = new TableReader(page, 'Besluiten waarvan de opvolging uiterlijk op de vergaderdatum valt');
      await expect
        .poll(() => due.column('Besluit'))
        .toEqual(['Vast aanspreekpunt voor de vrijwilligers van Buurtkracht']);
      await screenshot(page, 'governance-board-pack');
    });
  });
});
