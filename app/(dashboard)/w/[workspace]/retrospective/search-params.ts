import { z } from "zod";
import { parseOverviewSearchParams } from "../search-params";

/** `?week=2026-W47&topic=customs_fees`: the week to review (as on the overview) and the topic opened in it. */
const topic = z
  .string()
  .regex(/^[\p{L}\p{N}_-]{1,120}$/u)
  .optional()
  .catch(undefined);

export interface RetroSearchParams {
  /** Monday of the requested week, or null for the default (the last full week). */
  weekStart: string | null;
  topic: string | null;
}

export function parseRetroSearchParams(raw: Record<string, string | string[] | undefined>): RetroSearchParams {
  const parsed = topic.safeParse(typeof raw.topic === "string" ? raw.topic : undefined);
  return { weekStart: parseOverviewSearchParams(raw).weekStart, topic: (parsed.success ? parsed.data : undefined) ?? null };
}
