/**
 * Counts failed logins per IP address and per account in a sliding window. Kept in memory: one
 * Stuurboord process serves one installation; a restart forgets the counts.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly opts = { windowMs: 15 * 60_000, perAccount: 5, perIp: 20 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfter(ip: string, account: string): number {
    return Math.max(this.wait(`ip:${ip}`, this.opts.perIp), this.wait(`acct:${account}`, this.opts.perAccount));
  }

  /** Which limit is reached: 'account', 'ip' or null. */
  blockedBy(ip: string, account: string): 'account' | 'ip' | null {
    if (this.wait(`acct:${account}`, this.opts.perAccount) > 0) return 'account';
    if (this.wait(`ip:${ip}`, this.opts.perIp) > 0) return 'ip';
    return null;
  }

  fail(ip: string, account: string): void {
    for (const key of [`ip:${ip}`, `acct:${account}`]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** A successful login clears the account's failures (not the IP's). */
  succeed(account: string): void {
    this.failures.delete(`acct:${account}`);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.opts.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  private wait(key: string, limit: number): number {
    const list = this.recent(key);
    if (list.length < limit) return 0;
    return list[list.length - limit]! + this.opts.windowMs - this.now();
  }
}
