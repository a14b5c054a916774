/**
 * The registration grid in the browser, with the demo organisation: the director opens "Mensen" →
 * "Rooster", chooses training and a title, and types a week of hours from the keyboard only: a value,
 * → to the next day, a value, Enter to the next row, a value, ↑ back up. Saving says how many cells
 * changed; after a reload the grid shows the stored hours, and the person's page lists the training.
 */
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './harness.ts';
import { logInDemo as logIn, withDemoServer } from './setup.ts';

const live = withDemoServer();
const TITLE = 'Rooster E2E: tillen en heffen';

describe('people: registration grid', () => {
  it('types hours with the keyboard, saves them and reads them back', async () => {
    const page = await newPage(live.browser, live.server.url);
    await logIn(page);
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: 'Mensen' }).click();
    await nav.getByRole('link', { name: 'Rooster' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rooster afwezigheid en opleiding' }).waitFor();
    await page.getByText('Opleiding', { exact: true }).click();
    await page.getByLabel('Titel van de opleiding').fill(TITLE);
    const grid = page.getByRole('table', { name: 'Uren per werknemer en dag' });
    await grid.waitFor();
    const cell = (row: number, col: number) => grid.locator(`input[data-row="${row}"][data-col="${col}"]`);
    const focused = () =>
      page.evaluate(
        () => `${document.activeElement?.getAttribute('data-row')}/${document.activeElement?.getAttribute('data-col')}`,
      );

    await cell(0, 0).click();
    await page.keyboard.type('7,5');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('0/1');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('1/1');
    await page.keyboard.type('1,5');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('0/1');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('0/2');
    await page.keyboard.type('x');
    await page.getByText('Een cel is geen aantal uren tussen 0 en 24.').waitFor();
    await page.keyboard.press('Backspace');
    await screenshot(page, 'people-grid');

    await page.getByRole('button', { name: '3 wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: '3 wijzigingen opgeslagen.' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Rooster afwezigheid en opleiding' }).waitFor();
    await page.getByText('Opleiding', { exact: true }).click();
    await page.getByLabel('Titel van de opleiding').fill(TITLE);
    await grid.waitFor();
    await expect.poll(() => cell(0, 0).inputValue()).toBe('7,5');
    await expect.poll(() => cell(0, 1).inputValue()).toBe('2');
    await expect.poll(() => cell(1, 1).inputValue()).toBe('1,5');
    await expect.poll(() => cell(0, 2).inputValue()).toBe('');
  });
});
