/**
 * Surveys in the browser, against the real server with the demo organisation: the director creates
 * a blank survey, writes two questions and opens it with 6 single-use links; then five respondents,
 * each in a fresh browser context WITHOUT login on a phone-sized screen (375×667), answer through
 * their link; the results page shows counts only ("Resultaten vanaf 5 antwoorden (nu 4)") until the
 * fifth response, then the figures. A used link shows "Deze link is al gebruikt".
 */
import { describe, expect, it } from 'vitest';
import { newPage, screenshot, SCREENSHOT_DIR } from './harness.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';
import { seriousViolations } from './pages/axe.ts';
import { daysFromToday } from '../src/lib/calendar.ts';

const live = withDemoServer();
const TITLE = 'E2E-bevraging werkplek';
const LIKERT = 'Ik voel me goed op het werk.';
const OPEN = 'Wat zou je werk beter maken?';

/** One respondent: a new context without cookies, phone-sized, through the link. */
async function respond(link: string, score: number, remark: string, shot?: string): Promise<void> {
  const phone = await newPage(live.browser, live.server.url, {
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
  });
  try {
    await phone.goto(link);
    await expect.poll(() => phone.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    await phone
      .getByRole('radiogroup', { name: LIKERT })
      .getByRole('radio', { name: `${score} van 5` })
      .check();
    await phone.getByRole('textbox', { name: OPEN }).fill(remark);
    await expect
      .poll(
        async () =>
          (await phone.getByText('1 van 2 vragen beantwoord').count()) +
          (await phone.getByText('2 van 2 vragen beantwoord').count()),
      )
      .toBe(1);
    if (shot) {
      await screenshot(phone, shot);
      // The respondent's page on a phone has no serious accessibility violation (issue 12 §8).
      expect(await seriousViolations(phone, '/s/:token')).toEqual([]);
    }
    await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await phone.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    // The page fits the phone: nothing wider than the screen.
    await expect.poll(() => phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  } catch (error) {
    await screenshot(phone, 'surveys-respondent-failure');
    throw error;
  } finally {
    await phone.context().close();
  }
}

describe('surveys in the browser', () => {
  it('creates and opens a survey, is answered on a phone through its links, and shows results only from the fifth response', async () => {
    const page = await newPage(live.browser, live.server.url);
    try {
      const orgId = await logIn(page);
      await page.goto(`/o/${orgId}/surveys`);
      await page.getByRole('heading', { level: 1, name: 'Bevragingen' }).waitFor();
      await page.getByRole('button', { name: 'Bevraging maken' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Titel').fill(TITLE);
      await dialog.getByRole('button', { name: 'Maken' }).click();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

      await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
      await page.getByLabel('Tekst van vraag 1 (NL)').fill(LIKERT);
      await page.getByRole('checkbox', { name: 'Verplicht' }).first().check();
      await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
      // A choice question with one option: the server's refusal shows on the options field itself.
      await page.getByLabel('Tekst van vraag 2 (NL)').fill(OPEN);
      await page.getByRole('combobox', { name: 'Soort vraag van vraag 2' }).click();
      await page.getByRole('option', { name: 'Eén keuze' }).click();
      const options = page.getByLabel('Opties van vraag 2 (NL), één per regel');
      await options.fill('Enige optie');
      await page.getByRole('button', { name: 'Vragen opslaan' }).click();
      await expect.poll(() => options.getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('combobox', { name: 'Soort vraag van vraag 2' }).click();
      await page.getByRole('option', { name: 'Open vraag' }).click();
      await page.getByLabel('Tekst van vraag 2 (NL)').fill(OPEN);
      await page.getByRole('button', { name: 'Vragen opslaan' }).click();
      await page.getByText('Opgeslagen').waitFor();
      await screenshot(page, 'surveys-editor');

      await page.getByRole('button', { name: 'Bevraging openen' }).click();
      await dialog.getByLabel('Aantal uitnodigingen').fill('6');
      await dialog.getByRole('button', { name: 'Openen en links maken' }).click();
      const linksField = dialog.getByRole('textbox', { name: 'Persoonlijke links (6)' });
      await expect.poll(async () => (await linksField.inputValue()).split('\n').length).toBe(6);
      const links = (await linksField.inputValue()).split('\n').map((l) => `${live.server.url}/s/${l.split('/s/')[1]}`);
      await dialog.getByRole('button', { name: 'Ik heb de links bewaard' }).click();
      const surveyPath = new URL(page.url()).pathname;

      const remarks = [
        'Meer overleg in het team.',
        'Minder administratie.',
        'Een rustige werkplek.',
        'Vaste collega’s.',
        'Betere planning.',
      ];
      for (let i = 0; i < 4; i++)
        await respond(links[i]!, [4, 5, 3, 4][i]!, remarks[i]!, i === 0 ? 'surveys-phone' : undefined);

      await page.goto(`${surveyPath}/results`);
      await page.getByRole('heading', { level: 1, name: `Resultaten: ${TITLE}` }).waitFor();
      await page.getByText('Resultaten vanaf 5 antwoorden (nu 4)').waitFor();
      await expect.poll(() => page.getByText('Meer overleg in het team.').count()).toBe(0);

      await respond(links[4]!, 2, remarks[4]!);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: `Resultaten: ${TITLE}` }).waitFor();
      await page.getByRole('table', { name: 'Per vraag' }).waitFor();
      await page.getByRole('img', { name: /^Gestapeld staafdiagram van de verdeling/ }).waitFor();
      await expect.poll(() => page.getByText(/Resultaten vanaf 5 antwoorden/).count()).toBe(0);
      const row = page.getByRole('row', { name: new RegExp(LIKERT.replace('.', '\\.')) });
      await expect.poll(() => row.textContent()).toContain('3,6'); // (4 + 5 + 3 + 4 + 2) / 5
      await page.getByText('Meer overleg in het team.').waitFor();
      await screenshot(page, 'surveys-results');

      // A used link: a clear page, no form.
      const again = await newPage(live.browser, live.server.url, { viewport: { width: 375, height: 667 } });
      await again.goto(links[0]!);
      await again.getByRole('heading', { level: 1, name: 'Deze link is al gebruikt' }).waitFor();
      await screenshot(again, 'surveys-link-used');
      await again.context().close();

      // The demo's finished client survey: SERVQUAL gaps as a chart with its table.
      await page.goto(`/o/${orgId}/surveys`);
      // The list is the shared table: its headers sort (aria-sort), the first click ascending.
      const list = page.getByRole('table', { name: 'Bevragingen met status, sluitingsdatum en respons' });
      const name = list.getByRole('columnheader', { name: /^Titel/ });
      await expect.poll(() => name.getAttribute('aria-sort')).toBe('none');
      await name.getByRole('button').click();
      await expect.poll(() => name.getAttribute('aria-sort')).toBe('ascending');
      await page
        .getByRole('link', { name: /^Cliëntbevraging/ })
        .first()
        .click();
      await page.getByRole('img', { name: 'Staafdiagram van de SERVQUAL-kloof per dimensie' }).waitFor();
      await page.getByRole('table', { name: 'Verwachting, ervaring en kloof per dimensie' }).waitFor();
      await screenshot(page, 'surveys-servqual');

      // A SERVQUAL form in French on the phone: Likert 1-7 and NPS 0-10 as big radio buttons.
      const created = await page.request.post(`${live.server.url}/api/orgs/${orgId}/surveys`, {
        data: { title: { nl: 'E2E SERVQUAL', fr: 'E2E SERVQUAL (FR)' }, audience: 'clients', template: 'servqual' },
      });
      const sid = (await created.json()).id as string;
      const openedFr = await page.request.post(`${live.server.url}/api/orgs/${orgId}/surveys/${sid}/open`, {
        data: { invitations: 1, closesOn: daysFromToday(7) },
      });
      const frLink = `${live.server.url}/s/${((await openedFr.json()).links[0] as string).split('/s/')[1]}`;
      const fr = await newPage(live.browser, live.server.url, {
        viewport: { width: 375, height: 667 },
        isMobile: true,
        hasTouch: true,
      });
      await fr.goto(frLink);
      await fr.getByRole('radio', { name: 'FR' }).click();
      await fr.getByRole('heading', { level: 1, name: 'E2E SERVQUAL (FR)' }).waitFor();
      await fr
        .getByRole('radiogroup', { name: /Une excellente organisation de soins dispose d’équipements/ })
        .getByRole('radio', { name: '7 sur 7 (tout à fait d’accord)' })
        .check();
      await fr.getByRole('radiogroup', { name: /Recommanderiez-vous notre organisation/ }).scrollIntoViewIfNeeded();
      await expect.poll(() => fr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await fr.screenshot({ path: `${SCREENSHOT_DIR}/surveys-phone-fr.png` }); // the viewport: the NPS scale on a phone
      await fr.context().close();
    } catch (error) {
      await screenshot(page, 'surveys-failure');
      throw error;
    }
    await page.close();
  });
});
