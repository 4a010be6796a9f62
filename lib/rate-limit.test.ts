import { describe, expect, it } from "vitest";
import { MemoryRateLimiter } from "./rate-limit";

describe("MemoryRateLimiter", () => {
  it("allows `limit` hits per window and key, then refuses with the time left", async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter({ limit: 3, windowMs: 60_000 }, () => now);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.hit("key-a"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]?.retryAfterSeconds).toBe(60);

    // Another key has its own budget.
    expect((await limiter.hit("key-b")).allowed).toBe(true);

    now += 45_500;
    expect(await limiter.hit("key-a")).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 15 });
    now += 14_500;
    expect((await limiter.hit("key-a")).allowed).toBe(true);
  });

  it("takes back a hit of the running window, never below zero and never into the next window", async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter({ limit: 2, windowMs: 60_000 }, () => now);
    await limiter.hit("key-a");
    await limiter.hit("key-a");
    await limiter.refund("key-a");
    expect(await limiter.hit("key-a")).toMatchObject({ allowed: true, remaining: 0 });
    expect((await limiter.hit("key-a")).allowed).toBe(false);

    await limiter.refund("key-b");
    await limiter.refund("key-b");
    expect((await limiter.hit("key-b")).remaining).toBe(1);

    now += 60_000;
    await limiter.refund("key-a");
    expect((await limiter.hit("key-a")).remaining).toBe(1);
  });
});
