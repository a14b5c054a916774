import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLocked, LOCK_FILE, lockDataDir, processAlive } from './data-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'stuurboord-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The id of a process that has already ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

describe('data folder lock', () => {
  it('takes the lock with this process id, and releases it', () => {
    const dir = join(root, 'a');
    const lock = lockDataDir(dir, { role: 'server', url: 'http://localhost:3000' });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      role: 'server',
      url: 'http://localhost:3000',
    });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a second process while the holder lives, naming it', () => {
    const dir = join(root, 'b');
    lockDataDir(dir, { role: 'server' }).release();
    // The parent of this test process is alive: let it "hold" the folder.
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({
        pid: process.ppid,
        role: 'server',
        startedAt: '2026-11-23T09:00:00Z',
        url: 'http://localhost:3000',
      }),
    );
    let error: unknown;
    try {
      lockDataDir(dir, { role: 'cli org:create' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataDirLocked);
    expect((error as Error).message).toContain(
      `in gebruik door de Stuurboord-server (http://localhost:3000), proces ${process.ppid}`,
    );
    expect((error as Error).message).toContain(`in use by the Stuurboord server, process ${process.ppid}`);
  });

  it('takes over a stale lock whose process is gone (after kill -9)', () => {
    const dir = join(root, 'c');
    const pid = deadPid();
    expect(processAlive(pid)).toBe(false);
    lockDataDir(dir, { role: 'server' }).release();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, role: 'server', startedAt: '2026-11-23T09:00:00Z' }));
    const lock = lockDataDir(dir, { role: 'server' });
    expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });
});
