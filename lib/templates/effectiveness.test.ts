import { describe, expect, it } from "vitest";
import { type ArmCounts, editBandLifts, effectivenessRows, secondOutcome, type VersionInfo } from "./effectiveness";

const version = (versionId: number, sourceId: string, extra: Partial<VersionInfo> = {}): VersionInfo => ({
  versionId,
  sourceId,
  name: sourceId,
  version: 1,
  latestVersion: 1,
  scenario: "presale",
  archived: false,
  ...extra,
});
const arm = (versionId: number, scenario: string, conversations: number, conversions: number, negativeReviews = 0): ArmCounts => ({
  versionId,
  scenario,
  channel: "chat",
  conversations,
  conversions,
  negativeReviews,
});

describe("effectivenessRows", () => {
  const counts = [
    arm(0, "presale", 400, 120),
    arm(0, "aftersale", 400, 20),
    arm(1, "presale", 300, 60),
    arm(1, "aftersale", 10, 1),
    arm(2, "aftersale", 200, 20, 8),
  ];
  it("compares each version with comparable conversations of its own strata", () => {
    const rows = effectivenessRows([version(1, "a"), version(2, "b", { scenario: "aftersale" })], counts);
    const a = rows.find((r) => r.template_id === "a")!;
    // Mostly presale: 300 uses at 30% plus 10 at 5% expected, 60 + 1 observed.
    expect(a.uses).toBe(310);
    expect(a.baseline_rate).toBeCloseTo((300 * 0.3 + 10 * 0.05) / 310, 10);
    expect(a.lift).toBeLessThan(0);
    const b = rows.find((r) => r.template_id === "b")!;
    expect(b.lift).toBeCloseTo(1, 10);
    expect(b.comparable_conversations).toBe(400);
  });

  it("lists unused current templates, hides unused archived or superseded versions, most used first", () => {
    const rows = effectivenessRows(
      [
        version(1, "a"),
        version(3, "unused"),
        version(4, "gone", { archived: true }),
        version(5, "old", { version: 1, latestVersion: 2 }),
        version(6, "old", { version: 2, latestVersion: 2 }),
      ],
      counts,
    );
    expect(rows.map((r) => [r.template_id, r.version])).toEqual([
      ["a", 1],
      ["old", 2],
      ["unused", 1],
    ]);
    expect(rows[2]!.verdict).toBe("insufficient_data");
  });
});

describe("secondOutcome", () => {
  it("standardises the negative-review rate the same way", () => {
    const [row] = secondOutcome([version(2, "b")], [arm(0, "aftersale", 400, 20, 40), arm(2, "aftersale", 200, 20, 8)]);
    expect(row!.rate).toBeCloseTo(0.04, 10);
    expect(row!.baselineRate).toBeCloseTo(0.1, 10);
    expect(row!.change).toBeCloseTo(-0.6, 10);
  });
});

describe("editBandLifts", () => {
  it("compares each band with verbatim use within the same templates", () => {
    const rows = editBandLifts([
      { versionId: 1, band: 0, conversations: 100, conversions: 10 },
      { versionId: 1, band: 1, conversations: 100, conversions: 20 },
      { versionId: 2, band: 0, conversations: 100, conversions: 40 },
      { versionId: 2, band: 1, conversations: 100, conversions: 80 },
    ]);
    expect(rows.map((r) => r.band)).toEqual(["verbatim", "light", "personalised", "rewritten"]);
    expect(rows[0]!.lift).toBeNull();
    expect(rows[1]!.lift).toBeCloseTo(1, 10);
    expect(rows[1]!.conversionRate).toBeCloseTo(0.5, 10);
    expect(rows[2]!.conversations).toBe(0);
  });
});
