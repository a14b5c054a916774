/**
 * Helpers for API tests: a fresh database per test file (PGlite in memory, or a new database on the
 * PostgreSQL server of DATABASE_URL), the real app, and a cookie-keeping client.
 */
import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { paths } from '../lib/api-paths.ts';
import type { ErrorBody } from './http.ts';
import { LoginLimiter } from '../modules/auth/rate-limit.ts';
import type { Role } from '../modules/orgs/policy.ts';
import { addMember, createOrganisation } from '../modules/orgs/queries.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { openDatabase, type Db } from './db.ts';
import { migrateToLatest } from './migrate.ts';
import { hashPassword } from './secrets.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

/** Opens an empty, migrated database for one test file; `drop()` removes it again. */
export async function openTestDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(db);
    return { db, drop: () => db.destroy() };
  }
  const name = `sb_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const db = openDatabase({ databaseUrl: dbUrl.toString(), dataDir: '' });
  await migrateToLatest(db);
  return {
    db,
    drop: async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The real application on a test database, with generous login limits unless given. */
export async function testApp(opts: { limiter?: LoginLimiter } = {}) {
  const { db, drop } = await openTestDatabase();
  const config = {
    ...readConfig({}),
    webDir: '/nonexistent',
    publicUrl: 'http://localhost:3000',
    checkResponses: true,
  };
  const app = createApp({
    db,
    config,
    limiter: opts.limiter ?? new LoginLimiter({ windowMs: 60_000, perAccountIp: 1000, perIp: 1000, slowAfter: 1000 }),
  });
  return { app, db, config, close: drop };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;
type App = TestApp['app'];

/**
 * The app of one test file: opened before its first test, closed after its last. The returned object is
 * filled in by `beforeAll`, so read its fields inside tests and hooks, not at the top of the file.
 */
export function testAppForFile(opts: Parameters<typeof testApp>[0] = {}): TestApp {
  const ctx = {} as TestApp;
  beforeAll(async () => {
    Object.assign(ctx, await testApp(opts));
  });
  afterAll(() => ctx.close());
  return ctx;
}

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

/** A response as the untyped calls answer it: the body parsed when it is JSON, else its text. */
async function answerOf(res: Response): Promise<Answer> {
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** A client that keeps its session cookie, like a browser tab. */
export class Client {
  cookie = '';
  private static clients = 0;
  /** Each client has its own address, as separate browsers would; the login limiter counts per address. */
  readonly ip: string;
  constructor(
    private readonly app: App,
    readonly lang = 'nl',
    ip?: string,
  ) {
    this.ip = ip ?? `192.0.2.${++Client.clients % 250}`;
  }

  /**
   * The typed client (openapi-fetch over `src/lib/api-paths.ts`), sending through `app.request` with
   * this client's cookie, language and address: `const { data, error, response } =
   * await client.api.GET('/orgs/{orgId}', { params: { path: { orgId } } })`.
   */
  readonly api = createClient<paths>({ baseUrl: 'http://localhost/api', fetch: (request) => this.send(request) });

  private async send(request: Request): Promise<Response> {
    const headers = new Headers(request.headers);
    headers.set('accept-language', this.lang);
    if (this.cookie) headers.set('cookie', this.cookie);
    const res = await this.app.request(new Request(request, { headers }), undefined, {
      incoming: { socket: { remoteAddress: this.ip } },
    });
    this.keepCookie(res);
    return res;
  }

  private keepCookie(res: Response): void {
    const set = res.headers.get('set-cookie');
    if (set?.startsWith('sb_session=')) this.cookie = set.split(';')[0]!.endsWith('=') ? '' : set.split(';')[0]!;
  }

  /** The untyped request of the modules not yet on the typed client. */
  async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const init: RequestInit = {
      method,
      headers: { 'accept-language': this.lang, ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
    };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const res = await this.app.request(path, init, { incoming: { socket: { remoteAddress: this.ip } } });
    this.keepCookie(res);
    return answerOf(res);
  }

  /** A multipart upload, as a browser form sends it: `file` plus text fields. */
  async upload(
    path: string,
    file: { name: string; content: string | Uint8Array },
    fields: Record<string, string> = {},
  ): Promise<Answer> {
    const form = new FormData();
    form.set('file', new File([file.content as BlobPart], file.name));
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const res = await this.app.request(
      path,
      {
        method: 'POST',
        body: form,
        headers: { 'accept-language': this.lang, ...(this.cookie ? { cookie: this.cookie } : {}) },
      },
      { incoming: { socket: { remoteAddress: this.ip } } },
    );
    return answerOf(res);
  }

  get = (path: string) => this.req('GET', path);
  post = (path: string, body?: unknown) => this.req('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.req('PATCH', path, body);
  delete = (path: string) => this.req('DELETE', path);

  async login(email: string, password = TEST_PASSWORD) {
    const { data, error, response } = await this.api.POST('/auth/login', { body: { email, password } });
    if (!data) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(error)}`);
    return { status: response.status, body: data, headers: response.headers };
  }
}

/** A typed client answer in the shape the tests assert on: the success data, or the error envelope. */
export interface TypedAnswer<D> {
  status: number;
  /** A 204 route has no data: its body is only ever an error. */
  body: [D] extends [undefined] ? Partial<ErrorBody> : D & Partial<ErrorBody>;
  headers: Headers;
}

/** `await answer(client.api.PATCH(…))`: the typed call's status, body (data or error) and headers. */
export async function answer<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>) {
  const { data, error, response } = await call;
  const body = (data ?? error) as TypedAnswer<D>['body'];
  return { status: response.status, body, headers: response.headers } satisfies TypedAnswer<D>;
}

/** The actions audited in an organisation whose name starts with `prefix` (`'kpi.'`), oldest first. */
export async function auditedActions(db: Db, orgId: string, prefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .where('org_id', '=', orgId)
    .where('action', 'like', `${prefix}%`)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

/** The entries of one audited action (`'client.read'`) in an organisation, oldest first. */
export function auditEntries(db: Db, orgId: string, action: string) {
  return db
    .selectFrom('audit_log')
    .select(['entity_id', 'details'])
    .where('org_id', '=', orgId)
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

/** Path parameters of a route under the organisation, plus the route's own ids: `orgPath(orgId, { kpiId })`. */
export const orgPath = <T extends object>(orgId: string, more?: T) => ({
  params: { path: { orgId, ...(more ?? ({} as T)) } },
});

let counter = 0;

/** A new organisation with one logged-in member of `role` (and a beheerder when role differs). */
export async function orgWithMember(ctx: { app: App; db: Db }, role: Role = 'beheerder') {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const n = ++counter;
  const org = await createOrganisation(ctx.db, {
    name: `Testorganisatie ${n}`,
    type: 'vza',
    fiscalYearStartMonth: 1,
    language: 'nl',
  });
  const email = `${role}.${n}.${randomUUID().slice(0, 8)}@test.be`;
  const { member } = await addMember(ctx.db, org.id, {
    email,
    name: `Test ${role} ${n}`,
    role,
    passwordHash: await passwordHash,
  });
  if (role !== 'beheerder') {
    await addMember(ctx.db, org.id, {
      email: `admin.${n}.${randomUUID().slice(0, 8)}@test.be`,
      name: `Admin ${n}`,
      role: 'beheerder',
      passwordHash: await passwordHash,
    });
  }
  const client = new Client(ctx.app);
  await client.login(email);
  return { org, member, email, client };
}

/** Another member of `orgId` with `role` ("Collega <role>"), logged in. */
export async function colleague(ctx: { app: App; db: Db }, orgId: string, role: Role) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}.${randomUUID().slice(0, 8)}@test.be`;
  const { member } = await addMember(ctx.db, orgId, {
    email,
    name: `Collega ${role}`,
    role,
    passwordHash: await passwordHash,
  });
  const client = new Client(ctx.app);
  await client.login(email);
  return { client, userId: member.userId };
}

/** A new organisation with a logged-in director and logged-in colleagues by name (`{ coach: 'begeleider' }`). */
export async function directorWithTeam<K extends string>(ctx: { app: App; db: Db }, roles: Record<K, Role>) {
  const dir = await orgWithMember(ctx, 'directie');
  const orgId = dir.org.id;
  const team = {} as Record<K, Awaited<ReturnType<typeof colleague>>>;
  for (const [name, role] of Object.entries(roles) as [K, Role][]) team[name] = await colleague(ctx, orgId, role);
  return { orgId, director: dir.client, ...team };
}
