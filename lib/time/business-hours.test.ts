import { describe, expect, it } from "vitest";
import { BusinessClock, businessCalendarSchema, type BusinessCalendar } from "./business-hours";

const H = 3_600_000;
const clock = (calendar: Partial<BusinessCalendar> & { timezone: string }) =>
  new BusinessClock({ weekly: {}, holidays: [], ...calendar });
const utc = (iso: string) => Date.parse(iso);

describe("BusinessClock", () => {
  it("counts split shifts and skips the lunch break", () => {
    const c = clock({ timezone: "Asia/Shanghai", weekly: { "1": [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }] } });
    // Monday 2026-11-23 11:00 to 14:00 Shanghai (03:00-06:00 UTC): 1 h before lunch, 30 min after.
    expect(c.secondsBetween(utc("2026-11-23T03:00:00Z"), utc("2026-11-23T06:00:00Z"))).toBe(5_400);
    expect(c.isOpen(utc("2026-11-23T04:30:00Z"))).toBe(false);
    // 4 business minutes after 11:58 is 13:32.
    expect(c.addSeconds(utc("2026-11-23T03:58:00Z"), 240)).toBe(utc("2026-11-23T05:32:00Z"));
  });

  it("carries a reply across midnight and the weekend", () => {
    const c = clock({ timezone: "America/New_York", weekly: { "5": [{ start: "20:00", end: "24:00" }], "1": [{ start: "00:00", end: "02:00" }] } });
    // Friday 2026-11-20 23:00 EST to Monday 01:00 EST: 1 h on Friday, 1 h on Monday.
    expect(c.secondsBetween(utc("2026-11-21T04:00:00Z"), utc("2026-11-23T06:00:00Z"))).toBe(7_200);
  });

  it("closes on holidays, in the calendar's own zone", () => {
    const weekly = { "1": [{ start: "09:00", end: "17:00" }], "2": [{ start: "09:00", end: "17:00" }] };
    const c = clock({ timezone: "Europe/Berlin", weekly, holidays: ["2026-11-23"] });
    // Monday is a holiday: from Monday 10:00 to Tuesday 10:00 only Tuesday 09:00-10:00 counts.
    expect(c.secondsBetween(utc("2026-11-23T09:00:00Z"), utc("2026-11-24T09:00:00Z"))).toBe(3_600);
    expect(c.addSeconds(utc("2026-11-23T09:00:00Z"), 60)).toBe(utc("2026-11-24T08:01:00Z"));
  });

  it("gives the spring-forward day its real length (Europe/Berlin, 2026-03-29)", () => {
    const c = clock({ timezone: "Europe/Berlin", weekly: { "7": [{ start: "00:00", end: "24:00" }] } });
    const sunday = c.intervals(Date.UTC(2026, 2, 29) / 86_400_000);
    expect(sunday).toHaveLength(1);
    expect(sunday[0]![1] - sunday[0]![0]).toBe(23 * H);
    // 01:00-04:00 local wall time is only two real hours that night.
    expect(c.secondsBetween(utc("2026-03-29T00:00:00Z"), utc("2026-03-29T02:00:00Z"))).toBe(7_200);
  });

  it("gives the fall-back day its real length (America/New_York, 2026-11-01)", () => {
    const c = clock({ timezone: "America/New_York", weekly: { "7": [{ start: "00:00", end: "24:00" }, { start: "01:00", end: "03:00" }] } });
    const day = c.intervals(Date.UTC(2026, 10, 1) / 86_400_000);
    expect(day).toEqual([[utc("2026-11-01T04:00:00Z"), utc("2026-11-02T05:00:00Z")]]);
    // A 9-to-5 on the Monday after is read with the winter offset.
    const office = clock({ timezone: "America/New_York", weekly: { "1": [{ start: "09:00", end: "17:00" }] } });
    expect(office.intervals(Date.UTC(2026, 10, 2) / 86_400_000)).toEqual([[utc("2026-11-02T14:00:00Z"), utc("2026-11-02T22:00:00Z")]]);
  });

  it("never opens without periods", () => {
    const c = clock({ timezone: "UTC" });
    expect(c.secondsBetween(0, 10 * H)).toBe(0);
    expect(c.addSeconds(0, 60)).toBeNull();
  });

  it("validates calendars", () => {
    expect(businessCalendarSchema.safeParse({ timezone: "Mars/Olympus", weekly: {}, holidays: [] }).success).toBe(false);
    expect(businessCalendarSchema.safeParse({ timezone: "UTC", weekly: {}, holidays: ["2026-02-30"] }).success).toBe(false);
    expect(businessCalendarSchema.safeParse({ timezone: "UTC", weekly: { "1": [{ start: "18:00", end: "09:00" }] }, holidays: [] }).success).toBe(false);
    expect(businessCalendarSchema.safeParse({ timezone: "UTC", weekly: { "1": [{ start: "09:00", end: "24:00" }] }, holidays: ["2026-12-25"] }).success).toBe(true);
  });
});
