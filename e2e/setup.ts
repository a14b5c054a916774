/**
 * Shared set-up of the browser test files: one real server with the demo organisation and one
 * headless Chromium per file, stopped after the file. Read them as `live.server` / `live.browser`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startServer, stopAll, type RunningServer } from './harness.ts';
import { DEMO_DIRECTOR, logIn } from './pages/login.ts';

export function withDemoServer(opts: { timeoutMs?: number } = {}): { server: RunningServer; browser: Browser } {
  const timeoutMs = opts.timeoutMs ?? 150_000;
  const live = {} as { server: RunningServer; browser: Browser };
  beforeAll(
    async () => {
      // The server builds the demo organisation before it answers: ~10 s idle, 40 s and more on a busy machine.
      live.server = await startServer({ demo: true, timeoutMs });
      live.browser = await launchBrowser();
    },
    // A longer wait for the server (the files that build the whole demo) gets a hook that waits longer too.
    opts.timeoutMs ? timeoutMs + 20_000 : undefined,
  );
  afterAll(async () => {
    await live.browser?.close();
    await stopAll();
  });
  return live;
}

/** dd/mm/jjjj of an ISO date, as a person types it. */
export const typedDate = (iso: string) => iso.split('-').reverse().join('/');

/** Logs in as a demo user (the director by default) and answers the organisation's id. */
export async function logInDemo(page: Page, email = DEMO_DIRECTOR): Promise<string> {
  return (await logIn(page, email)).split('/')[2]!;
}
