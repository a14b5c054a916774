/**
 * Issue 12 §8 in the browser: every page the director reaches by the app's own links, in Dutch and in
 * English, on a desktop (1440×900) and a tablet (1024×768), has no serious or critical axe-core
 * violation (WCAG 2.1 A and AA). The login page and the user guide are checked too. Each run writes its
 * findings to test-results/axe-<language>-<width>.json for reading.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, SCREENSHOT_DIR } from './harness.ts';
import { type SeriousViolation, seriousViolations, settle, walkAndCheck } from './pages/axe.ts';
import { logInDemo, withDemoServer } from './setup.ts';

const live = withDemoServer();

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

function report(name: string, visited: string[], violations: SeriousViolation[]): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, `axe-${name}.json`), JSON.stringify({ visited, violations }, null, 2));
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const language of ['nl', 'en'] as const) {
    for (const viewport of SIZES) {
      it(`has no serious violation on any page in ${language} at ${viewport.width}×${viewport.height}`, async () => {
        const visitor = await newPage(live.browser, live.server.url, { viewport });
        await visitor.addInitScript((locale) => window.localStorage.setItem('sb.locale', locale), language);
        await visitor.goto('/login');
        await settle(visitor);
        const violations = await seriousViolations(visitor, '/login');
        await visitor.close();

        // Logs in through the Dutch form, then switches this device to the language under test.
        const page = await newPage(live.browser, live.server.url, { viewport });
        const orgId = await logInDemo(page);
        await page.evaluate((locale) => window.localStorage.setItem('sb.locale', locale), language);
        const walked = await walkAndCheck(page, `/o/${orgId}`);
        violations.push(...walked.violations);

        await page.goto('/guide');
        await settle(page);
        violations.push(...(await seriousViolations(page, '/guide')));
        await page.goto('/account');
        await settle(page);
        violations.push(...(await seriousViolations(page, '/account')));

        report(`${language}-${viewport.width}`, walked.visited, violations);
        // The walk reaches the modules' pages, not just Home (a broken crawl would pass with none).
        expect(walked.visited.length).toBeGreaterThan(40);
        expect(violations).toEqual([]);
        await page.close();
      }, 900_000);
    }
  }
});
