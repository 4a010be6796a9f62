/**
 * Fixed-window request limits: at most `limit` hits per key in each window of `windowMs`. A refused
 * hit says how long until the window ends, for the Retry-After header.
 */
export interface RateDecision {
  allowed: boolean;
  /** Hits left in the current window. */
  remaining: number;
  /** Whole seconds until the window resets (at least 1). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
  /** Takes back one hit of the key's current window, for attempts that turn out not to count. */
  refund(key: string): Promise<void>;
}

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** The decision for the `count`-th hit of a window with `msLeft` to run. */
export function decide(rule: RateLimit, count: number, msLeft: number): RateDecision {
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  };
}

/**
 * One process's counters, for deployments without Redis (where there is one web process anyway).
 * Windows that ended are dropped as new hits come in, so memory stays bounded by the active keys.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly rule: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string): Promise<RateDecision> {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.rule.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return decide(this.rule, window.count, window.start + this.rule.windowMs - now);
  }

  async refund(key: string): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.count > 0 && this.now() - window.start < this.rule.windowMs) window.count--;
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.rule.windowMs) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.rule.windowMs) this.windows.delete(key);
    }
  }
}
