/**
 * One process per data folder. PGlite is an embedded database: two processes that open the same
 * folder each keep their own view of it (the second serves stale data, or worse). The server and
 * the CLI therefore take `DATA_DIR/stuurboord.lock` first; a lock of a process that is gone (a crash,
 * kill -9) is stale and taken over.
 */
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../lib/errors.ts';
import { same } from '../lib/messages.ts';
import { msg } from './messages.ts';

export const LOCK_FILE = 'stuurboord.lock';

/** Who holds a data folder. */
export interface LockHolder {
  pid: number;
  /** 'server' or 'cli <command>'. */
  role: string;
  startedAt: string;
  /** The server's address, when the holder is a server. */
  url?: string | undefined;
}

/**
 * The data folder is held by another living process: a {@link DomainError} (`data_dir_locked`,
 * 409 if it ever reaches HTTP). Its `message` holds both languages, for the terminal.
 */
export class DataDirLocked extends DomainError {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
  ) {
    const command = `"stuurboord ${holder.role.replace(/^cli /, '')}"`;
    const server = holder.role === 'server';
    const who = server
      ? msg(holder.url ? 'lock_holder_server_at' : 'lock_holder_server', { url: holder.url ?? '' })
      : same(command);
    const params = { dir, who, pid: holder.pid, since: holder.startedAt };
    super('data_dir_locked', msg(server ? 'data_dir_locked_server' : 'data_dir_locked', params));
    this.message = `${this.nl}\n${this.en}`;
  }
}

/** True while a process with this id exists (EPERM: it exists but belongs to someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof holder.pid === 'number' ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock of `dir` for this process, or throws `DataDirLocked` naming the process that holds
 * it. The lock is released by `release()` and, at the latest, when the process exits.
 */
export function lockDataDir(dir: string, who: { role: string; url?: string }): { file: string; release: () => void } {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, role: who.role, startedAt: new Date().toISOString(), url: who.url };
  // Written aside and hard-linked into place: the lock appears at once, with its content, or not at all.
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, JSON.stringify(mine));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = readHolder(file);
        if (holder && holder.pid !== process.pid && processAlive(holder.pid)) throw new DataDirLocked(dir, holder);
        if (attempt >= 2) throw error;
        rmSync(file, { force: true }); // stale: its process is gone (or it is this very process)
      }
    }
  } finally {
    rmSync(draft, { force: true });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.once('exit', release);
  return { file, release };
}
