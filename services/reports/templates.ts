import { z } from "zod";
import { getStratumCounts, getTemplateVersionMeta } from "../../db/queries/template-effectiveness";
import { localDate } from "../../lib/time/zone";
import { effectivenessRows, type EffectivenessRow } from "../../lib/templates/effectiveness";
import { defineReport } from "./types";

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "not a real date");
/** Without `from`, the report covers the 12 weeks (84 days) up to `to`. */
const DEFAULT_DAYS = 84;

export interface TemplatesDocument {
  from: string;
  to: string;
  rows: EffectivenessRow[];
}

/**
 * GET /api/v1/templates/effectiveness and `report templates`: conversion lift of every template
 * version over conversations whose first buyer message falls between `from` and `to` (inclusive
 * local days), read from the daily outcomes the workers keep (../shared/spec/metrics.md).
 */
export const templatesReport = defineReport({
  name: "templates",
  params: z
    .object({ from: DAY.optional(), to: DAY.optional() })
    .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "from must not be after to", path: ["from"] }),
  async run(ctx, params): Promise<TemplatesDocument> {
    const to = params.to ?? localDate(ctx.now.getTime(), ctx.workspace.timezone);
    const from = params.from ?? shiftDay(to, -(DEFAULT_DAYS - 1));
    const range = { workspaceId: ctx.workspace.id, from, to };
    const [versions, counts] = await Promise.all([getTemplateVersionMeta(ctx.db, ctx.workspace.id), getStratumCounts(ctx.db, range)]);
    return { from, to, rows: effectivenessRows(versions, counts) };
  },
});

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
