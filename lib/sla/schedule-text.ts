import { isIsoCountryCode } from "../ingest/markets";
import {
  type BusinessCalendar,
  businessCalendarSchema,
  calendarDateSchema,
  type MarketCalendars,
  minutesOfDay,
  type Period,
  periodSchema,
  type WeeklySchedule,
} from "../time/business-hours";

/**
 * Business hours as people write them in a settings form, and back:
 *   schedule  "Mon-Fri 09:00-12:00 13:30-18:00; Sat 10:00-14:00" (or one day spec per line)
 *   holidays  "2026-12-25 2026-12-26" (commas, spaces or lines)
 *   markets   one per line: "DE | Europe/Berlin | Mon-Fri 08:00-17:00 | 2026-12-24 2026-12-25"
 * Day names are English abbreviations in every language, like the ISO weekdays they stand for.
 */
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseSchedule(text: string): Parsed<WeeklySchedule> {
  const schedule: Record<string, Period[]> = {};
  for (const spec of text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]{3})(?:\s*-\s*([A-Za-z]{3}))?\s+(.+)$/.exec(spec);
    const first = m ? dayIndex(m[1]!) : -1;
    const last = m?.[2] ? dayIndex(m[2]) : first;
    if (!m || first < 0 || last < 0 || last < first) return { ok: false, error: `"${spec}": expected a day or days (Mon-Fri) and times (09:00-18:00)` };
    const periods: Period[] = [];
    for (const range of m[3]!.split(/[\s,]+/).filter(Boolean)) {
      const [start, end] = range.split("-");
      const checked = periodSchema.safeParse({ start, end });
      if (!checked.success) return { ok: false, error: `"${range}": ${checked.error.issues[0]?.message ?? "not a period like 09:00-18:00"}` };
      periods.push(checked.data);
    }
    for (let d = first; d <= last; d++) {
      const key = String(d + 1);
      schedule[key] = [...(schedule[key] ?? []), ...periods].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
    }
  }
  return { ok: true, value: schedule };
}

export function formatSchedule(schedule: WeeklySchedule): string {
  const lines: string[] = [];
  let d = 0;
  while (d < 7) {
    const periods = periodsText(schedule, d);
    let last = d;
    while (last + 1 < 7 && periodsText(schedule, last + 1) === periods) last++;
    if (periods) lines.push(`${DAYS[d]}${last > d ? `-${DAYS[last]}` : ""} ${periods}`);
    d = last + 1;
  }
  return lines.join("\n");
}

export function parseHolidays(text: string): Parsed<string[]> {
  const dates = text.split(/[\s,]+/).filter(Boolean);
  for (const date of dates) {
    if (!calendarDateSchema.safeParse(date).success) return { ok: false, error: `"${date}" is not a date like 2026-12-25` };
  }
  return { ok: true, value: [...new Set(dates)].sort() };
}

export function parseMarketCalendars(text: string): Parsed<MarketCalendars> {
  const calendars: MarketCalendars = {};
  for (const line of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    const [market = "", timezone = "", schedule = "", holidays = ""] = line.split("|").map((p) => p.trim());
    const weekly = parseSchedule(schedule);
    if (!weekly.ok) return { ok: false, error: `${market}: ${weekly.error}` };
    const days = parseHolidays(holidays);
    if (!days.ok) return { ok: false, error: `${market}: ${days.error}` };
    const calendar = businessCalendarSchema.safeParse({ timezone, weekly: weekly.value, holidays: days.value });
    if (!isIsoCountryCode(market)) return { ok: false, error: `"${market}": a market is an ISO 3166-1 alpha-2 country code such as DE` };
    if (!calendar.success) return { ok: false, error: `${market}: ${calendar.error.issues[0]?.message}` };
    calendars[market] = calendar.data;
  }
  return { ok: true, value: calendars };
}

export function formatMarketCalendars(calendars: MarketCalendars): string {
  return Object.entries(calendars)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([market, c]: [string, BusinessCalendar]) =>
      [market, c.timezone, formatSchedule(c.weekly).replaceAll("\n", "; "), c.holidays.join(" ")].join(" | ").replace(/ \| $/, ""),
    )
    .join("\n");
}

function dayIndex(name: string): number {
  return DAYS.findIndex((d) => d.toLowerCase() === name.toLowerCase());
}

function periodsText(schedule: WeeklySchedule, day: number): string {
  return (schedule[String(day + 1) as keyof WeeklySchedule] ?? []).map((p) => `${p.start}-${p.end}`).join(" ");
}
