import { wallClock } from "./zone";

const DAY_MS = 86_400_000;

/** Monday (`YYYY-MM-DD`) of the ISO week that the instant `ms` falls in, on the wall clock of `timeZone`. */
export function weekStartOf(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  const day = Date.UTC(w.year, w.month - 1, w.day);
  const isoWeekday = new Date(day).getUTCDay() || 7;
  return new Date(day - (isoWeekday - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday `weeks` weeks after (or before) the Monday `monday`, both `YYYY-MM-DD`. */
export function addWeeks(monday: string, weeks: number): string {
  return new Date(Date.parse(`${monday}T00:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}
