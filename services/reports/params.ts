import { z } from "zod";
import { addDays, FIRST_DAY, isSupportedDay, LAST_DAY } from "../../lib/time/weeks";

/** Longest range one request may ask for: twenty years of days (real exports reach far back). */
const MAX_RANGE_DAYS = 20 * 366;

/** A day parameter of every report: a real YYYY-MM-DD date. */
export const reportDay = z.string().refine(isSupportedDay, `must be a date YYYY-MM-DD from ${FIRST_DAY} to ${LAST_DAY}`);

/** What is wrong with a from–to range, if anything: the parameter at fault and why. */
export function rangeProblem(from: string, to: string): { param: "from" | "to"; message: string } | null {
  if (from > to) return { param: "from", message: "must not be after to" };
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_RANGE_DAYS) {
    return { param: "to", message: `a range may span at most ${MAX_RANGE_DAYS} days` };
  }
  return null;
}

/** The earliest `from` a range ending on `to` may have. */
export function earliestFrom(to: string): string {
  return addDays(to, -(MAX_RANGE_DAYS - 1));
}

/** For a report's schema (`.superRefine(checkRange)`): the range, when both ends are given. */
export function checkRange(params: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  const problem = params.from && params.to ? rangeProblem(params.from, params.to) : null;
  if (problem) ctx.addIssue({ code: "custom", path: [problem.param], message: problem.message });
}

/**
 * A refused parameter as each door names it (`name`: `group_by` in the API, `--group-by` in the
 * CLI). Parameters a report does not know are refused too: a misspelt `group-by` silently
 * ignored would answer a different question than the one asked.
 */
export function describeIssue(issue: z.core.$ZodIssue, name: (param: string) => string): string {
  if (issue.code === "unrecognized_keys") return `${issue.keys.map(name).join(", ")}: not a parameter of this report`;
  return `${name(String(issue.path[0] ?? "query"))}: ${issue.message}`;
}
