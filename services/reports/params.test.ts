import { describe, expect, it } from "vitest";
import type { ReportContext } from "./types";
import { firstResponseReport } from "./first-response";
import { addDays } from "../../lib/time/weeks";
import { describeIssue, earliestFrom, rangeProblem } from "./params";
import { reviewsReport } from "./reviews";
import { templatesReport } from "./templates";
import { topicsReport } from "./topics";

const refusal = (result: { success: boolean; error?: { issues: Parameters<typeof describeIssue>[0][] } }) =>
  result.success ? null : (result.error?.issues ?? []).map((issue) => describeIssue(issue, (param) => param)).join("; ");

describe("report parameters", () => {
  it("refuse parameters a report does not know, so a misspelt one does not change the question silently", () => {
    expect(refusal(firstResponseReport.params.safeParse({ from: "2026-11-01", to: "2026-11-22", "group-by": "week" }))).toBe(
      "group-by: not a parameter of this report",
    );
    expect(refusal(reviewsReport.params.safeParse({ topic: "late" }))).toBe("topic: not a parameter of this report");
    expect(refusal(topicsReport.params.safeParse({ week: "2026-W47", workspace: "x" }))).toBe("workspace: not a parameter of this report");
    expect(refusal(templatesReport.params.safeParse({ from: "2026-11-01" }))).toBeNull();
  });

  it("take real days from 1900 on, the same in every report", () => {
    for (const report of [firstResponseReport, reviewsReport, templatesReport]) {
      for (const day of ["0000-12-31", "0001-01-01", "1899-12-31", "2026-02-30", "2026-13-01", "26-11-01"]) {
        expect(refusal(report.params.safeParse({ from: day, to: "2026-11-22" })), `${report.name} ${day}`).toMatch(/^from: must be a date/);
      }
      expect(refusal(report.params.safeParse({ from: "1900-01-01", to: "1900-01-07" })), report.name).toBeNull();
      expect(refusal(report.params.safeParse({ from: "2026-11-23", to: "2026-11-22" })), report.name).toBe("from: must not be after to");
    }
  });

  it("bound a range to twenty years", () => {
    expect(rangeProblem(earliestFrom("2019-12-31"), "2019-12-31")).toBeNull();
    expect(rangeProblem(addDays(earliestFrom("2019-12-31"), -1), "2019-12-31")).toMatchObject({ param: "to" });
    expect(rangeProblem("2000-01-01", "2019-12-31")).toBeNull();
    expect(rangeProblem("1950-01-01", "2026-01-01")).toEqual({ param: "to", message: "a range may span at most 7320 days" });
  });

  it("refuse a templates range that its default end makes backwards", async () => {
    const ctx = { now: new Date("2026-11-26T12:00:00Z"), workspace: { id: "w", timezone: "UTC" } } as unknown as ReportContext;
    await expect(templatesReport.run(ctx, { from: "2027-01-01" })).rejects.toMatchObject({ code: "bad_request", message: /^from: must not be after to/ });
  });

  it("refuse review cursors they did not write, like a year PostgreSQL cannot hold", async () => {
    const ctx = { workspace: { id: "w", timezone: "UTC" } } as unknown as ReportContext;
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const cursor of [forged(["+275760-09-13T00:00:00.000Z", 1]), forged(["-000001-01-01T00:00:00.000Z", 1]), forged(["2026-11-01", 1]), forged(["2026-11-01T00:00:00.000Z", 0]), "garbage"]) {
      await expect(reviewsReport.run(ctx, { cursor }), cursor).rejects.toMatchObject({ code: "bad_request", message: "cursor: not a cursor this API returned" });
    }
  });
});
