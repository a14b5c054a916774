/**
 * Tests that cannot flake: a browser assertion waits for the state instead of sampling it once
 * (`await expect.poll(() => locator.count()).toBe(0)` retries until it holds; the e2e project sets
 * the poll timeout in vitest.config.ts), no fixed sleeps, and no test asserts wall-clock time
 * (speed is measured in bench/, with JSON output).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SELF = relative(ROOT, import.meta.filename);

function files(dir: string, name: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && name.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Lines of `files` that match any of `patterns`, as `file:line: text`. */
function offending(list: string[], patterns: RegExp[]): string[] {
  return list
    .filter((f) => f !== SELF)
    .flatMap((f) =>
      readFileSync(join(ROOT, f), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          !/^\s*(\*|\/\/)/.test(line) && patterns.some((p) => p.test(line)) ? [`${f}:${i + 1}: ${line.trim()}`] : [],
        ),
    ); // comments may name the rule
}

/** Reading the page's state: what a one-off sample inside `expect(…)` would read. */
const STATE = String.raw`\.(count|isVisible|isHidden|isChecked|isEnabled|isDisabled|isEditable|textContent|innerText|innerHTML|inputValue|getAttribute|allTextContents|allInnerTexts|title|content|url|evaluate)\(`;

describe('browser tests wait for the state', () => {
  const e2e = files('e2e', /\.ts$/);

  it('never assert on one sample of the page (expect(await locator.count()), expect(x.textContent()).resolves, expect(page.url()))', () => {
    expect(
      offending(e2e, [
        new RegExp(String.raw`(?<!\.poll\()\bexpect\(\s*(await\s+)?[^;]*?${STATE}`), // expect(await …count()) / expect(page.url())
        /\.resolves\./, // expect(locator.count()).resolves.toBe(…)
      ]).filter((line) => !/expect\.poll\(/.test(line)),
    ).toEqual([]);
  });

  it('never sleep a fixed time', () => {
    expect(offending(e2e, [/waitForTimeout\(/, /setTimeout\(\s*r(esolve)?\s*,\s*\d+/])).toEqual([]);
  });
});

describe('no test asserts wall-clock time', () => {
  it('measures nothing with performance.now() or Date.now() differences in unit and API tests', () => {
    const tests = files('src', /\.test\.ts$/);
    expect(offending(tests, [/performance\.now\(\)/, /Date\.now\(\)\s*-\s*\w/])).toEqual([]);
  });
});
