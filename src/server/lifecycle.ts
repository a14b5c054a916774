/**
 * A graceful stop: requests already accepted run to the end; requests that arrive after the stop
 * began are refused cleanly (503 with `Connection: close`, before any work); then the listener and
 * the connections close. Only after that may the database be closed.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

const REFUSED_BODY = JSON.stringify({
  error: {
    code: 'shutting_down',
    message: 'Stuurboord stopt; probeer zo dadelijk opnieuw. / Stuurboord is stopping; try again shortly.',
  },
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The answer to a request that arrives while the server stops. */
export function refusedWhileStopping(): Response {
  return new Response(REFUSED_BODY, {
    status: 503,
    headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close', 'retry-after': '5' },
  });
}

/** Watches a Node HTTP server's requests so that `stop()` can let the accepted ones finish. */
export function drainable(server: Server) {
  let stopping = false;
  const accepted = new Set<ServerResponse>();
  let drained: (() => void) | undefined;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (stopping) {
      if (!res.headersSent) res.setHeader('Connection', 'close');
      return;
    }
    accepted.add(res);
    res.once('close', () => {
      accepted.delete(res);
      if (accepted.size === 0) drained?.();
    });
  });
  return {
    /** True once `stop()` began: new requests are to be refused. */
    get stopping() {
      return stopping;
    },
    /**
     * Stops: accepted requests finish (their connections close after the answer), then the server
     * closes. Resolves with the number of accepted requests still running at `deadlineMs` (0 when all
     * finished); those are cut.
     */
    async stop(deadlineMs: number, graceMs = 200): Promise<number> {
      stopping = true;
      for (const res of accepted) if (!res.headersSent) res.setHeader('Connection', 'close');
      if (accepted.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deadlineMs);
          drained = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const cut = accepted.size;
      // A moment more of clean refusals for clients that send right after their last answer, then
      // the listener closes; connections still open after a further moment are cut.
      await sleep(Math.min(graceMs, deadlineMs));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.closeAllConnections();
          resolve();
        }, graceMs);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      return cut;
    },
  };
}
