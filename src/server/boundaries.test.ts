/**
 * The import-boundary check (`npm run check:deps`, dependency-cruiser with .dependency-cruiser.cjs) run
 * on a small made-up tree that breaks each rule once, and on one that keeps them: the check can fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Writes the files into a fresh folder and runs the check there, as `npm run check:deps` does: its exit status and the rules it reports. */
function check(files: Record<string, string>): { status: number | null; rules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'stuurboord-deps-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(ROOT, 'scripts/depcruise-tsx.mjs'),
      join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  const rules = [...run.stdout.matchAll(/^\s*error ([\w-]+): (\S+)/gm)].map((m) => `${m[1]}: ${m[2]}`);
  return { status: run.status, rules: rules.sort() };
}

/** Module a publishes `x` from an inner file and uses module b through b's public.ts, as the rules want. */
const MODULE_A = {
  'src/modules/a/public.ts': "export { x } from './inner.ts';\n",
  'src/modules/a/inner.ts': "import { y } from '../b/public.ts';\nexport const x = y + 1;\n",
};

describe('import boundaries (dependency-cruiser)', () => {
  it('reports each broken rule', () => {
    const { status, rules } = check({
      ...MODULE_A,
      'src/modules/b/public.ts': "import { z } from '../a/inner.ts';\nexport const y = 1;\nexport const w = z;\n",
      'src/modules/b/logic.ts': 'export const pure = 1;\n',
      'src/modules/b/queries.ts': 'export const query = 1;\n',
      'src/modules/b/b.test.ts': "import { x } from '../a/inner.ts';\nexport const t = x;\n",
      'src/lib/util.ts': "import { y } from '../modules/b/public.ts';\nexport const u = y;\n",
      'src/web/Page.tsx':
        "import { query } from '../modules/b/queries.ts';\nimport { pure } from '../modules/b/logic.ts';\n" +
        'export const Page = () => <p>{query + pure}</p>;\n',
    });
    expect(status).not.toBe(0);
    expect(rules).toEqual([
      'lib-is-below-everything: src/lib/util.ts',
      'module-reaches-inside-another: src/modules/b/public.ts',
      'no-cycle-across-modules: src/modules/a/inner.ts',
      'test-reaches-inside-another-module: src/modules/b/b.test.ts',
      'web-imports-no-server-code: src/web/Page.tsx',
    ]);
  });

  it('passes a tree that keeps them', () => {
    const { status, rules } = check({
      ...MODULE_A,
      'src/modules/b/public.ts': 'export const y = 1;\n',
      'src/modules/b/schema.ts': 'export const shape = 1;\n',
      'src/modules/b/testing.ts': 'export const fixture = 1;\n',
      'src/modules/a/a.test.ts': "import { fixture } from '../b/testing.ts';\nexport const t = fixture;\n",
      'src/web/Page.tsx':
        "import { shape } from '../modules/b/schema.ts';\nexport const Page = () => <p>{shape}</p>;\n",
    });
    expect(rules).toEqual([]);
    expect(status).toBe(0);
  });
});
