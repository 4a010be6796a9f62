import { describe, expect, it } from "vitest";
import { Random } from "./random";

const draws = (rng: Random, n: number) => Array.from({ length: n }, () => rng.float());
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("Random", () => {
  it("repeats the same sequence for the same key and another for another key", () => {
    expect(draws(new Random("shop"), 20)).toEqual(draws(new Random("shop"), 20));
    expect(draws(new Random("shop"), 20)).not.toEqual(draws(new Random("shop2"), 20));
  });

  it("forks streams that do not depend on how far the parent has run", () => {
    const fresh = new Random("shop");
    const used = new Random("shop");
    draws(used, 1_000);
    expect(draws(used.fork("reviews"), 10)).toEqual(draws(fresh.fork("reviews"), 10));
    expect(draws(fresh.fork("reviews"), 10)).not.toEqual(draws(fresh.fork("orders"), 10));
    expect(new Random("shop").fork("a").fork("b").key).toBe(new Random("shop").fork("a/b").key);
  });

  it("draws uniform floats and integers within their bounds", () => {
    const rng = new Random("bounds");
    const floats = draws(rng, 20_000);
    expect(Math.min(...floats)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...floats)).toBeLessThan(1);
    expect(mean(floats)).toBeCloseTo(0.5, 1);
    const ints = Array.from({ length: 5_000 }, () => rng.int(3, 7));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5, 6, 7]));
  });

  it("picks by weight and never picks a zero weight", () => {
    const rng = new Random("weights");
    const picks = Array.from({ length: 10_000 }, () => rng.weighted([["a", 3], ["b", 1], ["never", 0]] as const));
    expect(picks.filter((p) => p === "a").length / picks.length).toBeCloseTo(0.75, 1);
    expect(picks).not.toContain("never");
    expect(() => rng.weighted([["x", 0]])).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it("samples distributions with the intended centre", () => {
    const rng = new Random("distributions");
    const n = 40_000;
    expect(mean(Array.from({ length: n }, () => rng.normal(10, 2)))).toBeCloseTo(10, 1);
    expect(mean(Array.from({ length: n }, () => rng.exponential(3)))).toBeCloseTo(3, 1);
    expect(mean(Array.from({ length: n }, () => rng.geometric(4)))).toBeCloseTo(4, 0);
    const logs = Array.from({ length: n }, () => rng.lognormal(100, 1)).sort((a, b) => a - b);
    expect(logs[n / 2]! / 100).toBeCloseTo(1, 1);
  });

  it("shuffles in place into a permutation", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new Random("shuffle").shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});
