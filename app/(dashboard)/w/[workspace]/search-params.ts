import { z } from "zod";
import { parseIsoWeek } from "@/lib/time/weeks";

/** `?week=2026-W47`: the ISO week to show; absent or malformed means "the latest week with data". */
const schema = z.object({
  week: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => (value ? parseIsoWeek(value) : null)),
});

export interface OverviewSearchParams {
  /** Monday of the requested week, or null for the default. */
  weekStart: string | null;
}

export function parseOverviewSearchParams(raw: Record<string, string | string[] | undefined>): OverviewSearchParams {
  const parsed = schema.safeParse({ week: typeof raw.week === "string" ? raw.week : undefined });
  return { weekStart: parsed.success ? parsed.data.week : null };
}
