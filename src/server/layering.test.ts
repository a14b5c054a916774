/**
 * What is shared lives outside the modules (src/lib, src/server), and modules do not import each
 * other in a circle. A module may still call another module's own domain functions (finance's
 * cost price for the KPIs, for instance); it may not borrow its HTTP, file or export plumbing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every relative import (type imports and re-exports included) of every file under src/, resolved. */
function imports(): { from: string; to: string }[] {
  return sources('src').flatMap((from) =>
    [...readFileSync(join(ROOT, from), 'utf8').matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map(
      (m) => ({ from, to: normalize(join(dirname(from), m[1]!)) }),
    ),
  );
}

/** The module of a path (`src/modules/orgs/…` → `orgs`), else null. */
const moduleOf = (path: string) => /^src\/modules\/([^/]+)\//.exec(path)?.[1] ?? null;

describe('layering', () => {
  const all = imports();

  it('no code outside finance borrows its HTTP, file or export plumbing', () => {
    const plumbing =
      /^src\/(modules\/finance\/(http|files)\.ts|modules\/finance\/logic\/text-file\.ts|modules\/finance\/exports\/(csv|format|pdf-render|pdf-text|charts)\.ts|web\/finance\/(api\.ts|components\/(FileField|FieldErrorsTable)\.tsx))$/;
    const outside = (f: string) => !f.startsWith('src/modules/finance/') && !f.startsWith('src/web/finance/');
    expect(all.filter((i) => outside(i.from) && plumbing.test(i.to)).map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it('modules do not import each other in a circle', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of all) {
      const a = moduleOf(from),
        b = moduleOf(to);
      if (a && b && a !== b && !/\.test\.ts$/.test(from)) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    const reaches = (a: string, target: string, seen = new Set<string>()): boolean =>
      [...(edges.get(a) ?? [])].some((b) => {
        if (b === target) return true;
        if (seen.has(b)) return false;
        seen.add(b);
        return reaches(b, target, seen);
      });
    const circles = [...edges].flatMap(([a, bs]) =>
      [...bs].filter((b) => reaches(b, a)).map((b) => `${a} → ${b} → … → ${a}`),
    );
    expect(circles).toEqual([]);
  });

  it('orgParams is defined once, in server/http.ts', () => {
    const defining = sources('src').filter((f) => /\borgParams\s*=\s*z\./.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(defining).toEqual(['src/server/http.ts']);
  });
});
