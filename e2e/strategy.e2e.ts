/**
 * Strategy in headless Chromium against the real server with the demo organisation: the director
 * places a new stakeholder on the power–interest matrix (chart and table view), completes an
 * objective's SMART check by giving it an owner and a date, and looks at the SWOT; a board member
 * reads the SWOT and the register without edit buttons.
 */
import { describe, expect, it } from 'vitest';
import { thisYear } from '../src/lib/calendar.ts';
import { newPage, screenshot } from './harness.ts';
import { DateFieldDriver } from './pages/dates.ts';
import { addStakeholder } from './pages/stakeholders.ts';
import { logInDemo, withDemoServer } from './setup.ts';
import { walk } from './walk.ts';

const live = withDemoServer();

describe('strategy in the browser', () => {
  it('places a new stakeholder on the power–interest matrix, as a chart and as a table', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'stakeholders-failure', async () => {
      const home = `/o/${await logInDemo(page, 'directie@demo.stuurboord.be')}`;
      await page.getByRole('button', { name: 'Strategie' }).click();
      await page.getByRole('link', { name: 'Stakeholders' }).click();
      await page.getByRole('heading', { level: 1, name: 'Stakeholders' }).waitFor();
      await expect.poll(() => page.url()).toContain(`${home}/strategie/stakeholders`);
      await page.getByRole('img', { name: /Macht-belangmatrix/ }).waitFor();
      const province = { name: 'Provinciebestuur', type: 'Overheid', power: 5, interest: 2, influence: 4 };
      await addStakeholder(page, { ...province, expectations: 'Subsidie goed besteed' });
      const register = page.getByRole('table', { name: /Stakeholderregister/ });
      const row = register.getByRole('row', { name: /Provinciebestuur/ });
      await expect.poll(() => row.innerText()).toContain('Tevreden houden');
      await screenshot(page, 'stakeholders-matrix');
      await page.getByText('Tabel', { exact: true }).click();
      const matrix = page.getByRole('table', { name: 'De macht-belangmatrix als tabel' });
      await expect
        .poll(() => matrix.getByRole('row', { name: /Tevreden houden/ }).innerText())
        .toContain('Provinciebestuur (5/2)');
      await expect
        .poll(() => matrix.getByRole('row', { name: /Nauw betrekken/ }).innerText())
        .not.toContain('Provinciebestuur');
      await screenshot(page, 'stakeholders-table');
    });
  });

  it('shows what of SMART an objective misses, and passes once it has an owner and a date', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'smart-failure', async () => {
      const home = `/o/${await logInDemo(page, 'directie@demo.stuurboord.be')}`;
      await page.goto(`${home}/strategy`);
      const map = page.getByRole('group', { name: 'Strategiekaart: missie, doelstellingen en indicatoren' });
      await map.getByRole('button', { name: 'Doelstelling Deskundige en betrokken medewerkers' }).click();
      const selected = page.getByRole('region', {
        name: /Geselecteerde doelstelling: Deskundige en betrokken medewerkers/,
      });
      await expect.poll(() => selected.innerText()).toContain('Ontbreekt: aanvaardbaar, tijdsgebonden');
      await expect.poll(() => selected.innerText()).toContain('aanvaardbaar: nodig: een eigenaar');
      await page
        .getByRole('table', { name: 'Wijzigingen van missie, visie en waarden, nieuwste eerst' })
        .getByText('Waarden')
        .first()
        .waitFor();
      await screenshot(page, 'strategy-smart-missing');
      await selected.getByRole('button', { name: 'Doelstelling wijzigen' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: 'Eigenaar' }).click();
      await page.getByRole('option').first().click();
      await new DateFieldDriver(page, 'Te bereiken tegen', dialog).type(`30/06/${thisYear() + 1}`);
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => selected.innerText()).toContain('aanvaardbaar: in orde');
      await expect.poll(() => selected.innerText()).not.toContain('Ontbreekt');
      const row = page
        .getByRole('table', { name: 'De strategiekaart als tabel' })
        .getByRole('row', { name: /Deskundige en betrokken medewerkers/ });
      await expect.poll(() => row.innerText()).toMatch(/SMART\s*$/);
      await screenshot(page, 'strategy-smart-passed');
    });
  });

  it('lets the board read the SWOT and the register without edit buttons', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'strategy-board-failure', async () => {
      const home = `/o/${await logInDemo(page, 'bestuur@demo.stuurboord.be')}`;
      await page.goto(`${home}/strategie`);
      await page.getByRole('heading', { level: 1, name: 'SWOT-analyse' }).waitFor();
      const strengths = page.getByRole('region', { name: 'Sterktes' });
      await strengths.getByText('Betrokken en deskundige begeleiders').waitFor();
      await page
        .getByRole('table', { name: /Strategieën uit de SWOT/ })
        .getByText('S×O – sterkte × kans')
        .waitFor();
      await screenshot(page, 'swot-board');
      await expect.poll(() => page.getByRole('button', { name: 'Nieuwe SWOT' }).count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: 'Sterkte toevoegen' }).count()).toBe(0);
      await page.goto(`${home}/strategie/stakeholders`);
      await page
        .getByRole('table', { name: /Stakeholderregister/ })
        .getByRole('row', { name: /^VAPH / })
        .waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Stakeholder toevoegen' }).count()).toBe(0);
    });
  });
});
