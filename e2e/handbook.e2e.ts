/**
 * The quality handbook in the browser, against the real server with the demo organisation: the director
 * edits a procedure in the rich-text editor, submits and approves the new version and asks the
 * begeleiders to read it; a begeleider reads the approved text and confirms ("Gelezen en begrepen");
 * the director's overview then shows who read it and who has not yet. The version comparison marks
 * the added text. Page names: see e2e/pages/modules.ts ("Handbook").
 */
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './harness.ts';
import { withDemoServer } from './setup.ts';
import { logIn } from './pages/login.ts';
import { choose, Shell } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';
import { walk } from './walk.ts';

const BEGELEIDER = 'begeleider@demo.stuurboord.be';
const DOC = 'Procedure onthaal nieuwe medewerkers';
// The server builds the whole demo organisation first: minutes on a loaded machine.
const live = withDemoServer({ timeoutMs: 280_000 });

describe('quality handbook', () => {
  it('edit a procedure → submit → approve → a begeleider confirms reading → the overview shows who has not', async () => {
    const page = await newPage(live.browser, live.server.url);
    const orgId = (await logIn(page)).split('/')[2]!;
    await walk(page, 'handbook-director', async () => {
      await page.goto(`/o/${orgId}/handbook`);
      await new Shell(page).heading('Kwaliteitshandboek');
      await page.getByRole('link', { name: DOC }).click();
      await new Shell(page).heading(DOC);
      await screenshot(page, 'handbook-document');

      // Edit: a sentence typed at the end of the text, saved as a draft (version 2).
      await page.getByRole('button', { name: 'Tekst bewerken' }).click();
      const editor = page.getByRole('textbox', { name: `Tekst van ${DOC}` });
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Elke nieuwe medewerker krijgt een rondleiding op de eerste dag.');
      await page.getByRole('textbox', { name: 'Wat is er gewijzigd?' }).fill('Rondleiding toegevoegd');
      await screenshot(page, 'handbook-editor');
      await page.getByRole('button', { name: 'Opslaan als ontwerp' }).click();
      await page.getByRole('button', { name: 'Ter goedkeuring voorleggen' }).click();
      await page.getByRole('button', { name: 'Goedkeuren' }).click();
      const versions = new TableReader(page, 'Alle versies van het document, nieuwste eerst');
      await expect.poll(async () => (await versions.rows())[0]?.slice(0, 2)).toEqual(['2', 'Goedgekeurd']);
      const comparison = page.getByRole('region', { name: 'Vergelijking' });
      await expect
        .poll(() => comparison.locator('ins').allTextContents())
        .toEqual(['Toegevoegd: Elke nieuwe medewerker krijgt een rondleiding op de eerste dag.']);

      // Ask the begeleiders to read version 2.
      await choose(page, 'Vraag te lezen aan', 'Begeleider');
      await page.getByRole('button', { name: 'Vraag om te lezen' }).click();
      await page.getByText(/personen? (heeft|hebben) nog niet gelezen/).waitFor();
    });

    const coach = await newPage(live.browser, live.server.url);
    await logIn(coach, BEGELEIDER);
    await walk(coach, 'handbook-begeleider', async () => {
      await coach.goto(`/o/${orgId}/handbook`);
      await new Shell(coach).heading('Kwaliteitshandboek');
      await choose(coach, 'Te lezen door', 'Begeleider');
      await coach.getByRole('link', { name: DOC }).click();
      await coach
        .getByRole('document', { name: `Tekst van ${DOC}` })
        .getByText('rondleiding op de eerste dag')
        .waitFor();
      await expect.poll(() => coach.getByRole('button', { name: 'Tekst bewerken' }).count()).toBe(0);
      await coach.getByRole('button', { name: 'Gelezen en begrepen' }).click();
      await coach.getByText('Je bevestigde dat je versie 2 las.').first().waitFor();
      await screenshot(coach, 'handbook-begeleider');
    });

    const back = await newPage(live.browser, live.server.url);
    await logIn(back);
    await walk(back, 'handbook-readers', async () => {
      await back.goto(`/o/${orgId}/handbook`);
      await back.getByRole('link', { name: DOC }).click();
      const readers = new TableReader(back, 'Wie versie 2 moet lezen, en wie het al deed');
      await expect
        .poll(async () => {
          const rows = await readers.rows();
          return {
            read: rows.filter((r) => r[2] !== 'Nog niet gelezen').length,
            notRead: rows.filter((r) => r[2] === 'Nog niet gelezen').length,
          };
        })
        .toMatchObject({ read: 1 });
      const rows = await readers.rows();
      expect(rows.filter((r) => r[2] === 'Nog niet gelezen').length).toBeGreaterThan(0);
      await screenshot(back, 'handbook-readers');
    });
  });
});
