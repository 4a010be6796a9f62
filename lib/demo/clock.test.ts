import { describe, expect, it } from "vitest";
import { checkTimestamp } from "../time/timestamp";
import { zoneOffsetMs } from "../time/zone";
import { ZoneClock } from "./clock";

const HOUR_MS = 3_600_000;

describe("ZoneClock", () => {
  it("agrees with Intl every few hours across the 2026 daylight-saving changes", () => {
    const clock = new ZoneClock();
    const zones = ["America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata"];
    const from = Date.parse("2026-03-01T00:00:00Z");
    for (const zone of zones) {
      for (let ms = from; ms < from + 300 * 24 * HOUR_MS; ms += 3 * HOUR_MS + 17 * 60_000) {
        expect(clock.offsetMs(ms, zone)).toBe(zoneOffsetMs(ms, zone));
      }
    }
  });

  it("writes local times with the offset in force, and UTC with Z", () => {
    const clock = new ZoneClock();
    // New York leaves summer time on 2026-11-01 at 06:00 UTC.
    expect(clock.local(Date.parse("2026-11-01T05:59:59Z"), "America/New_York")).toBe("2026-11-01T01:59:59-04:00");
    expect(clock.local(Date.parse("2026-11-01T06:00:00Z"), "America/New_York")).toBe("2026-11-01T01:00:00-05:00");
    expect(clock.local(Date.parse("2026-10-04T16:30:00Z"), "Australia/Sydney")).toBe("2026-10-05T03:30:00+11:00");
    expect(clock.local(Date.parse("2026-09-01T12:00:00Z"), "Asia/Kolkata")).toBe("2026-09-01T17:30:00+05:30");
    expect(clock.utc(Date.parse("2026-09-15T01:05:09.900Z"))).toBe("2026-09-15T01:05:09Z");
    const written = clock.local(Date.parse("2026-11-22T23:59:59Z"), "America/Mexico_City");
    expect(checkTimestamp(written)).toEqual({ ok: true, ms: Date.parse("2026-11-22T23:59:59Z") });
  });

  it("reads the local hour of the day and of the week, and the short date", () => {
    const clock = new ZoneClock();
    const ms = Date.parse("2026-11-22T17:30:00Z"); // Monday 01:30 in Shanghai
    expect(clock.localHour(ms, "Asia/Shanghai")).toBe(1);
    expect(clock.localHourOfWeek(ms, "Asia/Shanghai")).toBe(1);
    expect(clock.localHourOfWeek(ms, "America/New_York")).toBe(6 * 24 + 12);
    expect(clock.shortDate(ms, "Asia/Shanghai")).toBe("Nov 23");
  });
});
