/**
 * Helpers of the browser tests that walk one page through a flow: a screenshot when a step fails
 * (named after the flow, in test-results/), the page closed when all went well.
 */
import type { Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, screenshot } from './harness.ts';
import { LoginPage } from './pages/login.ts';

/** Runs the steps on the page; a failing step leaves the screenshot `<name>` and fails the test. */
export async function walk(page: Page, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    await screenshot(page, name);
    throw error;
  }
  await page.close();
}

/**
 * The same for a flow of several people at once, each on their own page: a failing step leaves a
 * screenshot `<name>-<who>` of every page ("caf-failure-director"); all pages closed when all went well.
 */
export async function walkAll(pages: Record<string, Page>, name: string, steps: () => Promise<void>): Promise<void> {
  try {
    await steps();
  } catch (error) {
    for (const [who, page] of Object.entries(pages)) await screenshot(page, `${name}-${who}`);
    throw error;
  }
  for (const page of Object.values(pages)) await page.close();
}

/** Logs the administrator in and answers the id of their own organisation, "Mijn organisatie". */
export async function logInAdmin(page: Page, baseUrl: string): Promise<string> {
  await (await new LoginPage(page).goto()).submit(ADMIN_EMAIL, ADMIN_PASSWORD);
  await page.getByRole('heading', { level: 1, name: 'Welkom, Beheerder' }).waitFor();
  const me = await (await page.request.get(`${baseUrl}/api/auth/me`)).json();
  return me.memberships.find((m: { orgName: string }) => m.orgName === 'Mijn organisatie').orgId;
}
