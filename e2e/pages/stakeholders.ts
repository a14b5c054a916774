/**
 * The stakeholder register (/o/:orgId/strategie/stakeholders): its names are listed in modules.ts.
 */
import type { Page } from 'playwright-core';

/**
 * Adds a stakeholder through the dialog "Stakeholder toevoegen" (scores 1-5 as typed; "Verwachtingen"
 * only when given) and waits until the dialog has closed.
 */
export async function addStakeholder(
  page: Page,
  s: { name: string; type: string; power: number; interest: number; influence: number; expectations?: string },
) {
  await page.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Naam').fill(s.name);
  await dialog.getByRole('combobox', { name: 'Soort' }).click();
  await page.getByRole('option', { name: s.type }).click();
  await dialog.getByRole('textbox', { name: 'Macht' }).fill(String(s.power));
  await dialog.getByRole('textbox', { name: 'Belang' }).fill(String(s.interest));
  await dialog.getByRole('textbox', { name: 'Invloed' }).fill(String(s.influence));
  if (s.expectations) await dialog.getByLabel('Verwachtingen').fill(s.expectations);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
