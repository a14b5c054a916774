/**
 * A generative test over the whole API (issue 10, item 8): walks the OpenAPI document the app
 * serves and sends every route and method parameters and bodies built from its schemas, mixed
 * with hostile values (NUL characters, year 0000, huge numbers, wrong types, broken files), logged
 * in as a `directie` member of a fresh organisation. No answer may be a 5xx or carry a stack trace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgWithMember, testAppForFile } from './testing.ts';

const ctx = testAppForFile();

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  default?: unknown;
};
type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

/** Strings and values a tester tries everywhere. */
const hostileString = fc.constantFrom(
  '\u0000',
  'a\u0000b',
  '0000-01-01',
  '0000-13-45',
  '9999-12-31',
  '2025-02-30',
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  "'; DROP TABLE organisation; --",
  'é€\u2028',
  '%00',
  '../../etc/passwd',
  'x'.repeat(5000),
  '-1',
  '1e308',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, -1, 0, 1e308, -1e308, 2 ** 53, 0.1, [], {}, [null], { '\u0000': 1 }),
);

function stringFor(s: Schema): fc.Arbitrary<string> {
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'date')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time')
    return fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (s.format === 'email') return fc.emailAddress();
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200));
    } catch {
      /* not a JS pattern */
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
}

/** An arbitrary of values valid for the schema, with a hostile value now and then. */
function arb(s: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: valid(s ?? {}, depth) }, { weight: 1, arbitrary: hostileValue });
}

function valid(s: Schema, depth: number): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => valid(a, depth)));
  if (s.allOf?.length) return valid(Object.assign({}, ...s.allOf), depth);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((t) => valid({ ...s, type: t }, depth)));
  switch (types[0]) {
    case 'string':
      return stringFor(s);
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -1e9), max: Math.min(s.maximum ?? 100_000, 1e9) });
    case 'number':
      return fc.double({
        min: Math.max(s.minimum ?? -1e6, -1e12),
        max: Math.min(s.maximum ?? 1e6, 1e12),
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(arb(s.items, depth + 1), { maxLength: Math.min(s.maxItems ?? 3, 3) });
    case 'object': {
      if (depth > 3 || !s.properties) return fc.constant({});
      const required = new Set(s.required ?? []);
      const shape = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, arb(v, depth + 1)]));
      return fc.record(shape, { requiredKeys: Object.keys(shape).filter((k) => required.has(k)) });
    }
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

/** File contents for upload routes: honest, broken, hostile. */
const fileContent = fc.oneof(
  fc.constantFrom(
    'code;period;value;note\nX;2026-01;1;\n',
    'Rekening;Bedrag\n604000;1\n',
    'a\u0000b;c\n',
    '"unclosed\n',
    '',
    'PK\u0003\u0004broken zip',
  ),
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ maxLength: 300 }),
);

const STACK = /\n\s+at\s|node_modules|\.ts:\d+|Error: /;

interface Route {
  path: string;
  method: string;
  op: Operation;
}

async function routes(): Promise<Route[]> {
  const doc = (await (await ctx.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
}

describe('every route of the OpenAPI document', () => {
  it('answers generated and hostile input with a status below 500 and no stack trace', {
    timeout: 600_000,
  }, async () => {
    const all = await routes();
    expect(all.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const route of all) {
      const { client, org } = await orgWithMember(ctx, 'directie');
      const params = route.op.parameters ?? [];
      const paramArb = fc.record(
        Object.fromEntries(
          params.map((p) => [
            `${p.in}:${p.name}`,
            p.name === 'orgId' && p.in === 'path'
              ? fc.oneof(
                  { weight: 5, arbitrary: fc.constant(org.id) },
                  { weight: 1, arbitrary: fc.oneof(fc.uuid(), hostileString) },
                )
              : p.required || p.in === 'path'
                ? arb(p.schema)
                : fc.option(arb(p.schema), { nil: undefined }),
          ]),
        ),
      );
      const content = route.op.requestBody?.content ?? {};
      const bodyArb: fc.Arbitrary<unknown> = content['application/json']
        ? arb(content['application/json'].schema)
        : content['multipart/form-data']
          ? fc.record({ file: fileContent, fields: arb(content['multipart/form-data'].schema) })
          : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(paramArb, bodyArb, async (values, body) => {
          let path = route.path;
          const query = new URLSearchParams();
          for (const p of params) {
            const v = values[`${p.in}:${p.name}`];
            if (v === undefined) continue;
            const text = typeof v === 'string' ? v : JSON.stringify(v);
            if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(text));
            else if (p.in === 'query') query.set(p.name, text);
          }
          const url = `/api${path}${query.size ? `?${query}` : ''}`;
          let status: number;
          let text: string;
          if (content['multipart/form-data']) {
            const { file, fields } = body as { file: string | Uint8Array; fields: unknown };
            const form = new FormData();
            form.set('file', new File([file as BlobPart], 'bestand.csv'));
            if (fields && typeof fields === 'object')
              for (const [k, v] of Object.entries(fields))
                if (k !== 'file' && v !== undefined) form.set(k, typeof v === 'string' ? v : JSON.stringify(v));
            const res = await ctx.app.request(
              url,
              { method: route.method, body: form, headers: { cookie: client.cookie } },
              { incoming: { socket: { remoteAddress: client.ip } } },
            );
            status = res.status;
            text = await res.text();
          } else {
            const res = await client.req(route.method, url, body);
            status = res.status;
            text = res.body === undefined ? '' : typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
          }
          const ok = status < 500 && !(res_isJson(text) && STACK.test(text));
          if (!ok)
            failures.push(
              `${route.method} ${route.path} → ${status}: ${text.slice(0, 200)} ← ${url.slice(0, 200)} ${JSON.stringify(body)?.slice(0, 300)}`,
            );
          return true;
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261210) },
      );
    }
    expect(failures).toEqual([]);
  });
});

/** Only JSON answers are checked for stack traces (a CSV or PDF export may hold anything). */
function res_isJson(text: string): boolean {
  return text.startsWith('{') || text.startsWith('[');
}
