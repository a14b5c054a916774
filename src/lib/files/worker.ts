/**
 * The file worker: runs one file task at a time (a named export of a module, given the bytes),
 * off the request thread. Errors travel back as plain data (see pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { describe, type TaskMessage } from './wire.ts';

parentPort!.on('message', async (task: TaskMessage) => {
  try {
    const mod = (await import(task.module)) as Record<string, (bytes: Uint8Array, ...args: unknown[]) => unknown>;
    const fn = mod[task.name];
    if (typeof fn !== 'function') throw new Error(`no file task ${task.name} in ${task.module}`);
    parentPort!.postMessage({ id: task.id, ok: true, result: await fn(task.bytes, ...task.args) });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, ok: false, error: describe(e) });
  }
});
