import { z } from "zod";
import { parseIsoWeek } from "@/app/_lib/weeks";

/** `?week=2026-W47&topic=customs_fees`: the week to review and the topic opened in it. */
const schema = z.object({
  week: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => (value ? parseIsoWeek(value) : null)),
  topic: z
    .string()
    .regex(/^[\p{L}\p{N}_-]{1,120}$/u)
    .optional()
    .catch(undefined),
});

export interface RetroSearchParams {
  /** Monday of the requested week, or null for the default (the last full week). */
  weekStart: string | null;
  topic: string | null;
}

export function parseRetroSearchParams(raw: Record<string, string | string[] | undefined>): RetroSearchParams {
  const parsed = schema.safeParse({
    week: typeof raw.week === "string" ? raw.week : undefined,
    topic: typeof raw.topic === "string" ? raw.topic : undefined,
  });
  return parsed.success ? { weekStart: parsed.data.week, topic: parsed.data.topic ?? null } : { weekStart: null, topic: null };
}
