// The file worker's entry: TypeScript modules load through tsx's loader, registered in this
// thread (hooks of the parent thread do not reach a worker under `node --import tsx`), then the
// worker itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
