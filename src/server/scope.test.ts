/**
 * Every exported data function takes the organisation it works in, or is listed in UNSCOPED with what
 * scopes it instead. A new function that queries tables without an `orgId` fails here until someone
 * writes down why that is safe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSCOPED } from './unscoped.ts';

const ROOT = join(import.meta.dirname, '../..');
const QUERY = /\b(selectFrom|insertInto|updateTable|deleteFrom)\(/;

/** `module/file.ts#name` of every exported function with a db/tx parameter, no organisation parameter, that queries. */
function unscopedFunctions(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/export (?:async )?function (\w+)\s*(?:<[^>]*>)?\(([^)]*)\)[^{]*\{/g)) {
    const params = m[2]!;
    if (!/\b(db|tx)\s*:/.test(params) || /\b(orgId|org)\b/.test(params)) continue;
    const start = m.index! + m[0].length;
    const end = text.indexOf('\n}\n', start);
    if (QUERY.test(text.slice(start, end < 0 ? undefined : end))) found.push(`${file}#${m[1]}`);
  }
  return found;
}

function sources(dir: string): { key: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { key: relative(join(ROOT, dir), path), text: readFileSync(path, 'utf8') };
    });
}

describe('organisation scope', () => {
  const found = [...sources('src/modules'), ...sources('src/server')].flatMap((f) => unscopedFunctions(f.key, f.text));

  it('every data function without an organisation id is listed, with its reason, in unscoped.ts', () => {
    expect(found.filter((f) => !(f in UNSCOPED))).toEqual([]);
  });

  it('the list names no function that no longer exists or is scoped now', () => {
    expect(Object.keys(UNSCOPED).filter((k) => !found.includes(k))).toEqual([]);
  });

  it('the scan finds a query without an organisation id, and passes one with it', () => {
    const text = [
      "export async function byToken(db: Db, token: string) {\n  return db.selectFrom('x').where('t', '=', token);\n}\n",
      "export async function inOrg(db: Db, orgId: string) {\n  return db.selectFrom('x').where('org_id', '=', orgId);\n}\n",
    ].join('');
    expect(unscopedFunctions('m/queries.ts', text)).toEqual(['m/queries.ts#byToken']);
  });
});
