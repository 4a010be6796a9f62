import { DAY_MS, SECOND_MS, type ZoneClock } from "./clock";
import type { Random } from "./random";

/** Fewer conversations and orders at the weekend (Monday first). */
const WEEKDAY_WEIGHTS = [1.05, 1.05, 1, 1, 0.95, 0.9, 0.85];
/** Buyers write, order and review at the hours they are awake, most in their evening (local hour 0-23). */
const LOCAL_HOUR_WEIGHTS = [
  0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 0.8, 1, 1.2, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.4, 1.6, 1.8, 1.8, 1.4, 0.8,
];
const MAX_HOUR_WEIGHT = Math.max(...LOCAL_HOUR_WEIGHTS);

/**
 * Splits `total` over `days` days in proportion to the weekday rhythm times `noise()`, as whole
 * numbers that add up to exactly `total`.
 */
export function perDay(total: number, days: number, noise: () => number = () => 1): number[] {
  const weights = Array.from({ length: days }, (_, day) => WEEKDAY_WEIGHTS[day % 7]! * noise());
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let assigned = 0;
  return weights.map((weight) => {
    cumulative += weight;
    const upTo = Math.round((total * cumulative) / sum);
    const count = upTo - assigned;
    assigned = upTo;
    return count;
  });
}

/**
 * An instant within the UTC day starting at `dayStartMs`, in whole seconds, more likely at the
 * hours people in `timeZone` are awake (rejection sampling on the local hour).
 */
export function localDaytime(dayStartMs: number, timeZone: string, clock: ZoneClock, rng: Random): number {
  for (;;) {
    const ms = dayStartMs + rng.int(0, DAY_MS / SECOND_MS - 1) * SECOND_MS;
    if (rng.float() * MAX_HOUR_WEIGHT < LOCAL_HOUR_WEIGHTS[clock.localHour(ms, timeZone)]!) return ms;
  }
}
