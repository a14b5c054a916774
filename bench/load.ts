/**
 * A small closed-loop HTTP/1.1 load generator, run by bench/run.ts as a
 * separate process so the load comes from outside the server under test.
 * Each of N keep-alive connections sends a request, waits for the whole
 * response, and sends the next (no pipelining), like autocannon's default,
 * but with an exact latency histogram (1 µs buckets) so that p50/p95/p99 are
 * all available.
 *
 *   node --import tsx bench/load.ts '{"url":"http://127.0.0.1:3000/api/health","connections":50,"durationMs":10000}'
 *
 * Prints one JSON object (see LoadResult) on stdout.
 */
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export interface LoadOptions {
  url: string;
  connections?: number;
  durationMs?: number;
  /** Load applied before measuring starts (not counted). */
  warmupMs?: number;
  method?: string;
  headers?: Record<string, string>;
  /** A request slower than this counts as an error (timeout). */
  timeoutMs?: number;
}

export interface LoadResult {
  url: string;
  connections: number;
  durationMs: number;
  requests: number;
  requestsPerSec: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  status: Record<string, number>;
  non2xx: number;
  errors: number;
  errorSamples: string[];
}

const HIST_SIZE = 1_000_000; // 1 µs buckets up to 1 s; slower ones go to `overflow`

function run(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const connections = options.connections ?? 50;
  const durationMs = options.durationMs ?? 10_000;
  const warmupMs = options.warmupMs ?? 0;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const method = options.method ?? 'GET';
  const headerLines = Object.entries(options.headers ?? {})
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const request = Buffer.from(
    `${method} ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\nConnection: keep-alive\r\n${headerLines}\r\n`,
    'latin1',
  );

  const histogram = new Uint32Array(HIST_SIZE);
  const overflow: number[] = [];
  const status: Record<string, number> = {};
  const errorSamples: string[] = [];
  let requests = 0;
  let non2xx = 0;
  let errors = 0;
  let latencySumUs = 0;
  let maxUs = 0;
  let measuring = false;
  let running = true;
  let windowStart = 0;
  const sockets = new Set<Socket>();

  const noteError = (message: string) => {
    if (!measuring) return;
    errors++;
    if (errorSamples.length < 5 && !errorSamples.includes(message)) errorSamples.push(message);
  };

  const record = (code: number, startedAt: number) => {
    if (!measuring || startedAt < windowStart) return;
    const us = Math.round((performance.now() - startedAt) * 1000);
    requests++;
    latencySumUs += us;
    if (us > maxUs) maxUs = us;
    if (us < HIST_SIZE) histogram[us]!++;
    else overflow.push(us);
    status[String(code)] = (status[String(code)] ?? 0) + 1;
    if (code < 200 || code > 299) non2xx++;
  };

  function openConnection(): void {
    if (!running) return;
    const socket = connect({ host: target.hostname, port: Number(target.port || 80) });
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.setTimeout(timeoutMs);
    let buffer: Buffer = Buffer.alloc(0);
    let startedAt = 0;
    let inFlight = false;
    let closed = false;

    const send = () => {
      if (!running) return;
      startedAt = performance.now();
      inFlight = true;
      socket.write(request);
    };

    const reconnect = (reason?: string) => {
      if (closed) return;
      closed = true;
      if (inFlight && reason) noteError(reason);
      sockets.delete(socket);
      socket.destroy();
      if (running) setImmediate(openConnection);
    };

    socket.on('connect', send);
    socket.on('timeout', () => reconnect(`timeout after ${timeoutMs} ms`));
    socket.on('error', (error) => reconnect(error.message));
    socket.on('close', () => reconnect(inFlight ? 'connection closed mid-response' : undefined));
    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      const parsed = parseResponse(buffer);
      if (parsed === 'incomplete') return;
      if (parsed === 'invalid') return reconnect('unparseable response');
      inFlight = false;
      record(parsed.status, startedAt);
      buffer = buffer.subarray(parsed.length);
      if (parsed.close) reconnect();
      else send();
    });
  }

  for (let i = 0; i < connections; i++) openConnection();

  return new Promise((resolveRun) => {
    setTimeout(() => {
      measuring = true;
      windowStart = performance.now();
      setTimeout(() => {
        const windowMs = performance.now() - windowStart;
        measuring = false;
        running = false;
        for (const socket of sockets) socket.destroy();
        resolveRun(summarise(windowMs));
      }, durationMs);
    }, warmupMs);
  });

  function summarise(windowMs: number): LoadResult {
    overflow.sort((a, b) => a - b);
    const percentile = (p: number): number => {
      if (requests === 0) return 0;
      const rank = Math.ceil((p / 100) * requests);
      let seen = 0;
      for (let us = 0; us < HIST_SIZE; us++) {
        seen += histogram[us]!;
        if (seen >= rank) return us;
      }
      return overflow[rank - seen - 1] ?? maxUs;
    };
    const ms = (us: number) => Math.round(us) / 1000;
    return {
      url: options.url,
      connections,
      durationMs: Math.round(windowMs),
      requests,
      requestsPerSec: Math.round((requests / windowMs) * 1000),
      latencyMs: {
        mean: requests ? ms(latencySumUs / requests) : 0,
        p50: ms(percentile(50)),
        p95: ms(percentile(95)),
        p99: ms(percentile(99)),
        max: ms(maxUs),
      },
      status,
      non2xx,
      errors,
      errorSamples,
    };
  }
}

type Parsed = { status: number; length: number; close: boolean } | 'incomplete' | 'invalid';

/** Parses one complete HTTP/1.1 response at the start of `buffer`. */
export function parseResponse(buffer: Buffer): Parsed {
  const headerEnd = buffer.indexOf('\r\n\r\n');
  if (headerEnd === -1) return 'incomplete';
  const head = buffer.toString('latin1', 0, headerEnd);
  const lines = head.split('\r\n');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
  if (!match) return 'invalid';
  const code = Number(match[1]);
  let contentLength = -1;
  let chunked = false;
  let close = /^HTTP\/1\.0/.test(lines[0]!);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name === 'content-length') contentLength = Number(value);
    else if (name === 'transfer-encoding') chunked = value.includes('chunked');
    else if (name === 'connection') close = value === 'close' ? true : value === 'keep-alive' ? false : close;
  }
  const bodyStart = headerEnd + 4;
  if (code === 204 || code === 304 || (code >= 100 && code < 200)) return { status: code, length: bodyStart, close };
  if (chunked) {
    let offset = bodyStart;
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', offset);
      if (lineEnd === -1) return 'incomplete';
      const size = parseInt(buffer.toString('latin1', offset, lineEnd), 16);
      if (Number.isNaN(size)) return 'invalid';
      if (size === 0) {
        const trailerEnd = buffer.indexOf('\r\n\r\n', lineEnd);
        if (trailerEnd === -1) return 'incomplete';
        return { status: code, length: trailerEnd + 4, close };
      }
      offset = lineEnd + 2 + size + 2;
      if (offset > buffer.length) return 'incomplete';
    }
  }
  if (contentLength >= 0) {
    const end = bodyStart + contentLength;
    return end <= buffer.length ? { status: code, length: end, close } : 'incomplete';
  }
  // Neither length nor chunked: the body ends when the server closes; we do
  // not support that in a keep-alive benchmark.
  return 'invalid';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
  if (!options.url) {
    console.error(
      'usage: node --import tsx bench/load.ts \'{"url":"http://127.0.0.1:PORT/path","connections":50,"durationMs":10000}\'',
    );
    process.exit(2);
  }
  run(options).then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  });
}
