/**
 * Wide registers and the stakeholder matrix on a laptop screen, against the real server with the demo
 * organisation: at 1280×800 and 1024×768 the complaints register and the stakeholder register stay within
 * the window (they scroll sideways inside their own focusable region, the first column staying in view),
 * and every stakeholder of the power–interest matrix has a numbered dot named in the list below it.
 *
 * Accessible names: the registers' scroll regions carry their captions ("Geregistreerde klachten …",
 * "Stakeholderregister …"); the matrix is the image "Macht-belangmatrix: …" followed by the list
 * "Nummers in de matrix (macht/belang)".
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './harness.ts';
import { Shell } from './pages/shell.ts';
import { addStakeholder } from './pages/stakeholders.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';
import { walk } from './walk.ts';

const live = withDemoServer({ timeoutMs: 280_000 });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
];

/**
 * The register's scroll region ends inside the window, can be focused from the keyboard and scrolled
 * with the arrow keys; scrolled to its right end, the first column is still at its left edge.
 */
async function fitsAndScrolls(page: Page, region: Locator, firstCell: Locator, width: number) {
  await region.waitFor();
  const box = async () => (await region.boundingBox())!;
  await expect.poll(async () => (await box()).x + (await box()).width).toBeLessThanOrEqual(width);
  // The page itself does not scroll sideways.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await region.focus();
  await expect.poll(() => region.evaluate((el) => el === document.activeElement)).toBe(true);
  const wider = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  if (wider) {
    await region.press('End');
    await region.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const left = (await box()).x;
    await expect.poll(async () => Math.abs((await firstCell.boundingBox())!.x - left)).toBeLessThan(2);
  }
}

describe('wide registers and the stakeholder matrix on a laptop', () => {
  it('the complaints and stakeholder registers fit or scroll within their region', async () => {
    for (const size of SIZES) {
      const page = await newPage(live.browser, live.server.url, { viewport: size });
      await walk(page, `wide-tables-${size.width}`, async () => {
        const orgId = await logIn(page);
        const shell = new Shell(page);

        await page.goto(`/o/${orgId}/complaints`);
        await shell.heading('Klachten');
        const complaints = page.getByRole('region', { name: /Geregistreerde klachten/ });
        await fitsAndScrolls(page, complaints, complaints.locator('tbody tr').first().locator('th'), size.width);
        await screenshot(page, `complaints-register-${size.width}`);

        await page.goto(`/o/${orgId}/strategie/stakeholders`);
        await shell.heading('Stakeholders');
        const register = page.getByRole('region', { name: /Stakeholderregister/ });
        await fitsAndScrolls(page, register, register.locator('tbody tr').first().locator('th'), size.width);
        await screenshot(page, `stakeholders-register-${size.width}`);
      });
    }
  });

  it('every stakeholder has a numbered dot, named in the list below the matrix', async () => {
    const page = await newPage(live.browser, live.server.url, { viewport: { width: 1280, height: 800 } });
    await walk(page, 'stakeholder-matrix', async () => {
      const orgId = await logIn(page);
      await page.goto(`/o/${orgId}/strategie/stakeholders`);
      const chart = page.getByRole('img', { name: /Macht-belangmatrix/ });
      await chart.waitFor();
      // The new one lands on a spot of its own in "tevreden houden" and shows at once.
      await addStakeholder(page, { name: 'Provinciebestuur', type: 'Overheid', power: 5, interest: 2, influence: 4 });
      const legend = page.getByRole('list', { name: 'Nummers in de matrix (macht/belang)' });
      const items = legend.getByRole('listitem');
      await expect.poll(() => items.count()).toBe(13);
      const names = (await items.allInnerTexts()).map((x) => x.replace(/\s*\([^()]*\)$/, ''));
      const rows = await page
        .getByRole('table', { name: /Stakeholderregister/ })
        .locator('tbody th')
        .allInnerTexts();
      expect([...names].sort()).toEqual([...rows].sort());
      await expect.poll(() => legend.innerText()).toMatch(/Provinciebestuur \(Tevreden houden, 5\/2\)/);
      await chart.scrollIntoViewIfNeeded();
      await screenshot(page, 'stakeholder-matrix');
    });
  });
});
