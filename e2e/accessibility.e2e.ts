/**
 * Issue 12 §8 in the browser: every page the director reaches by the app's own links, in Dutch and in
 * English, on a desktop (1440×900) and a tablet (1024×768), has no serious or critical axe-core
 * violation (WCAG 2.1 A and AA). The login page, the account page and the user guide are checked too.
 * Each language writes its findings to test-results/axe-<language>.json for reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, SCREENSHOT_DIR } from './harness.ts';
import { checkPage, walkAndCheck } from './pages/axe.ts';
import { logInDemo, withDemoServer } from './setup.ts';

const live = withDemoServer();

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`has no serious violation on any page in ${language}, at 1440×900 and 1024×768`, async () => {
      const visitor = await newPage(live.browser, live.server.url);
      await visitor.addInitScript((locale) => window.localStorage.setItem('sb.locale', locale), language);
      const violations = await checkPage(visitor, '/login', SIZES);
      await visitor.close();

      // Logs in through the Dutch form, then switches this device to the language under test.
      const page = await newPage(live.browser, live.server.url);
      const orgId = await logInDemo(page);
      await page.evaluate((locale) => window.localStorage.setItem('sb.locale', locale), language);
      const walked = await walkAndCheck(page, `/o/${orgId}`, SIZES);
      violations.push(...walked.violations);
      for (const path of ['/account', '/guide', '/guide/finance'])
        violations.push(...(await checkPage(page, path, SIZES)));
      await expect
        .poll(() => page.evaluate(() => document.documentElement.lang))
        .toBe(language === 'en' ? 'en-GB' : 'nl-BE');

      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(
        join(SCREENSHOT_DIR, `axe-${language}.json`),
        JSON.stringify({ visited: walked.visited, violations }, null, 2),
      );
      // The walk reaches the modules' pages, not just Home (a broken crawl would pass with none).
      expect(walked.visited.length).toBeGreaterThan(50);
      expect(violations).toEqual([]);
      await page.close();
    }, 1_800_000);
  }
});
