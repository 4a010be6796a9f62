import { zoneOffsetMs } from "./zone";

/**
 * Every zone in the tz database changes its offset on a quarter-hour boundary of UTC, so one Intl
 * lookup per zone and quarter hour is exact. Deriving a chunk's conversations asks for the same
 * few zones and hours thousands of times; Intl per call was the hot spot.
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const memo = new Map<string, Map<number, number>>();
/** Entries per zone before the memo starts over: a decade of quarter hours. */
const MAX_ENTRIES = 400_000;

export function offsetAt(ms: number, timeZone: string): number {
  let zone = memo.get(timeZone);
  if (!zone || zone.size > MAX_ENTRIES) memo.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  let offset = zone.get(bucket);
  if (offset === undefined) zone.set(bucket, (offset = zoneOffsetMs(bucket * QUARTER_HOUR_MS, timeZone)));
  return offset;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the local calendar date in `timeZone` at `ms`. */
export function localDayNumber(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / DAY_MS);
}

/** Local hour of the week in `timeZone`: 0 is Monday 00:00-01:00, 167 Sunday 23:00-24:00. */
export function localHourOfWeek(ms: number, timeZone: string): number {
  // 1970-01-01 was a Thursday, 3 days after a Monday.
  const local = ms + offsetAt(ms, timeZone) + 3 * DAY_MS;
  return Math.floor((((local % (7 * DAY_MS)) + 7 * DAY_MS) % (7 * DAY_MS)) / 3_600_000);
}

/** `YYYY-MM-DD` of a day number. */
export function dayNumberToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
export function isoWeekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday (`YYYY-MM-DD`) of the ISO week of `ms` in `timeZone`. */
export function localWeekStart(ms: number, timeZone: string): string {
  const day = localDayNumber(ms, timeZone);
  return dayNumberToDate(day - isoWeekdayOf(day) + 1);
}
