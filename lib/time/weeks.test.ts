import { describe, expect, test } from "vitest";
import { addWeeks, isoWeekName, mondayOf, parseDate, parseIsoWeek, todayIn } from "./weeks";

describe("ISO weeks", () => {
  test.each([
    ["2026-11-23", "2026-W48"],
    ["2026-11-29", "2026-W48"],
    ["2017-10-30", "2017-W44"],
    ["2021-01-03", "2020-W53"],
    ["2024-12-30", "2025-W01"],
    ["2016-01-01", "2015-W53"],
  ])("%s is in %s", (day, week) => {
    expect(isoWeekName(day)).toBe(week);
    expect(parseIsoWeek(week)).toBe(mondayOf(day));
  });

  test("Monday of a week", () => {
    expect(mondayOf("2026-11-29")).toBe("2026-11-23");
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
    expect(addWeeks("2026-11-23", -1)).toBe("2026-11-16");
  });

  test.each(["2026-W54", "2026-W00", "2025-W53", "2026-47", "x", "2026-W4", "9999-W52", "9999-W53", "1899-W52", "0001-W01"])("rejects %s", (name) => {
    expect(parseIsoWeek(name)).toBeNull();
  });

  test("rejects impossible dates", () => {
    expect(parseDate("2026-02-30")).toBeNull();
    expect(parseDate("2026-2-3")).toBeNull();
  });

  test("today in a zone", () => {
    const instant = new Date("2026-11-22T17:30:00Z");
    expect(todayIn("Asia/Shanghai", instant)).toBe("2026-11-23");
    expect(todayIn("America/Sao_Paulo", instant)).toBe("2026-11-22");
  });
});
