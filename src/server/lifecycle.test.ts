import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { drainable } from './lifecycle.ts';

/** A request with Node's own client on a fresh connection: status, connection header and body. */
function send(port: number): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('graceful stop', () => {
  it('lets an accepted request finish, refuses later ones before any work, then closes', async () => {
    let finish!: () => void;
    const released = new Promise<void>((resolve) => (finish = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let handled = 0;
    let requests: ReturnType<typeof drainable>;
    const server: Server = createServer((_req, res) => {
      if (requests.stopping) {
        res.writeHead(503, { connection: 'close' }).end('refused');
        return;
      }
      handled++;
      started();
      void released.then(() => res.end('done'));
    });
    requests = drainable(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const accepted = send(port);
    await running;
    const stopped = requests.stop(2_000, 50);
    expect(requests.stopping).toBe(true);
    expect(await send(port)).toMatchObject({ status: 503, connection: 'close', body: 'refused' });
    finish();
    expect(await accepted).toEqual({ status: 200, connection: 'close', body: 'done' });
    expect(await stopped).toBe(0);
    expect(handled).toBe(1);
    expect(server.listening).toBe(false);
  });

  it('answers how many accepted requests were still running at the deadline', async () => {
    const server = createServer(() => {
      /* never answers */
    });
    const requests = drainable(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const hanging = send(port).catch((e: Error) => e.message);
    await new Promise<void>((resolve) => server.once('request', () => resolve()));
    expect(await requests.stop(20, 10)).toBe(1);
    expect(await hanging).toMatch(/socket hang up|ECONNRESET/);
  });
});
