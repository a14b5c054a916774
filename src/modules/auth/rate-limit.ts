import { SlidingWindow } from '../../server/sliding-window.ts';

export interface LoginLimits {
  windowMs: number;
  /** Failures for one account from one address before that address is blocked for that account. */
  perAccountIp: number;
  /** Failures from one address (any accounts) before the address is blocked. */
  perIp: number;
  /** Failures of one account (from any address) before its attempts are slowed down. */
  slowAfter: number;
  /** The first delay; it doubles with each further failure of the account, up to `maxDelayMs`. */
  delayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  windowMs: 15 * 60_000,
  perAccountIp: 5,
  perIp: 20,
  slowAfter: 3,
  delayMs: 500,
  maxDelayMs: 8_000,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Counts failed logins in a sliding window, kept in memory (one Stuurboord process serves one
 * installation; a restart forgets the counts). An address is blocked after too many failures for
 * one account, or for all accounts together. An account itself is never blocked, only slowed down:
 * otherwise anyone who knows an e-mail address could lock its owner out from everywhere.
 */
export class LoginLimiter {
  private readonly failures: SlidingWindow;
  private readonly opts: LoginLimits;

  constructor(
    opts: Partial<LoginLimits> = {},
    now: () => number = Date.now,
    /** How a delay is waited out; tests pass one that records the delays. */
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {
    this.opts = { ...DEFAULT_LOGIN_LIMITS, ...opts };
    this.failures = new SlidingWindow(this.opts.windowMs, now);
  }

  /** Milliseconds until the next attempt from `ip` for `account` is allowed, or 0 when it is allowed now. */
  retryAfter(ip: string, account: string): number {
    return Math.max(
      this.failures.waitMs(`ip:${ip}`, this.opts.perIp),
      this.failures.waitMs(`acct-ip:${account} ${ip}`, this.opts.perAccountIp),
    );
  }

  /** Which limit blocks this attempt: 'account' (this account from this address), 'ip', or null. */
  blockedBy(ip: string, account: string): 'account' | 'ip' | null {
    if (this.failures.waitMs(`acct-ip:${account} ${ip}`, this.opts.perAccountIp) > 0) return 'account';
    if (this.failures.waitMs(`ip:${ip}`, this.opts.perIp) > 0) return 'ip';
    return null;
  }

  /** The delay before an attempt on `account` is checked: grows with its recent failures, capped. */
  delayFor(account: string): number {
    const n = this.failures.count(`acct:${account}`);
    if (n < this.opts.slowAfter) return 0;
    return Math.min(this.opts.maxDelayMs, this.opts.delayMs * 2 ** Math.min(30, n - this.opts.slowAfter));
  }

  /** Waits out the account's delay (every attempt, right or wrong, so the answer time tells nothing). */
  async slowDown(account: string): Promise<void> {
    const ms = this.delayFor(account);
    if (ms > 0) await this.wait(ms);
  }

  fail(ip: string, account: string): void {
    this.failures.add(`ip:${ip}`);
    this.failures.add(`acct-ip:${account} ${ip}`);
    this.failures.add(`acct:${account}`);
  }

  /** A successful login clears the account's failures (not the address's). */
  succeed(ip: string, account: string): void {
    this.failures.clear(`acct:${account}`);
    this.failures.clear(`acct-ip:${account} ${ip}`);
  }
}
