#!/usr/bin/env node
/**
 * Builds what production runs, only when its sources changed:
 *   - server: the server, the CLI, the file worker and the migrations, compiled by tsc
 *     (tsconfig.build.json) into dist/src/… and dist/migrations/…;
 *   - ui: the web UI, built by vite into dist/web.
 * A target is stale when the hash of its sources differs from the one stored with its last build
 * (dist/.build/<target>.json); a missing or stale target is rebuilt, a fresh one costs a hash.
 *
 *   node scripts/build.mjs               both targets, when stale (`npm start` runs this first)
 *   node scripts/build.mjs server        one target
 *   node scripts/build.mjs --force       rebuild regardless (`npm run build`)
 *
 * Plain JavaScript on purpose: it runs before anything is compiled, without tsx. Concurrent runs
 * (two CLI calls) take turns through a lock folder; the stamp is written only after a build succeeded.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAMPS = join(ROOT, 'dist/.build');
const LOCK = join(ROOT, 'dist/.build-lock');
const LOCK_STALE_MS = 10 * 60_000;

/** A build tool's script in node_modules (dev dependencies); throws when it is not installed. */
function tool(path) {
  const full = join(ROOT, 'node_modules', path);
  if (!existsSync(full)) throw new Error(`${path} is not installed`);
  return full;
}

const isTest = (path) => /\.test\.tsx?$/.test(path);

/** What each target is built from; every file under a listed folder counts (tests excepted). */
const TARGETS = {
  server: {
    sources: ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json'],
    skip: (path) => path.startsWith('src/web/') || isTest(path) || path === 'src/server/testing.ts',
    outputs: ['dist/src', 'dist/migrations'],
    command: () => [tool('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  },
  ui: {
    // The UI imports schemas and logic from the modules, so all of src counts.
    sources: ['src', 'index.html', 'vite.config.ts', 'package-lock.json'],
    skip: isTest,
    outputs: [], // vite empties dist/web itself
    command: () => [tool('vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  },
};

function files(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => files(relative(ROOT, join(full, entry.name))));
}

/** sha256 over the names and contents of a target's sources. */
export function sourceHash(name) {
  const target = TARGETS[name];
  const hash = createHash('sha256');
  for (const path of target.sources.flatMap(files)) {
    if (target.skip(path)) continue;
    hash
      .update(`${path}\0`)
      .update(readFileSync(join(ROOT, path)))
      .update('\0');
  }
  return hash.digest('hex');
}

const stampFile = (name) => join(STAMPS, `${name}.json`);

function builtHash(name) {
  try {
    return JSON.parse(readFileSync(stampFile(name), 'utf8')).sources;
  } catch {
    return undefined;
  }
}

export function isFresh(name) {
  return builtHash(name) === sourceHash(name);
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** True when the lock's holder is gone (killed mid-build) or the lock is older than a build can take. */
function abandoned() {
  try {
    if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) return true;
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. A lock without its pid file yet is being taken: wait.
    return error.code === 'ESRCH';
  }
}

function withLock(work) {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (abandoned()) rmSync(LOCK, { recursive: true, force: true });
      else sleep(100);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds the named targets that are stale. `quiet`: the tools' output only when they fail (the CLI
 * prints JSON on stdout and stderr). Throws when a build fails.
 */
export function ensureBuilt(names = Object.keys(TARGETS), { force = false, quiet = false } = {}) {
  const log = (message) => quiet || process.stderr.write(`build: ${message}\n`);
  const stale = force ? names : names.filter((name) => !isFresh(name));
  if (stale.length === 0) return [];
  return withLock(() => {
    const built = [];
    for (const name of stale) {
      const hash = sourceHash(name);
      if (!force && builtHash(name) === hash) continue; // built by another process while we waited
      const target = TARGETS[name];
      let command;
      try {
        command = target.command();
      } catch {
        throw new Error(
          `build: dist/ is missing or older than the sources (${name}) and the build tools are not installed: ` +
            'run `npm install` (with dev dependencies), or build elsewhere and copy dist/.',
        );
      }
      log(`${name}: ${force ? 'building' : 'sources changed, building'}…`);
      rmSync(stampFile(name), { force: true });
      for (const output of target.outputs) rmSync(join(ROOT, output), { recursive: true, force: true });
      const run = spawnSync(process.execPath, command, { cwd: ROOT, stdio: quiet ? 'pipe' : 'inherit' });
      if (run.status !== 0) {
        if (quiet) process.stderr.write(`${run.stdout}${run.stderr}`);
        throw new Error(
          `build: ${name} failed (${relative(ROOT, command[0])} exited with ${run.status ?? run.signal})`,
        );
      }
      mkdirSync(STAMPS, { recursive: true });
      writeFileSync(stampFile(name), `${JSON.stringify({ sources: hash, at: new Date().toISOString() })}\n`);
      built.push(name);
    }
    return built;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !(name in TARGETS));
  if (unknown.length) {
    process.stderr.write(`build: unknown target ${unknown.join(', ')} (server, ui)\n`);
    process.exit(2);
  }
  try {
    ensureBuilt(names.length ? names : undefined, { force: args.includes('--force') });
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
