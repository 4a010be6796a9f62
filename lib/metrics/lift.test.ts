import { describe, expect, it } from "vitest";
import { benjaminiHochberg, liftReport, mantelHaenszel, normalUpperTail, verdict } from "./lift";

describe("mantelHaenszel", () => {
  it("matches the hand-computed Mantel-Haenszel ratio and Greenland-Robins interval of two strata", () => {
    // Stratum 1: 10/100 with the template, 20/400 without; stratum 2: 30/50 and 40/100.
    // R = 10·400/500 + 30·100/150 = 28; S = 20·100/500 + 40·50/150 = 17.333…; RR = 1.615385.
    // Var ln RR = (4.4 + 7.5556) / (R·S) = 0.024634 → 95% CI 1.187624 to 2.197218, p = 0.002246.
    const rr = mantelHaenszel([
      { uses: 100, conversions: 10, comparable: 400, comparableConversions: 20 },
      { uses: 50, conversions: 30, comparable: 100, comparableConversions: 40 },
    ]);
    expect(rr.ratio).toBeCloseTo(1.615385, 5);
    expect(rr.low).toBeCloseTo(1.187624, 5);
    expect(rr.high).toBeCloseTo(2.197218, 5);
    expect(rr.pValue).toBeCloseTo(0.002246, 5);
  });

  it("reduces to the crude ratio with the textbook log-RR variance 1/a − 1/n1 + 1/c − 1/n0 for one stratum", () => {
    const rr = mantelHaenszel([{ uses: 100, conversions: 10, comparable: 400, comparableConversions: 20 }]);
    const se = Math.sqrt(1 / 10 - 1 / 100 + 1 / 20 - 1 / 400);
    expect(rr.ratio).toBeCloseTo(2, 10);
    expect(rr.low).toBeCloseTo(2 * Math.exp(-1.959964 * se), 5);
    expect(rr.high).toBeCloseTo(2 * Math.exp(1.959964 * se), 5);
  });

  it("ignores strata with an empty arm and is undefined without conversions on one side", () => {
    const withEmpty = mantelHaenszel([
      { uses: 100, conversions: 10, comparable: 400, comparableConversions: 20 },
      { uses: 40, conversions: 30, comparable: 0, comparableConversions: 0 },
      { uses: 0, conversions: 0, comparable: 300, comparableConversions: 200 },
    ]);
    expect(withEmpty.ratio).toBeCloseTo(2, 10);
    expect(mantelHaenszel([{ uses: 50, conversions: 0, comparable: 50, comparableConversions: 5 }]).ratio).toBeNull();
  });

  it("gets the sign right where pooling gets it wrong (Simpson's paradox)", () => {
    // The template halves conversion in both strata, but lives in the stratum that converts well.
    const strata = [
      { uses: 900, conversions: 180, comparable: 100, comparableConversions: 40 },
      { uses: 100, conversions: 2, comparable: 900, comparableConversions: 36 },
    ];
    const pooled = (182 / 1000) / (76 / 1000);
    expect(pooled).toBeGreaterThan(1);
    const rr = mantelHaenszel(strata);
    expect(rr.ratio).toBeLessThan(1);
    expect(rr.high).toBeLessThan(1);
  });
});

describe("benjaminiHochberg", () => {
  it("reproduces the adjusted p-values of Benjamini and Hochberg's (1995) 15-test example", () => {
    const p = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1];
    const expected = [0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182, 0.714875, 0.753231, 0.813214, 1];
    const q = benjaminiHochberg([...p].reverse()).reverse();
    q.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 5));
    // At 0.05 the procedure rejects the four smallest, as in the paper.
    expect(q.filter((value) => value !== null && value < 0.05)).toHaveLength(4);
  });

  it("keeps untested entries null and out of the count", () => {
    expect(benjaminiHochberg([0.01, null, 0.04])).toEqual([0.02, null, 0.04]);
  });
});

describe("verdict", () => {
  const base = { uses: 100, conversions: 20, comparableConversions: 50, liftLow: 0.1, liftHigh: 0.5, qValue: 0.01 };
  it("applies the spec's thresholds", () => {
    expect(verdict(base)).toBe("keep");
    expect(verdict({ ...base, liftLow: -0.5, liftHigh: -0.1 })).toBe("prune");
    expect(verdict({ ...base, liftLow: -0.1, liftHigh: 0.5 })).toBe("neutral");
    expect(verdict({ ...base, qValue: 0.1 })).toBe("neutral");
    expect(verdict({ ...base, qValue: 0.099 })).toBe("keep");
    expect(verdict({ ...base, uses: 29 })).toBe("insufficient_data");
    expect(verdict({ ...base, conversions: 4 })).toBe("insufficient_data");
    expect(verdict({ ...base, comparableConversions: 4 })).toBe("insufficient_data");
    expect(verdict({ ...base, uses: 30, conversions: 5, comparableConversions: 5 })).toBe("keep");
  });
});

describe("liftReport", () => {
  it("reports lift as ratio minus one, a standardised baseline and q-values across the templates", () => {
    const rows = liftReport([
      {
        key: "a",
        strata: [
          { uses: 100, conversions: 10, comparable: 400, comparableConversions: 20 },
          { uses: 50, conversions: 30, comparable: 100, comparableConversions: 40 },
        ],
      },
      { key: "b", strata: [{ uses: 10, conversions: 1, comparable: 400, comparableConversions: 20 }] },
    ]);
    const a = rows[0]!;
    expect(a.uses).toBe(150);
    expect(a.conversionRate).toBeCloseTo(40 / 150, 10);
    // 100 uses at 5% and 50 at 40% without the template: 25 expected of 150.
    expect(a.baselineRate).toBeCloseTo(25 / 150, 10);
    expect(a.lift).toBeCloseTo(0.615385, 5);
    expect(a.ciLow).toBeCloseTo(0.187624, 5);
    expect(a.qValue).toBeCloseTo(Math.min(1, a.pValue! * 2), 10);
    expect(a.verdict).toBe("keep");
    expect(rows[1]!.verdict).toBe("insufficient_data");
  });
});

describe("normalUpperTail", () => {
  it("matches standard normal tables", () => {
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 6);
    expect(normalUpperTail(0)).toBeCloseTo(0.5, 7);
    expect(normalUpperTail(-1)).toBeCloseTo(0.841345, 6);
  });
});
