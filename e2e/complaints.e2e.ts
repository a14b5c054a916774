/**
 * Complaints in the browser, against the real server with the demo organisation: the director
 * registers a complaint received last quarter → the "Klachten" tile of the cockpit counts it and the
 * share handled on time drops (its deadlines have passed) → handles it with dates within the
 * deadlines → the share rises again; one click makes the improvement action it leads to. Then the
 * public link: a new link, the anonymous form without login, and the report in the register.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../src/lib/calendar.ts';
import { newPage, screenshot } from './harness.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { seriousViolations } from './pages/axe.ts';
import { choose, dialog } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';
import { walk } from './walk.ts';

const live = withDemoServer();
const SUBJECT = 'E2E Geen antwoord op de vraag om een andere kamer';

/** `yyyy-mm-dd` → `dd/mm/yyyy`, as a person types it. */
const typed = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The first day of this Brussels quarter. */
function quarterStart(): string {
  const day = today();
  const m = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/** The figure of a cockpit tile as a number ("3", "67 %", "4,5 dagen"), or null without a value. */
async function tileValue(page: Page, orgId: string, name: string): Promise<number | null> {
  await page.goto(`/o/${orgId}/cockpit`);
  const tile = page.getByRole('article', { name, exact: true });
  await tile.waitFor();
  const text = (await tile.locator('p').first().innerText()).trim();
  const m = /-?\d+(?:,\d+)?/.exec(text.replace(/\./g, ''));
  return m ? Number(m[0].replace(',', '.')) : null;
}

describe('complaints in the browser', () => {
  it('register a complaint → handle it within the deadlines → the cockpit changes; the anonymous public form', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'complaints-failure', async () => {
      await flow(page);
    });
  });
});

async function flow(page: Page) {
  const orgId = await logIn(page);
  const received = addDays(quarterStart(), -6);
  const countBefore = (await tileValue(page, orgId, 'Klachten')) ?? 0;
  const onTimeBefore = await tileValue(page, orgId, 'Klachten tijdig behandeld');

  // Register a complaint received last quarter.
  await page.goto(`/o/${orgId}/complaints`);
  await page.getByRole('heading', { level: 1, name: 'Klachten' }).waitFor();
  await page.getByRole('group', { name: 'Klachten ontvangen' }).waitFor();
  await screenshot(page, 'complaints-register');
  await page.getByRole('button', { name: 'Klacht registreren' }).click();
  const form = dialog(page);
  await form.getByRole('textbox', { name: 'Onderwerp' }).fill(SUBJECT);
  await new DateFieldDriver(page, 'Ontvangen', form).type(typed(received));
  await choose(page, 'Hoe ontvangen', 'Telefoon', form);
  await choose(page, 'Van wie', 'Netwerk van de cliënt', form);
  await choose(page, 'Over', 'Een groep', form);
  await form.getByRole('textbox', { name: 'Welke functie, groep of welk proces' }).fill('Leefgroep De Linde');
  await screenshot(page, 'complaints-dialog');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
  await page.getByText('Antwoord te laat').waitFor();

  // The cockpit counts it; its late acknowledgement lowers the share handled on time.
  await expect.poll(() => tileValue(page, orgId, 'Klachten')).toBe(countBefore + 1);
  const onTimeLate = await tileValue(page, orgId, 'Klachten tijdig behandeld');
  expect(onTimeLate).not.toBeNull();
  if (onTimeBefore !== null) expect(onTimeLate!).toBeLessThan(onTimeBefore);

  // Handle it with dates within the deadlines (acknowledged the next day, answered after ten days).
  await page.goBack();
  await page.goto(`/o/${orgId}/complaints`);
  await page.getByRole('link', { name: SUBJECT }).click();
  await page.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
  const handling = page.getByRole('region', { name: 'Behandeling' });
  await choose(page, 'Uitkomst', 'Gegrond', handling);
  await new DateFieldDriver(page, 'Ontvangst bevestigd op', handling).type(typed(addDays(received, 1)));
  await new DateFieldDriver(page, 'Beantwoord op', handling).type(typed(addDays(received, 10)));
  await handling.getByRole('textbox', { name: 'Gegeven antwoord' }).fill('We zoeken samen een andere kamer.');
  await handling.getByRole('button', { name: 'Behandeling opslaan' }).click();
  await page.getByText('Beantwoord', { exact: true }).first().waitFor();
  await expect.poll(() => page.getByText('Antwoord te laat').count()).toBe(0);
  await screenshot(page, 'complaints-handled');

  // One click: the improvement action it leads to, linked back on the complaint.
  await page.getByRole('button', { name: 'Verbeteractie maken' }).click();
  await page.getByRole('heading', { level: 1, name: `Verbeteractie na klacht: ${SUBJECT}` }).waitFor();
  await page.goBack();
  const actions = new TableReader(page, 'Verbeteracties die uit deze klacht voortkomen');
  await expect.poll(() => actions.column('Actie')).toEqual([`Verbeteractie na klacht: ${SUBJECT}`]);

  // The share handled on time rises again.
  await expect.poll(() => tileValue(page, orgId, 'Klachten tijdig behandeld')).toBeGreaterThan(onTimeLate!);
  await screenshot(page, 'complaints-cockpit');

  // The public link: made once, opened without login, a report arrives anonymously.
  await page.goto(`/o/${orgId}/complaints`);
  await page.getByRole('button', { name: 'Nieuwe link maken' }).click();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/\/klacht\//);
  const visitor = await newPage(live.browser, live.server.url);
  await visitor.goto(new URL(link).pathname);
  await visitor.getByRole('heading', { level: 1, name: 'Een klacht melden' }).waitFor();
  await visitor.getByText(/^Aan: /).waitFor();
  await visitor
    .getByRole('textbox', { name: 'Wat wil je melden?' })
    .fill('De voordeur klemt al weken en niemand doet iets.');
  await visitor.getByRole('textbox', { name: 'Waarover gaat het? (optioneel)' }).fill('E2E De voordeur');
  await screenshot(visitor, 'complaints-public');
  expect(await seriousViolations(visitor, '/klacht/:token')).toEqual([]);
  await visitor.getByRole('button', { name: 'Melding versturen' }).click();
  await visitor.getByText('Bedankt. Je melding is goed aangekomen en wordt behandeld.').waitFor();
  await visitor.context().close();
  await page.reload();
  await page.getByRole('link', { name: 'E2E De voordeur' }).waitFor();
}
