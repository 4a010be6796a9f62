import { z } from "zod";
import { isIsoCountryCode } from "../ingest/markets";
import { localDayNumber } from "./offsets";
import { isValidTimeZone, localToUtcMs } from "./zone";

/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "time of day must be HH:MM (00:00-24:00)");

/** One working period of a day, e.g. 09:00-12:30; `end` is exclusive and may be 24:00. */
export const periodSchema = z
  .object({ start: hhmm, end: hhmm })
  .refine((p) => minutesOfDay(p.start) < minutesOfDay(p.end), "a period must end after it starts");
export type Period = z.infer<typeof periodSchema>;

/**
 * A weekly schedule: for each ISO weekday ("1" = Monday) the periods the team works, in the
 * workspace's time zone. Several periods a day express split shifts and lunch breaks.
 */
export const weeklyScheduleSchema = z.partialRecord(
  z.enum(["1", "2", "3", "4", "5", "6", "7"]),
  z.array(periodSchema),
);
export type WeeklySchedule = z.infer<typeof weeklyScheduleSchema>;

/** Monday to Friday, 09:00-18:00: what most support teams start from. */
export const DEFAULT_WEEKLY_SCHEDULE: WeeklySchedule = {
  "1": [{ start: "09:00", end: "18:00" }],
  "2": [{ start: "09:00", end: "18:00" }],
  "3": [{ start: "09:00", end: "18:00" }],
  "4": [{ start: "09:00", end: "18:00" }],
  "5": [{ start: "09:00", end: "18:00" }],
};

export function minutesOfDay(hhmmText: string): number {
  const [h, m] = hhmmText.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** A calendar date `YYYY-MM-DD` (a holiday, in the calendar's own time zone). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date must be YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "not a calendar date");

const timeZoneSchema = z.string().refine((zone) => isValidTimeZone(zone), "not an IANA time zone (like Europe/Berlin)");

/** When a team works: a weekly schedule in a time zone, minus holidays (whole local days). */
export const businessCalendarSchema = z.object({
  timezone: timeZoneSchema,
  weekly: weeklyScheduleSchema,
  holidays: z.array(calendarDateSchema).max(1_000),
});
export type BusinessCalendar = z.infer<typeof businessCalendarSchema>;

/**
 * Calendars of the teams that serve particular markets (the team serving Germany keeps German
 * hours and German holidays), by ISO 3166-1 alpha-2 code. Other markets use the workspace's own.
 */
export const marketCalendarsSchema = z.record(z.string().refine(isIsoCountryCode, "a market is an ISO 3166-1 alpha-2 code"), businessCalendarSchema);
export type MarketCalendars = z.infer<typeof marketCalendarsSchema>;

const DAY_MS = 86_400_000;
/** How far ahead a deadline is searched: a year, longer than any holiday season. */
const HORIZON_DAYS = 370;

/**
 * Business seconds for one calendar: seconds that fall inside the weekly periods, in the
 * calendar's zone, outside holidays. Each local day's open intervals are computed once (as UTC
 * instants, so daylight-saving days have their real length) and kept.
 */
export class BusinessClock {
  private readonly days = new Map<number, readonly (readonly [number, number])[]>();
  private readonly holidays: ReadonlySet<string>;
  private readonly open: boolean;

  constructor(readonly calendar: BusinessCalendar) {
    this.holidays = new Set(calendar.holidays);
    this.open = Object.values(calendar.weekly).some((periods) => (periods ?? []).length > 0);
  }

  /** Business seconds in [fromMs, toMs); 0 when `toMs` is not after `fromMs`. */
  secondsBetween(fromMs: number, toMs: number): number {
    if (!(toMs > fromMs) || !this.open) return 0;
    let total = 0;
    const last = localDayNumber(toMs, this.calendar.timezone);
    for (let day = localDayNumber(fromMs, this.calendar.timezone) - 1; day <= last + 1; day++) {
      for (const [start, end] of this.intervals(day)) {
        const overlap = Math.min(end, toMs) - Math.max(start, fromMs);
        if (overlap > 0) total += overlap;
      }
    }
    return total / 1000;
  }

  /** The instant at which `seconds` business seconds have passed since `fromMs`; null if not within a year. */
  addSeconds(fromMs: number, seconds: number): number | null {
    if (!this.open) return null;
    let remaining = seconds * 1000;
    const first = localDayNumber(fromMs, this.calendar.timezone) - 1;
    for (let day = first; day <= first + HORIZON_DAYS; day++) {
      for (const [start, end] of this.intervals(day)) {
        const from = Math.max(start, fromMs);
        if (end <= from) continue;
        if (end - from >= remaining) return from + remaining;
        remaining -= end - from;
      }
    }
    return null;
  }

  /** Whether the team is working at `ms`. */
  isOpen(ms: number): boolean {
    return this.intervals(localDayNumber(ms, this.calendar.timezone)).some(([s, e]) => s <= ms && ms < e);
  }

  /** The open intervals of a local day (days since 1970-01-01), merged and in order. */
  intervals(day: number): readonly (readonly [number, number])[] {
    let cached = this.days.get(day);
    if (cached) return cached;
    const date = new Date(day * DAY_MS);
    const iso = date.toISOString().slice(0, 10);
    const weekday = String(date.getUTCDay() || 7) as keyof WeeklySchedule;
    const periods = this.holidays.has(iso) ? [] : (this.calendar.weekly[weekday] ?? []);
    const instant = (minutes: number) => {
      const d = new Date((day + Math.floor(minutes / 1440)) * DAY_MS);
      const m = minutes % 1440;
      return localToUtcMs(
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: Math.floor(m / 60), minute: m % 60, second: 0 },
        this.calendar.timezone,
      );
    };
    const raw = periods
      .map((p) => [instant(minutesOfDay(p.start)), instant(minutesOfDay(p.end))] as [number, number])
      .filter(([s, e]) => e > s)
      .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [s, e] of raw) {
      const previous = merged.at(-1);
      if (previous && s <= previous[1]) previous[1] = Math.max(previous[1], e);
      else merged.push([s, e]);
    }
    cached = merged;
    if (this.days.size > 50_000) this.days.clear();
    this.days.set(day, cached);
    return cached;
  }
}
