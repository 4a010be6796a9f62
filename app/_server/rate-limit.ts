import "server-only";
import { Redis } from "ioredis";
import { decide, MemoryRateLimiter, type RateDecision, type RateLimit, type RateLimiter } from "@/lib/rate-limit";
import { env } from "@/lib/env";

/**
 * Counts a hit and returns the count and the milliseconds left in the window, atomically: the
 * first hit of a window starts its expiry, so every web process sharing the Redis shares the limit.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

/** Takes back one hit, only from a window that is still running. */
const REFUND_SCRIPT = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
return count`;

class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly rule: RateLimit,
  ) {}

  async hit(key: string): Promise<RateDecision> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, `${this.prefix}:${key}`, String(this.rule.windowMs))) as [number, number];
    return decide(this.rule, count, ttl);
  }

  async refund(key: string): Promise<void> {
    await this.redis.eval(REFUND_SCRIPT, 1, `${this.prefix}:${key}`);
  }
}

const LIMITERS_KEY = Symbol.for("replyscope.web.rate-limiters");
type Holder = typeof globalThis & { [LIMITERS_KEY]?: { redis: Redis | null; limiters: Map<string, RateLimiter> } };

/**
 * The limiter called `name` with its rule: in Redis when REDIS_URL is set (shared by every web
 * process), else in this process's memory (without Redis there is one web process).
 */
export function rateLimiter(name: string, rule: RateLimit): RateLimiter {
  const holder = globalThis as Holder;
  const config = env();
  holder[LIMITERS_KEY] ??= {
    // Commands fail fast while Redis is away, rather than holding requests (BullMQ's setting is the opposite).
    redis: config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true }) : null,
    limiters: new Map(),
  };
  const state = holder[LIMITERS_KEY];
  const id = `${name}:${rule.limit}/${rule.windowMs}`;
  let limiter = state.limiters.get(id);
  if (!limiter) {
    limiter = state.redis ? new RedisRateLimiter(state.redis, `${config.QUEUE_PREFIX}:rate:${name}`, rule) : new MemoryRateLimiter(rule);
    state.limiters.set(id, limiter);
  }
  return limiter;
}
