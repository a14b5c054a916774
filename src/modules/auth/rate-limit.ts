import { SlidingWindow } from '../../server/sliding-window.ts';

/**
 * Counts failed logins per IP address and per account in a sliding window. Kept in memory: one
 * Stuurboord process serves one installation; a restart forgets the counts.
 */
export class LoginLimiter {
  private readonly failures: SlidingWindow;

  constructor(
    private readonly opts = { windowMs: 15 * 60_000, perAccount: 5, perIp: 20 },
    now: () => number = Date.now,
  ) {
    this.failures = new SlidingWindow(opts.windowMs, now);
  }

  /** Milliseconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfter(ip: string, account: string): number {
    return Math.max(this.failures.waitMs(`ip:${ip}`, this.opts.perIp), this.failures.waitMs(`acct:${account}`, this.opts.perAccount));
  }

  /** Which limit is reached: 'account', 'ip' or null. */
  blockedBy(ip: string, account: string): 'account' | 'ip' | null {
    if (this.failures.waitMs(`acct:${account}`, this.opts.perAccount) > 0) return 'account';
    if (this.failures.waitMs(`ip:${ip}`, this.opts.perIp) > 0) return 'ip';
    return null;
  }

  fail(ip: string, account: string): void {
    this.failures.add(`ip:${ip}`);
    this.failures.add(`acct:${account}`);
  }

  /** A successful login clears the account's failures (not the IP's). */
  succeed(account: string): void {
    this.failures.clear(`acct:${account}`);
  }
}
