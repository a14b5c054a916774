/**
 * The baseline for the benchmark: a bare Hono "hello" on @hono/node-server,
 * nothing else. Listens on PORT (default: a free port) on 127.0.0.1 and prints
 * `listening <port>` once ready. Run: `node --import tsx bench/bare-hono.ts`.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.text('hello'));

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`listening ${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
