import { SlidingWindow } from '../../server/sliding-window.ts';

/** The open link's limit: submissions per survey and client address in a sliding window. */
export class OpenLinkLimiter {
  private readonly hits: SlidingWindow;

  constructor(
    readonly opts = { windowMs: 60_000, perAddress: 10 },
    now: () => number = Date.now,
  ) {
    this.hits = new SlidingWindow(opts.windowMs, now);
  }

  /** Counts an attempt; returns 0 when allowed, else the seconds to wait (the attempt is not counted). */
  attempt(surveyId: string, address: string): number {
    const key = `${surveyId}|${address}`;
    const wait = this.hits.waitMs(key, this.opts.perAddress);
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    this.hits.add(key);
    return 0;
  }
}
