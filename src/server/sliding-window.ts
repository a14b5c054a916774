/**
 * Moments per key within a sliding window, kept in memory: the counting behind the login limits and
 * the survey open-link limit (one Stuurboord process serves one installation; a restart forgets).
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /** Milliseconds until one more hit fits under `limit`, or 0 when it fits now. */
  waitMs(key: string, limit: number): number {
    const list = this.recent(key);
    return list.length < limit ? 0 : list[list.length - limit]! + this.windowMs - this.now();
  }

  /** How many hits `key` has inside the window. */
  count(key: string): number {
    return this.recent(key).length;
  }

  add(key: string): void {
    this.hits.set(key, [...this.recent(key), this.now()]);
    if (this.hits.size > this.maxKeys) for (const k of [...this.hits.keys()]) this.recent(k);
  }

  clear(key: string): void {
    this.hits.delete(key);
  }

  /** The hits of `key` still inside the window; a key without any is forgotten. */
  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.hits.delete(key);
    else this.hits.set(key, list);
    return list;
  }
}
