import { z } from "zod";
import { isSupportedDay } from "@/lib/time/weeks";

const day = z
  .string()
  .optional()
  .catch(undefined)
  .transform((value) => (value && isSupportedDay(value) ? value : null));

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`: inclusive local days; absent or malformed means the default range. */
export interface TemplatesSearchParams {
  from: string | null;
  to: string | null;
}

export function parseTemplatesSearchParams(raw: Record<string, string | string[] | undefined>): TemplatesSearchParams {
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  const parsed = z.object({ from: day, to: day }).safeParse({ from: one(raw.from), to: one(raw.to) });
  if (!parsed.success) return { from: null, to: null };
  const { from, to } = parsed.data;
  return from && to && from > to ? { from: to, to: from } : { from, to };
}
