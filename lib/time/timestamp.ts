import { FIRST_YEAR, LAST_YEAR } from "./weeks";

/**
 * ISO 8601 / RFC 3339 timestamps with an explicit offset. A time without one is ambiguous across
 * the time zones our sellers and buyers live in, so it is refused, never guessed.
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export type TimestampCheck = { ok: true; ms: number } | { ok: false; reason: string };

export function checkTimestamp(value: string): TimestampCheck {
  const m = TIMESTAMP.exec(value);
  if (!m) {
    return { ok: false, reason: `"${clip(value)}" is not an ISO 8601 time (like 2026-11-23T08:15:00+08:00)` };
  }
  const [, y, mo, d, h, mi, s = "0", frac = "", offset] = m;
  if (!offset) {
    return {
      ok: false,
      reason: `"${clip(value)}" has no UTC offset; add Z or +hh:mm (times are never guessed)`,
    };
  }
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Other years are placeholders ("0000-01-01", "9999-12-31"), PostgreSQL has no year 0,
  // JavaScript reads years below 100 as 19xx, and the pages' weeks must stay in range.
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return { ok: false, reason: `"${clip(value)}" is not between ${FIRST_YEAR} and ${LAST_YEAR}: a placeholder, not a real time?` };
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${clip(value)}" is not a calendar date` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `"${clip(value)}" is not a time of day` };
  }
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === null) {
    return { ok: false, reason: `"${clip(value)}" has an impossible UTC offset` };
  }
  const ms =
    Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, "0").slice(0, 3))) -
    offsetMinutes * 60_000;
  return { ok: true, ms };
}

function parseOffset(offset: string): number | null {
  if (offset === "Z" || offset === "z") return 0;
  const sign = offset[0] === "-" ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
