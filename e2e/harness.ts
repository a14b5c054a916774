/**
 * Helpers for the browser tests (and the benchmark): start the real server in
 * a child process on a fresh data dir and a free port, drive headless system
 * Chromium through playwright-core, save screenshots under test-results/.
 *
 *   const server = await startServer();            // fresh PGlite dir, no demo
 *   const browser = await launchBrowser();
 *   const page = await newPage(browser, server.url);
 *   await page.goto('/');                          // relative to server.url
 *   await screenshot(page, 'login');
 *   await browser.close(); await server.stop();
 *
 * Assertions wait for the state, never sample it once: playwright-core has no retrying `expect`
 * (that is @playwright/test), so use Vitest's `await expect.poll(() => locator.count()).toBe(0)`,
 * or `locator.waitFor()`. The e2e project sets the poll timeout (vitest.config.ts);
 * src/server/test-rules.test.ts refuses `expect(await locator.count())` and fixed sleeps.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'test-results');
/** Administrator created on first start (STUURBOORD_ADMIN_EMAIL / _PASSWORD). */
export const ADMIN_EMAIL = 'admin@stuurboord.test';
export const ADMIN_PASSWORD = 'Correct-Horse-Battery-9';

export interface StartServerOptions {
  /** Extra environment for the server; a value of `undefined` removes the variable. */
  env?: Record<string, string | undefined>;
  /** Create the demo organisation (STUURBOORD_DEMO). Default false. */
  demo?: boolean;
  /** Reuse a data dir (e.g. restart after kill9()); default: a fresh temp dir. */
  dataDir?: string;
  adminEmail?: string;
  adminPassword?: string;
  /** Default: a free port on 127.0.0.1. */
  port?: number;
  /** How long to wait for GET /api/health → {"status":"ok"}. Default 120 s (a loaded 2-core machine compiles slowly). */
  timeoutMs?: number;
  /** Health poll interval while starting. Default 50 ms. */
  pollMs?: number;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  dataDir: string;
  adminEmail: string;
  adminPassword: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved, in arrival order. */
  readonly output: string;
  /** Resolves when the process has exited. */
  exited: Promise<ExitStatus>;
  /** SIGTERM, then wait for exit; throws (after SIGKILL) if it takes longer than timeoutMs (default 10 s). */
  stop(timeoutMs?: number): Promise<ExitStatus & { ms: number }>;
  /** SIGKILL (kill -9) and wait for the process to be gone; the data dir is kept. */
  kill9(): Promise<ExitStatus>;
  /** Wait until the output matches (e.g. the printed URL or setup link). */
  waitForOutput(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
}

const running = new Set<RunningServer>();
const tempDirs: string[] = [];

// Last resort when a test forgets to stop: no orphan servers, no temp dirs left.
process.once('exit', () => {
  for (const server of running) server.child.kill('SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * Set by e2e/global-setup.ts: one temp root for the whole e2e run, removed
 * (and any server still listed in it killed) by its teardown, even when a
 * test worker dies without cleaning up.
 */
export const E2E_TMP_ENV = 'STUURBOORD_E2E_TMP';

/** A fresh temp dir, removed by stopAll() or when the test process exits. */
export function makeTempDir(prefix = 'stuurboord-e2e-'): string {
  const root = process.env[E2E_TMP_ENV] ?? tmpdir();
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, prefix));
  tempDirs.push(dir);
  return dir;
}

/** Notes a server pid under the e2e temp root so the global teardown can kill leftovers. */
function notePid(pid: number | undefined, alive: boolean): void {
  const root = process.env[E2E_TMP_ENV];
  if (!root || !pid) return;
  const file = join(root, 'pids', String(pid));
  try {
    if (alive) {
      mkdirSync(join(root, 'pids'), { recursive: true });
      writeFileSync(file, '');
    } else {
      rmSync(file, { force: true });
    }
  } catch {
    // best effort: the teardown also removes the whole root
  }
}

/** Environment for the server: ours, minus test-runner and database leftovers. */
function serverEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Run like `npm start`: not in Vitest's test mode, and on PGlite unless a
  // DATABASE_URL is passed explicitly.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'DATABASE_URL' || key === 'TEST') delete env[key];
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/**
 * Spawns `node --import tsx src/server/main.ts` (the node process *is* the
 * server: signals and RSS apply to it) and waits until it is healthy.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? makeTempDir();
  const adminEmail = options.adminEmail ?? ADMIN_EMAIL;
  const adminPassword = options.adminPassword ?? ADMIN_PASSWORD;
  const url = `http://127.0.0.1:${port}`;
  const env = serverEnv({
    DATA_DIR: dataDir,
    PORT: String(port),
    STUURBOORD_DEMO: options.demo ? 'true' : 'false',
    STUURBOORD_ADMIN_EMAIL: adminEmail,
    STUURBOORD_ADMIN_PASSWORD: adminPassword,
    // Loopback only, and links the server prints point where the tests go.
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    ...options.env,
  });

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  notePid(child.pid, true);
  let stdout = '';
  let stderr = '';
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (which: 'out' | 'err') => (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (which === 'out') stdout += text;
    else stderr += text;
    output += text;
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData('out'));
  child.stderr!.on('data', onData('err'));

  let exitStatus: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolveExit) => {
    child.once('exit', (code, signal) => {
      exitStatus = { code, signal };
      running.delete(server);
      notePid(child.pid, false);
      for (const listener of listeners) listener();
      resolveExit(exitStatus);
    });
  });

  const server: RunningServer = {
    url,
    port,
    dataDir,
    adminEmail,
    adminPassword,
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    get output() {
      return output;
    },
    exited,
    async stop(timeoutMs = 10_000) {
      const started = Date.now();
      if (exitStatus) return { ...exitStatus, ms: 0 };
      child.kill('SIGTERM');
      const status = await Promise.race([exited, delay(timeoutMs).then(() => undefined)]);
      if (!status) {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`server did not exit within ${timeoutMs} ms of SIGTERM; output:\n${tail(output)}`);
      }
      return { ...status, ms: Date.now() - started };
    },
    async kill9() {
      if (exitStatus) return exitStatus;
      child.kill('SIGKILL');
      return exited;
    },
    waitForOutput(pattern, timeoutMs = 15_000) {
      const matches = () => (typeof pattern === 'string' ? output.includes(pattern) : pattern.test(output));
      return new Promise<string>((resolveWait, reject) => {
        if (matches()) return resolveWait(output);
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`server output did not match ${String(pattern)} within ${timeoutMs} ms:\n${tail(output)}`));
        }, timeoutMs);
        function check() {
          if (matches()) {
            clearTimeout(timer);
            listeners.delete(check);
            resolveWait(output);
          } else if (exitStatus) {
            clearTimeout(timer);
            listeners.delete(check);
            reject(
              new Error(
                `server exited (${JSON.stringify(exitStatus)}) before printing ${String(pattern)}:\n${tail(output)}`,
              ),
            );
          }
        }
        listeners.add(check);
      });
    },
  };
  running.add(server);

  try {
    await waitForHealthy(url, options.timeoutMs ?? 120_000, () => exitStatus, options.pollMs);
  } catch (error) {
    if (!exitStatus) {
      child.kill('SIGKILL');
      await exited;
    }
    throw new Error(`${(error as Error).message}\nserver output:\n${tail(output)}`);
  }
  return server;
}

/**
 * Polls GET /api/health until it answers 200 {"status":"ok"}; rejects on
 * timeout or when the process exits first.
 */
export async function waitForHealthy(
  url: string,
  timeoutMs = 30_000,
  hasExited: () => ExitStatus | undefined = () => undefined,
  intervalMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    const status = hasExited();
    if (status) throw new Error(`server exited before it was healthy (${JSON.stringify(status)})`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      const body = await response.text();
      if (response.status === 200 && isOk(body)) return;
      last = `${response.status} ${body.slice(0, 200)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await delay(intervalMs);
  }
  throw new Error(`server at ${url} not healthy within ${timeoutMs} ms (last: ${last})`);
}

function isOk(body: string): boolean {
  try {
    return (JSON.parse(body) as { status?: unknown }).status === 'ok';
  } catch {
    return false;
  }
}

/** Stops every server this process started and removes their temp data dirs (for afterAll). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((server) => server.stop()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Headless system Chromium with the flags our CI needs. */
export function launchBrowser(options: { headless?: boolean; slowMo?: number } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    slowMo: options.slowMo,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A page in a fresh context (own cookies and storage) whose relative
 * `page.goto('/…')` resolves against baseURL; Dutch (Belgium) by default. It asks for reduced motion, as
 * some users do: the interface then does not animate (the theme respects it), so a click never lands on
 * a navigation group that is still unfolding.
 */
export async function newPage(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    ...options,
  });
  return context.newPage();
}

/** Saves a full-page PNG as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const safe = name.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot';
  const path = join(SCREENSHOT_DIR, safe.endsWith('.png') ? safe : `${safe}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
}

function tail(text: string, lines = 60): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** The `stuurboord` command on the embedded database in `dataDir`: exit code and output. */
export async function runCli(dataDir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(REPO_ROOT, 'bin/stuurboord.js'), ...args], {
      env,
      cwd: REPO_ROOT,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, out: error.stdout, err: error.stderr };
  }
}
