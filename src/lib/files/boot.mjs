// The file worker's entry: TypeScript modules load through tsx (already registered under
// `tsx`; registered here under vitest or plain node), then the worker itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

if (!process.execArgv.some((a) => a.includes('tsx'))) register();
await import(workerData.entry);
