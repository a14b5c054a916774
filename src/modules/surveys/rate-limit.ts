/**
 * The open link's limit: submissions per survey and client address in a sliding window, kept in
 * memory (one Stuurboord process serves one installation; a restart forgets the counts).
 */
export class OpenLinkLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(readonly opts = { windowMs: 60_000, perAddress: 10 }, private readonly now: () => number = Date.now) {}

  /** Counts an attempt; returns 0 when allowed, else the seconds to wait (the attempt is not counted). */
  attempt(surveyId: string, address: string): number {
    const key = `${surveyId}|${address}`;
    const since = this.now() - this.opts.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.opts.perAddress) {
      this.hits.set(key, recent);
      return Math.max(1, Math.ceil((recent[recent.length - this.opts.perAddress]! + this.opts.windowMs - this.now()) / 1000));
    }
    recent.push(this.now());
    this.hits.set(key, recent);
    if (this.hits.size > 50_000) this.sweep(since);
    return 0;
  }

  private sweep(since: number): void {
    for (const [key, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(key);
  }
}
