import { z } from "zod";
import { addDays, addWeeks, isoWeekName, parseDate, parseIsoWeek } from "@/lib/time/weeks";
import type { Hours } from "@/lib/sla/rollup";

export const RANGE_WEEKS = [4, 12, 26, 52] as const;

const schema = z.object({
  end: z.string().optional().catch(undefined).transform((v) => (v ? parseIsoWeek(v) : null)),
  weeks: z.coerce.number().optional().catch(undefined).transform((v) => ((RANGE_WEEKS as readonly number[]).includes(v ?? 0) ? (v as number) : 12)),
  hours: z.enum(["calendar", "business"]).optional().catch(undefined).transform((v) => v ?? "calendar"),
});

export interface SlaSearchParams {
  /** Monday of the last week shown; null for the latest full week with data. */
  endWeek: string | null;
  weeks: number;
  hours: Hours;
}

const first = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export function parseSlaSearchParams(raw: Record<string, string | string[] | undefined>): SlaSearchParams {
  const parsed = schema.parse({ end: first(raw.end), weeks: first(raw.weeks), hours: first(raw.hours) });
  return { endWeek: parsed.end, weeks: parsed.weeks, hours: parsed.hours };
}

/** The inclusive days of `weeks` weeks ending with the week of `endWeek`. */
export function rangeOf(endWeek: string, weeks: number): { from: string; to: string } {
  return { from: addWeeks(endWeek, -(weeks - 1)), to: addDays(endWeek, 6) };
}

export function slaQuery(p: { endWeek: string; weeks: number; hours: Hours }): string {
  return new URLSearchParams({ end: isoWeekName(p.endWeek), weeks: String(p.weeks), hours: p.hours }).toString();
}

/** Filters of the drill-down list, as the SLA page links to it. */
const drillSchema = z.object({
  from: z.string().refine((v) => parseDate(v) !== null),
  to: z.string().refine((v) => parseDate(v) !== null),
  hours: z.enum(["calendar", "business"]).catch("calendar"),
  agent: z.string().max(200).optional(),
  channel: z.string().max(50).optional(),
  market: z.string().max(10).optional(),
  week: z.string().optional().transform((v) => (v ? (parseIsoWeek(v) ?? undefined) : undefined)),
  band: z.coerce.number().int().min(0).max(7).optional(),
  breached: z.literal("1").optional(),
  unanswered: z.literal("1").optional(),
  zone: z.enum(["team", "buyer"]).optional(),
  hour: z.coerce.number().int().min(0).max(167).optional(),
  before: z.string().regex(/^\d+:\d+$/).optional(),
});
export type DrillParams = z.infer<typeof drillSchema>;

export function parseDrillParams(raw: Record<string, string | string[] | undefined>): DrillParams | null {
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)]).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = drillSchema.safeParse(values);
  return parsed.success ? parsed.data : null;
}

/** A drill-down link's query: the range and hours of the page plus the figure's own filter. */
export function drillQuery(range: { from: string; to: string; hours: Hours }, filter: Record<string, string | number | undefined>): string {
  const entries = Object.entries({ ...range, ...filter }).filter(([, v]) => v !== undefined) as [string, string | number][];
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}
