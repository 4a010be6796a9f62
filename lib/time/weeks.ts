/**
 * ISO weeks as calendar dates. A week is named by its Monday (`YYYY-MM-DD`, a date in the
 * workspace's zone, computed by the database) or by its ISO name (`2026-W47`, as in the URL and
 * the API). The arithmetic here is on calendar dates only, in UTC, so no zone can shift it.
 */

const DAY_MS = 24 * 3600 * 1000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WEEK_RE = /^(\d{4})-W(\d{2})$/;

/**
 * The days Replyscope works with. Ingest refuses times outside them, and every day or week a page,
 * report or export is asked for must fall inside, so date arithmetic on them (ranges of up to
 * twenty years, trailing weeks, the next week's link) always stays in four-digit years.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;
export const FIRST_DAY = `${FIRST_YEAR}-01-01`;
export const LAST_DAY = `${LAST_YEAR}-12-31`;

/** A real `YYYY-MM-DD` date between FIRST_DAY and LAST_DAY. */
export function isSupportedDay(value: string): boolean {
  return parseDate(value) !== null && value >= FIRST_DAY && value <= LAST_DAY;
}

/** A `YYYY-MM-DD` date as the UTC midnight that starts it, or null when it is not a real date. */
export function parseDate(value: string): Date | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatDate(date) === value ? date : null;
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = parseDate(day);
  if (!date) throw new RangeError(`not a date: ${day}`);
  return formatDate(new Date(date.getTime() + days * DAY_MS));
}

export function addWeeks(weekStart: string, weeks: number): string {
  return addDays(weekStart, 7 * weeks);
}

/** The Monday of the ISO week that contains `day`. */
export function mondayOf(day: string): string {
  const date = parseDate(day);
  if (!date) throw new RangeError(`not a date: ${day}`);
  const isoWeekday = date.getUTCDay() || 7; // Monday 1 ... Sunday 7
  return addDays(day, 1 - isoWeekday);
}

/** `2026-W47` for any day of that ISO week. */
export function isoWeekName(day: string): string {
  const monday = parseDate(mondayOf(day));
  if (!monday) throw new RangeError(`not a date: ${day}`);
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of an ISO week name, or null for a malformed, impossible (2026-W54) or unsupported one. */
export function parseIsoWeek(name: string): string | null {
  const m = ISO_WEEK_RE.exec(name);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53 || year < FIRST_YEAR || year > LAST_YEAR) return null;
  // 4 January is always in week 1.
  const week1 = mondayOf(formatDate(new Date(Date.UTC(year, 0, 4))));
  const monday = addWeeks(week1, week - 1);
  return isoWeekName(monday) === name ? monday : null;
}

/** Today's date in `timeZone`, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
