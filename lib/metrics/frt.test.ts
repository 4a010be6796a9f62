import { describe, expect, it } from "vitest";
import { bandBounds, bucketBounds, frtBand, frtBucket, percentileCont } from "./frt";

describe("coarse buckets", () => {
  it("agree with their bounds for every second up to a day and at the extremes", () => {
    const seen: number[] = [];
    for (let s = 0; s <= 86_400; s += 1) {
      const b = frtBucket(s + 0.5);
      const [lo, hi] = bucketBounds(b);
      if (!(lo <= s && s + 0.5 < hi)) throw new Error(`${s} in bucket ${b} = [${lo}, ${hi})`);
      seen.push(b);
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]! >= seen[i - 1]!).toBe(true);
    expect(bucketBounds(frtBucket(2 ** 31 + 5))[1]).toBe(Number.POSITIVE_INFINITY);
    expect(frtBucket(-1)).toBe(0);
  });

  it("stay narrow: about 6% of the value", () => {
    const [lo, hi] = bucketBounds(frtBucket(10_000));
    expect((hi - lo) / lo).toBeLessThan(0.07);
  });
});

describe("percentileCont", () => {
  it("interpolates between the closest ranks as PostgreSQL does", () => {
    expect(percentileCont([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileCont([10, 20], 0.9)).toBe(19);
    expect(percentileCont([7], 0.95)).toBe(7);
    expect(percentileCont([], 0.5)).toBeNull();
  });
});

describe("response-time bands", () => {
  it.each([
    [0, 0],
    [59.9, 0],
    [60, 1],
    [239, 2],
    [240, 3],
    [900, 5],
    [3_600, 6],
    [null, 7],
  ])("%s s is band %s", (seconds, band) => {
    expect(frtBand(seconds)).toBe(band);
  });
  it("bounds", () => {
    expect(bandBounds(0)).toEqual([0, 60]);
    expect(bandBounds(7)).toBeNull();
  });
});
