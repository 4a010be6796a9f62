import { z } from "zod";
import { addDays, addWeeks, FIRST_DAY, isoWeekName, isSupportedDay, LAST_DAY, parseIsoWeek } from "@/lib/time/weeks";
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

/** A filter value as the page links to it; a NUL byte never came from a link and PostgreSQL refuses it. */
const filterText = (max: number) => z.string().max(max).refine((v) => !v.includes("\u0000")).optional();

/** The last row of the previous page, `<first buyer ms>:<row id>`, with both inside what the database holds. */
const pageCursor = z
  .string()
  .regex(/^\d{1,16}:\d{1,16}$/)
  .transform((v) => v.split(":").map(Number) as [number, number])
  .refine(([ms, id]) => ms >= Date.parse(FIRST_DAY) && ms < Date.parse(LAST_DAY) + 86_400_000 && Number.isSafeInteger(id) && id > 0)
  .transform(([ms, id]) => ({ at: new Date(ms), id }));

/** Filters of the drill-down list, as the SLA page links to it. */
const drillSchema = z.object({
  from: z.string().refine(isSupportedDay),
  to: z.string().refine(isSupportedDay),
  hours: z.enum(["calendar", "business"]).catch("calendar"),
  agent: filterText(200),
  channel: filterText(50),
  market: filterText(10),
  week: z.string().optional().transform((v) => (v ? (parseIsoWeek(v) ?? undefined) : undefined)),
  band: z.coerce.number().int().min(0).max(7).optional(),
  breached: z.literal("1").optional(),
  unanswered: z.literal("1").optional(),
  zone: z.enum(["team", "buyer"]).optional(),
  hour: z.coerce.number().int().min(0).max(167).optional(),
  before: pageCursor.optional(),
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
