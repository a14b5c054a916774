// The file worker's entry when the server runs from source (tsx, Vitest): TypeScript modules load
// through tsx's loader, registered in this thread (hooks of the parent thread do not reach a worker
// under `node --import tsx`), then the worker itself. The compiled server (dist/) starts worker.js
// directly and never loads this file (see pool.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
