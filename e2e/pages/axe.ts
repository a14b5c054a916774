/**
 * Accessibility walk: every page a signed-in person can reach by following the app's own links, checked
 * with axe-core (WCAG 2.1 A/AA rules). Pages are found, not listed: starting at the organisation's Home,
 * every in-app link is followed once per route shape (ids become `:id`), so a new page is checked as soon
 * as a link leads to it.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** A violation axe rates serious or critical, with where it stands. */
export interface SeriousViolation {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  /** What axe says is wrong with the first element, e.g. the two colours and their ratio. */
  summary: string;
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ID_SEGMENT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;

/** The route shape of a path: `/o/<uuid>/clients/<uuid>` → `/o/:id/clients/:id`. */
export function routeShape(path: string): string {
  return path
    .split('/')
    .map((segment) => (ID_SEGMENT.test(segment) ? ':id' : segment))
    .join('/');
}

/** Waits until the page has rendered its heading and its requests are done. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** Serious and critical violations of the page as it stands now. */
export async function seriousViolations(page: Page, label: string): Promise<SeriousViolation[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: label,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)}`),
      summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
    }));
}

/** The in-app links of the current page below `prefix` (path only, without query or hash). */
async function linksBelow(page: Page, prefix: string): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs.filter((href) => href === prefix || href.startsWith(`${prefix}/`)))];
}

/** A window size to check a page at. */
export interface Viewport {
  width: number;
  height: number;
}

/** Serious violations of the current page at each size (resized in place, so the page loads once). */
async function checkAtSizes(page: Page, label: string, viewports: readonly Viewport[]): Promise<SeriousViolation[]> {
  const found: SeriousViolation[] = [];
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    await settle(page);
    found.push(...(await seriousViolations(page, `${label} @${viewport.width}`)));
  }
  return found;
}

/**
 * Visits Home below `prefix` (`/o/<id>`) and every page its links lead to, once per route shape, checks
 * each at every size, and answers the shapes visited and their serious violations. `limit` stops a
 * runaway walk.
 */
export async function walkAndCheck(
  page: Page,
  prefix: string,
  viewports: readonly Viewport[],
  limit = 150,
): Promise<{ visited: string[]; violations: SeriousViolation[] }> {
  const queue = [prefix];
  const seen = new Set([routeShape(prefix)]);
  const violations: SeriousViolation[] = [];
  while (queue.length > 0 && seen.size <= limit) {
    const path = queue.shift() as string;
    await page.goto(path);
    violations.push(...(await checkAtSizes(page, routeShape(path), viewports)));
    for (const link of await linksBelow(page, prefix)) {
      const shape = routeShape(link);
      if (!seen.has(shape)) {
        seen.add(shape);
        queue.push(link);
      }
    }
  }
  return { visited: [...seen], violations };
}

/** Opens `path` and answers its serious violations at every size. */
export async function checkPage(page: Page, path: string, viewports: readonly Viewport[]): Promise<SeriousViolation[]> {
  await page.goto(path);
  return checkAtSizes(page, path, viewports);
}
