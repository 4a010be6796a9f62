import { describe, expect, test } from "vitest";
import { binomialUpperTail, emerging } from "./emerging";

describe("binomialUpperTail", () => {
  test.each([
    [10, 0, 0.5, 1],
    [10, 10, 0.5, 1 / 1024],
    [10, 8, 0.5, 56 / 1024],
    [4, 1, 0.2, 1 - 0.8 ** 4],
    [3, 4, 0.5, 0],
  ])("P(X >= %i) for Bin(%i, %f)", (n, k, p, expected) => {
    expect(binomialUpperTail(n, k, p)).toBeCloseTo(expected, 12);
  });
});

describe("emerging", () => {
  test("a count far above its own trailing average, with at least 5 documents", () => {
    const r = emerging({ count: 30, trailing: [10, 12, 9, 11], seenBefore: true });
    expect(r).toMatchObject({ emerging: true, trailingAverage: 10.5, reason: "above-average" });
    expect(r.pValue).toBeLessThan(0.01);
  });

  test("ordinary noise is not significant", () => {
    expect(emerging({ count: 14, trailing: [10, 12, 9, 11], seenBefore: true })).toMatchObject({ emerging: false, reason: "not-significant" });
  });

  test("a new topic emerges once it has 5 documents", () => {
    expect(emerging({ count: 5, trailing: [0, 0, 0, 0], seenBefore: false })).toMatchObject({ emerging: true, reason: "new" });
    expect(emerging({ count: 4, trailing: [0, 0], seenBefore: false })).toMatchObject({ emerging: false, reason: "too-few" });
  });

  test("a big jump on tiny numbers is still too few", () => {
    expect(emerging({ count: 4, trailing: [0, 0, 1, 0], seenBefore: true })).toMatchObject({ emerging: false, reason: "too-few" });
  });

  test("without any earlier week there is nothing to compare with", () => {
    expect(emerging({ count: 50, trailing: [], seenBefore: false })).toEqual({ emerging: false, trailingAverage: null, pValue: null, reason: "no-history" });
  });
});
