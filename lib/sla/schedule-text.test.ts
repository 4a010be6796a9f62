import { expect, it } from "vitest";
import { formatMarketCalendars, formatSchedule, parseHolidays, parseMarketCalendars, parseSchedule } from "./schedule-text";

it("reads split shifts over day ranges and writes them back", () => {
  const parsed = parseSchedule("Mon-Fri 09:00-12:00 13:30-18:00\nSat 10:00-14:00");
  expect(parsed).toEqual({
    ok: true,
    value: {
      "1": [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }],
      "2": [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }],
      "3": [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }],
      "4": [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }],
      "5": [{ start: "09:00", end: "12:00" }, { start: "13:30", end: "18:00" }],
      "6": [{ start: "10:00", end: "14:00" }],
    },
  });
  expect(parsed.ok && formatSchedule(parsed.value)).toBe("Mon-Fri 09:00-12:00 13:30-18:00\nSat 10:00-14:00");
});

it("refuses what it cannot read, saying where", () => {
  expect(parseSchedule("Mon 18:00-09:00")).toMatchObject({ ok: false, error: expect.stringContaining("18:00-09:00") });
  expect(parseSchedule("Funday 09:00-10:00")).toMatchObject({ ok: false });
  expect(parseHolidays("2026-12-25, 2026-02-30")).toMatchObject({ ok: false, error: expect.stringContaining("2026-02-30") });
});

it("reads market calendars with their own zone and holidays", () => {
  const parsed = parseMarketCalendars("DE | Europe/Berlin | Mon-Fri 08:00-17:00 | 2026-12-25 2026-12-24");
  expect(parsed).toEqual({
    ok: true,
    value: { DE: { timezone: "Europe/Berlin", weekly: Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [{ start: "08:00", end: "17:00" }]])), holidays: ["2026-12-24", "2026-12-25"] } },
  });
  expect(parsed.ok && formatMarketCalendars(parsed.value)).toBe("DE | Europe/Berlin | Mon-Fri 08:00-17:00 | 2026-12-24 2026-12-25");
  expect(parseMarketCalendars("DE | Mars/Base | Mon 09:00-10:00")).toMatchObject({ ok: false });
});
