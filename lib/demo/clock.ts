import { zoneOffsetMs } from "../time/zone";

/** Time units in milliseconds, for the whole generator. */
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/** Sources export whole seconds, so every generated instant and duration is rounded to them. */
export function wholeSeconds(ms: number): number {
  return Math.round(ms / SECOND_MS) * SECOND_MS;
}
/**
 * Every zone in the tz database changes its offset on a quarter-hour boundary of UTC (whole- and
 * half-hour offsets, with changes at whole local hours), so on the rare day with a change one
 * lookup per quarter hour is exact.
 */
const BUCKET_MS = 15 * MINUTE_MS;

/**
 * Offsets and ISO 8601 strings for the generator. Intl is far too slow to ask once per message
 * (a million messages), so offsets are memoised per zone and UTC day, and per quarter hour on the
 * days a zone changes its offset (no zone changes twice in a day). The memo grows with the span
 * of time the data set covers, not with its size.
 */
export class ZoneClock {
  private readonly zones = new Map<string, ZoneMemo>();
  /** The zone asked last, which is usually the zone asked next (saves a lookup per call). */
  private lastZone: ZoneMemo | null = null;

  offsetMs(ms: number, timeZone: string): number {
    let zone = this.lastZone?.name === timeZone ? this.lastZone : this.zones.get(timeZone);
    if (!zone) this.zones.set(timeZone, (zone = { name: timeZone, days: new Map(), buckets: new Map() }));
    this.lastZone = zone;
    const day = Math.floor(ms / DAY_MS);
    let offset = zone.days.get(day);
    if (offset === undefined) {
      const atStart = zoneOffsetMs(day * DAY_MS, timeZone);
      offset = atStart === zoneOffsetMs((day + 1) * DAY_MS, timeZone) ? atStart : null;
      zone.days.set(day, offset);
    }
    if (offset !== null) return offset;
    const bucket = Math.floor(ms / BUCKET_MS);
    let exact = zone.buckets.get(bucket);
    if (exact === undefined) zone.buckets.set(bucket, (exact = zoneOffsetMs(bucket * BUCKET_MS, timeZone)));
    return exact;
  }

  /** "2026-09-14T21:05:00-04:00": the wall clock of `timeZone` with its offset at that instant. */
  local(ms: number, timeZone: string): string {
    const offset = this.offsetMs(ms, timeZone);
    return isoSeconds(ms + offset) + offsetSuffix(offset);
  }

  /** "2026-09-15T01:05:00Z". */
  utc(ms: number): string {
    return `${isoSeconds(ms)}Z`;
  }

  /** Local hour of day (0-23) in `timeZone`. */
  localHour(ms: number, timeZone: string): number {
    const sinceLocalMidnight = positiveModulo(ms + this.offsetMs(ms, timeZone), DAY_MS);
    return Math.floor(sinceLocalMidnight / HOUR_MS);
  }

  /** Local hour of the week, from 0 (Monday 00:00-01:00) to 167 (Sunday 23:00-24:00). */
  localHourOfWeek(ms: number, timeZone: string): number {
    // 1970-01-01 was a Thursday, 3 days after a Monday.
    return Math.floor(positiveModulo(ms + this.offsetMs(ms, timeZone) + 3 * DAY_MS, 7 * DAY_MS) / HOUR_MS);
  }

  /** Human date of an instant in a zone, as an agent would write it: "Sep 16". */
  shortDate(ms: number, timeZone: string): string {
    const local = new Date(ms + this.offsetMs(ms, timeZone));
    return `${MONTHS[local.getUTCMonth()]} ${local.getUTCDate()}`;
  }
}

/** Offsets of one zone: per UTC day (null on a day the offset changes), and per quarter hour on those days. */
interface ZoneMemo {
  name: string;
  days: Map<number, number | null>;
  buckets: Map<number, number>;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const datePrefixes = new Map<number, string>();

/**
 * "2026-09-14T21:05:00" for epoch ms (whole seconds: sources export whole seconds, and
 * same-second replies must stay ties). Date.toISOString per record was the generator's hot spot,
 * so the date part is memoised per day and the time of day is built from a table.
 */
function isoSeconds(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = datePrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    datePrefixes.set(day, prefix);
  }
  const seconds = Math.floor((ms - day * DAY_MS) / SECOND_MS);
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  return `${prefix}${TWO_DIGITS[hh]}:${TWO_DIGITS[mm]}:${TWO_DIGITS[seconds % 60]}`;
}

const suffixes = new Map<number, string>();

function offsetSuffix(offsetMs: number): string {
  let suffix = suffixes.get(offsetMs);
  if (suffix === undefined) {
    const minutes = Math.round(Math.abs(offsetMs) / MINUTE_MS);
    const sign = offsetMs < 0 ? "-" : "+";
    suffix = `${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    suffixes.set(offsetMs, suffix);
  }
  return suffix;
}

function positiveModulo(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}
