/**
 * A small pool of file workers (node:worker_threads): uploads are read off the request thread, so
 * the server keeps answering while a file is parsed. One worker by default (STUURBOORD_FILE_WORKERS
 * for more): files queue, and a hostile file costs one bounded worker, never the server. A worker
 * has a heap ceiling and a deadline; past either it is ended and the file refused with a 400.
 * The zip directory of an XLSX is checked before the file is queued.
 */
import { Worker } from 'node:worker_threads';
import { AppError, type FieldError, toAppError as serverAnswer } from '../../server/errors.ts';
import { DomainError } from '../errors.ts';
import { describe, type TaskError, type TaskMessage } from './wire.ts';
import { isXlsx } from './xlsx.ts';
import { zipDirectory } from './zip.ts';
import { msg } from './messages.ts';

const HEAP_MB = 384;
const DEADLINE_MS = 120_000;
const IDLE_MS = 10 * 60_000;
const SIZE = Math.max(1, Number(process.env.STUURBOORD_FILE_WORKERS) || 1);

interface Job {
  message: TaskMessage;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const queue: Job[] = [];
const slots = new Set<Slot>();
let nextId = 1;

const fileField = (m: { nl: string; en: string }): FieldError[] => [{ path: 'file', message: m }];

/** The worker's error as the AppError the client sees. */
export function toAppError(error: TaskError): Error {
  switch (error.kind) {
    case 'domain':
      return serverAnswer(new DomainError(error.code, error.messages, { details: error.details }))!;
    case 'cells': {
      const count = error.errors.length + error.more;
      return new AppError('validation', msg('file_errors', { count }), {
        fields: error.errors.map((e) => ({ path: `line ${e.line} · ${e.column}`, message: { nl: e.nl, en: e.en } })),
      });
    }
    case 'app':
      return new AppError(error.code as never, error.messages, {
        fields: error.fields as FieldError[] | undefined,
        details: error.details as Record<string, unknown> | undefined,
      });
    default:
      return new Error(`file worker: ${error.message}`);
  }
}

const tooHeavy = () =>
  new AppError('validation', msg('file_takes_too_much'), {
    fields: fileField(msg('too_heavy')),
    details: { limit: 'workerResources' },
  });

/**
 * Compiled (`dist/…/pool.js`, `npm start`): the worker and the task modules are `.js` files that
 * Node runs as they are. From source (tsx, Vitest): boot.mjs registers tsx in the worker thread first.
 */
const COMPILED = import.meta.url.endsWith('.js');

/** A task module as named in the source (`new URL('./file-tasks.ts', …)`), as the worker loads it. */
export function taskModuleUrl(module: URL): string {
  return COMPILED ? module.href.replace(/\.ts$/, '.js') : module.href;
}

function spawn(): Slot {
  const entry = new URL(COMPILED ? './worker.js' : './worker.ts', import.meta.url);
  const worker = new Worker(COMPILED ? entry : new URL('./boot.mjs', import.meta.url), {
    workerData: { entry: entry.href },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  });
  const slot: Slot = { worker };
  worker.unref();
  worker.on('message', (m: { id: number; ok: boolean; result?: unknown; error?: TaskError }) => {
    const job = slot.job;
    if (!job || job.message.id !== m.id) return;
    finish(slot);
    if (m.ok) job.resolve(m.result);
    else job.reject(toAppError(m.error!));
    next();
  });
  const fail = (err?: unknown) => {
    const job = slot.job;
    slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    if (job) {
      const oom = (err as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      job.reject(oom || err === 'deadline' ? tooHeavy() : new Error(`file worker stopped: ${String(err)}`));
    }
    slot.job = undefined;
    next();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (slots.has(slot)) fail(`exit ${code}`);
  });
  slots.add(slot);
  return slot;
}

function finish(slot: Slot) {
  slot.job = undefined;
  if (slot.timer) clearTimeout(slot.timer);
  slot.worker.unref();
  slot.timer = setTimeout(() => {
    slots.delete(slot);
    void slot.worker.terminate();
  }, IDLE_MS);
  slot.timer.unref();
}

function next() {
  while (queue.length > 0) {
    let slot = [...slots].find((s) => !s.job);
    if (!slot && slots.size < SIZE) slot = spawn();
    if (!slot) return;
    const job = queue.shift()!;
    slot.job = job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.ref();
    const s = slot;
    slot.timer = setTimeout(() => {
      slots.delete(s);
      const j = s.job;
      s.job = undefined;
      void s.worker.terminate();
      j?.reject(tooHeavy());
      next();
    }, DEADLINE_MS);
    slot.timer.unref();
    slot.worker.postMessage(job.message);
  }
}

/**
 * Runs `name(bytes, ...args)`, an export of `module` (a file URL, usually
 * `new URL('./file-tasks.ts', import.meta.url)`), in a file worker. Arguments and result are
 * copied (structured clone); a file error comes back as a 400 AppError naming the limit.
 */
export function runFileTask<T>(module: URL, name: string, bytes: Uint8Array, ...args: unknown[]): Promise<T> {
  // The zip directory is read here, before queueing: a bomb is refused in microseconds, without
  // waiting for (or occupying) a worker.
  if (isXlsx(bytes)) {
    try {
      zipDirectory(bytes);
    } catch (e) {
      return Promise.reject(toAppError(describe(e)));
    }
  }
  return new Promise<T>((resolve, reject) => {
    queue.push({
      message: { id: nextId++, module: taskModuleUrl(module), name, bytes, args },
      resolve: resolve as (v: unknown) => void,
      reject,
    });
    next();
  });
}
