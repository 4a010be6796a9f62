import { describe, expect, it } from "vitest";
import { percentileCont, PERCENTILES } from "../metrics/frt";
import { Random } from "../demo/random";
import { accumulate, addTotals, buildWeekRollup, emptyTotals, packPairs, planPercentiles, resolvePercentile, type SlaFact, unpackPairs } from "./rollup";
import { planRange } from "./range";

const fact = (frtS: number | null, extra: Partial<SlaFact> = {}): SlaFact => ({
  weekStart: "2026-11-23",
  agentId: 1,
  channel: "chat",
  market: "DE",
  frtS,
  businessFrtS: frtS === null ? null : frtS / 2,
  unanswered: frtS === null,
  converted: false,
  messageCount: 3,
  resolutionS: frtS,
  teamHow: 10,
  buyerHow: 3,
  ...extra,
});

describe("exact percentiles from bucket counts and the values of a few buckets", () => {
  it("match percentile_cont over the union of weeks, whatever the split", () => {
    const rng = new Random("rollup-test");
    for (let trial = 0; trial < 30; trial++) {
      const weeks = Array.from({ length: 1 + rng.int(0, 5) }, () =>
        Array.from({ length: rng.int(0, 300) }, () => fact(rng.chance(0.1) ? null : Math.round(rng.lognormal(rng.chance(0.5) ? 90 : 4_000, 1.5)) + (rng.chance(0.2) ? 0.25 : 0))),
      );
      const totals = emptyTotals();
      const perWeek = weeks.map((w) => accumulate(w, "calendar", 240, () => "").get(""));
      for (const g of perWeek) if (g) addTotals(totals, g.totals);
      const all = weeks.flat().flatMap((f) => (f.frtS === null ? [] : [f.frtS])).sort((a, b) => a - b);
      const plans = planPercentiles(totals.buckets, totals.answered, PERCENTILES);
      const valuesIn = (bucket: number) => {
        const merged = new Map<number, number>();
        for (const g of perWeek) {
          for (const [v, n] of g?.values ?? []) if (bucketOf(v) === bucket) merged.set(v, (merged.get(v) ?? 0) + n);
        }
        return merged;
      };
      for (const plan of plans) expect(resolvePercentile(plan, valuesIn)).toBe(percentileCont(all, plan.p));
      expect(totals.answered).toBe(all.length);
    }
  });

  it("counts breaches of answered conversations against the target, unanswered apart", () => {
    const r = buildWeekRollup([fact(10), fact(241), fact(null), fact(500, { agentId: 2, converted: true })], 240);
    const none = r.groups.find((g) => g.hours === "calendar" && g.dim === "none")!;
    expect(none.totals).toMatchObject({ conversations: 4, answered: 3, unanswered: 1, breachedAnswered: 2, converted: 1 });
    const business = r.groups.find((g) => g.hours === "business" && g.dim === "none")!;
    expect(business.totals.breachedAnswered).toBe(1);
    expect(r.groups.filter((g) => g.hours === "calendar" && g.dim === "agent").map((g) => g.key).sort()).toEqual(["1", "2"]);
    expect(r.cells.find((c) => c.hours === "calendar" && c.zone === "team")?.totals).toEqual({ conversations: 4, breachedAnswered: 2, unanswered: 1 });
    // Bands: under 1 min, 4-8 min (241 s), 8-15 min (500 s), unanswered.
    expect(none.totals.bands.map((b) => b[0])).toEqual([1, 0, 0, 1, 1, 0, 0, 1]);
  });
});

it("packs count pairs as bytes and reads them back", () => {
  const pairs: [number, number][] = [[0, 3], [463, 2_000_000], [17, 0]];
  const packed = packPairs(pairs);
  expect(packed.startsWith("\\x")).toBe(true);
  expect(unpackPairs(Uint8Array.from(Buffer.from(packed.slice(2), "hex")))).toEqual(pairs);
});

describe("planRange", () => {
  it("splits days into whole ISO weeks and the partial days around them", () => {
    expect(planRange("2026-11-04", "2026-11-25")).toEqual({
      wholeWeeks: ["2026-11-09", "2026-11-16"],
      partial: [{ from: "2026-11-04", to: "2026-11-09" }, { from: "2026-11-23", to: "2026-11-26" }],
    });
    expect(planRange("2026-11-23", "2026-11-29")).toEqual({ wholeWeeks: ["2026-11-23"], partial: [] });
    expect(planRange("2026-11-24", "2026-11-25")).toEqual({ wholeWeeks: [], partial: [{ from: "2026-11-24", to: "2026-11-26" }] });
  });
});

import { frtBucket as bucketOf } from "../metrics/frt";
