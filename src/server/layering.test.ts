/**
 * What is shared lives outside the modules (src/lib, src/server), and modules do not import each
 * other in a circle. A module calls another module only through its published files (public.ts,
 * schema.ts; checked by dependency-cruiser, `npm run check:deps`), and reads and writes only its own
 * tables (declared in its tables.ts; checked here by scanning the source).
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

/**
 * The one cycle between modules, named so that no other joins it: CAF turns an improvement point into
 * a performance action (caf → performance), and performance shows the CAF score as a KPI and checks the
 * round an action refers to (performance → caf). Both go through published files only.
 */
const KNOWN_CYCLE = new Set(['performance→caf']);

/** Table → owning module, from every module's `…Tables` interface in its tables.ts. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const m of readdirSync(join(ROOT, 'src/modules'))) {
    let text: string;
    try {
      text = readFileSync(join(ROOT, 'src/modules', m, 'tables.ts'), 'utf8');
    } catch {
      continue;
    }
    const body = /export interface \w+Tables \{([^}]*)\}/.exec(text)?.[1] ?? '';
    for (const t of body.matchAll(/^\s*([a-z_]+)\s*:/gm)) owners.set(t[1]!, m);
  }
  return owners;
}

/** Every table a source text names in a Kysely call or in raw SQL. */
function tablesNamed(text: string, tables: string[]): string[] {
  const names = [...tables].sort((a, b) => b.length - a.length).join('|');
  const kysely = `(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\\(\\s*'(${names})\\b`;
  const raw = `\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(${names})\\b`;
  return [...text.matchAll(new RegExp(`${kysely}|${raw}`, 'gi'))].map((m) => (m[1] ?? m[2])!);
}

/**
 * Tables another module may name, and why. The organisation, its people and their memberships are the
 * identity every query is scoped by: modules join them for names and membership checks, and auth keeps a
 * user's credentials (login time, password). Transfer exports and imports every table by design.
 */
const SHARED_TABLES = new Set(['organisation', 'app_user', 'membership']);
const READS_EVERY_TABLE = new Set(['transfer']);

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
      if (a && b && a !== b && !/\.test\.ts$/.test(from) && !KNOWN_CYCLE.has(`${a}→${b}`))
        edges.set(a, (edges.get(a) ?? new Set()).add(b));
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

  it('a module names only its own tables (and the shared identity tables)', () => {
    const owners = tableOwners();
    const foreign = sources('src/modules')
      .filter((f) => !/\.test\.ts$/.test(f) && !READS_EVERY_TABLE.has(moduleOf(f)!))
      .flatMap((f) =>
        tablesNamed(readFileSync(join(ROOT, f), 'utf8'), [...owners.keys()])
          .filter((t) => owners.get(t) !== moduleOf(f) && !SHARED_TABLES.has(t))
          .map((t) => `${f} → ${t} (${owners.get(t)})`),
      );
    expect(owners.get('cl_agreement')).toBe('clients');
    expect(owners.size).toBeGreaterThan(40);
    expect([...new Set(foreign)]).toEqual([]);
  });

  it('the table scan sees Kysely calls and raw SQL', () => {
    const tables = ['cl_client', 'caf_consensus', 'fin_account'];
    expect(tablesNamed("db.selectFrom('cl_client')", tables)).toEqual(['cl_client']);
    expect(tablesNamed(".innerJoin('caf_consensus as c', …)", tables)).toEqual(['caf_consensus']);
    expect(tablesNamed('sql`SELECT count(*) FROM fin_account WHERE org_id = 1`', tables)).toEqual(['fin_account']);
    expect(tablesNamed("db.selectFrom('cl_clientele')", tables)).toEqual([]);
  });
});
