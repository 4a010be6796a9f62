import { addDays, mondayOf } from "../time/weeks";

/** Local dates `[from, to)` of the workspace's zone: a stretch of days read from conversation_facts. */
export interface DayRange {
  from: string;
  to: string;
}

export interface RangePlan {
  /** Mondays of the ISO weeks that lie wholly inside the range: read from the rollups when clean. */
  wholeWeeks: string[];
  /** The days before the first and after the last whole week, read from conversation_facts. */
  partial: DayRange[];
}

/** Splits inclusive days `from`..`to` into whole ISO weeks and the partial days around them. */
export function planRange(from: string, to: string): RangePlan {
  const end = addDays(to, 1);
  let monday = mondayOf(from);
  if (monday < from) monday = addDays(monday, 7);
  const wholeWeeks: string[] = [];
  for (let m = monday; addDays(m, 7) <= end; m = addDays(m, 7)) wholeWeeks.push(m);
  if (wholeWeeks.length === 0) return { wholeWeeks, partial: from < end ? [{ from, to: end }] : [] };
  const partial: DayRange[] = [];
  if (from < wholeWeeks[0]!) partial.push({ from, to: wholeWeeks[0]! });
  const after = addDays(wholeWeeks.at(-1)!, 7);
  if (after < end) partial.push({ from: after, to: end });
  return { wholeWeeks, partial };
}
