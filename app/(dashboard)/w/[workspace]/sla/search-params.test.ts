import { describe, expect, it } from "vitest";
import { parseDrillParams, parseSlaSearchParams } from "./search-params";

const range = { from: "2026-11-01", to: "2026-11-22" };

describe("SLA page links", () => {
  it("take a page cursor only as the page writes it, inside what the database holds", () => {
    expect(parseDrillParams({ ...range, before: "1763000000000:5" })?.before).toEqual({ at: new Date(1763000000000), id: 5 });
    for (const before of ["8640000000000001:1", "99999999999999999999:1", "1:99999999999999999999", "1763000000000:9223372036854775808", "1763000000000:0", "-1:5"]) {
      expect(parseDrillParams({ ...range, before }), before).toBeNull();
    }
  });

  it("refuse a NUL byte in a filter, which no link holds", () => {
    for (const filter of ["agent", "channel", "market"]) expect(parseDrillParams({ ...range, [filter]: "a\u0000" }), filter).toBeNull();
    expect(parseDrillParams({ ...range, agent: "Agent-007" })?.agent).toBe("Agent-007");
  });

  it("take days and weeks from 1900 to 2999 only, so the next week's link still has a four-digit year", () => {
    expect(parseDrillParams({ from: "9999-12-25", to: "9999-12-31" })).toBeNull();
    expect(parseDrillParams({ from: "1899-12-25", to: "1899-12-31" })).toBeNull();
    expect(parseSlaSearchParams({ end: "9999-W52" }).endWeek).toBeNull();
    expect(parseSlaSearchParams({ end: "2999-W52" }).endWeek).toBe("2999-12-23");
  });
});
