import { describe, expect, it } from "vitest";
import { checkTimestamp } from "./timestamp";
import { formatWithOffset, localDate, localToUtcMs, parseLocalDateTime, shiftCalendarDate, zoneOffsetMs } from "./zone";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe("time zones", () => {
  it("reads Brazil local time across the 2016-2018 daylight-saving years", () => {
    // São Paulo kept summer time (UTC-2) from 2016-10-16 to 2017-02-19.
    expect(iso(parseLocalDateTime("2016-12-01 10:00:00", "America/Sao_Paulo"))).toBe("2016-12-01T12:00:00.000Z");
    expect(iso(parseLocalDateTime("2017-04-21 00:00:00", "America/Sao_Paulo"))).toBe("2017-04-21T03:00:00.000Z");
  });

  it("picks the earlier instant in the repeated hour and skips forward over the missing one", () => {
    // New York, 2026-11-01: 01:30 happens twice (EDT then EST).
    expect(iso(localToUtcMs({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 }, "America/New_York"))).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    // Berlin, 2026-03-29: 02:30 does not exist; read with the winter offset it is 01:30 UTC.
    expect(iso(localToUtcMs({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, "Europe/Berlin"))).toBe(
      "2026-03-29T01:30:00.000Z",
    );
  });

  it("formats an instant with the zone's offset at that instant", () => {
    expect(formatWithOffset(Date.parse("2026-07-01T12:00:00Z"), "Europe/Berlin")).toBe("2026-07-01T14:00:00+02:00");
    expect(formatWithOffset(Date.parse("2026-12-01T12:00:00Z"), "Europe/Berlin")).toBe("2026-12-01T13:00:00+01:00");
    expect(formatWithOffset(Date.parse("2026-12-01T12:00:00Z"), "UTC")).toBe("2026-12-01T12:00:00Z");
    expect(zoneOffsetMs(Date.parse("2026-12-01T12:00:00Z"), "Asia/Kolkata")).toBe(330 * 60_000);
  });

  it("round-trips formatted times through the timestamp check", () => {
    const ms = Date.parse("2017-01-10T15:04:05Z");
    const checked = checkTimestamp(formatWithOffset(ms, "America/Sao_Paulo"));
    expect(checked).toEqual({ ok: true, ms });
  });

  it("refuses local times that are not times", () => {
    expect(parseLocalDateTime("2017-13-01 00:00:00", "UTC")).toBeNull();
    expect(parseLocalDateTime("yesterday", "UTC")).toBeNull();
  });
});

describe("calendar dates", () => {
  it("gives the local date of an instant in a zone", () => {
    // 2026-11-22 20:00 UTC is already Monday morning in Shanghai.
    expect(localDate(Date.UTC(2026, 10, 22, 20), "Asia/Shanghai")).toBe("2026-11-23");
    expect(localDate(Date.UTC(2026, 10, 22, 20), "America/Sao_Paulo")).toBe("2026-11-22");
  });

  it("shifts dates across months and years", () => {
    expect(shiftCalendarDate("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftCalendarDate("2026-12-31", 1)).toBe("2027-01-01");
  });
});
