/**
 * Shared set-up of the browser test files: one real server with the demo organisation and one
 * headless Chromium per file, stopped after the file. Read them as `live.server` / `live.browser`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startServer, stopAll, type RunningServer } from './harness.ts';

export function withDemoServer(): { server: RunningServer; browser: Browser } {
  const live = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    live.server = await startServer({ demo: true });
    live.browser = await launchBrowser();
  });
  afterAll(async () => {
    await live.browser?.close();
    await stopAll();
  });
  return live;
}
