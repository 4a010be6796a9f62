import { z } from "zod";
import { getStratumCounts, getTemplateVersionMeta } from "../../db/queries/template-effectiveness";
import { badRequest } from "../../lib/errors";
import { localDate, shiftCalendarDate } from "../../lib/time/zone";
import { effectivenessRows, type EffectivenessRow } from "../../lib/templates/effectiveness";
import { checkRange, rangeProblem, reportDay } from "./params";
import { defineReport } from "./types";

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
  params: z.strictObject({ from: reportDay.optional(), to: reportDay.optional() }).superRefine(checkRange),
  async run(ctx, params): Promise<TemplatesDocument> {
    const to = params.to ?? localDate(ctx.now.getTime(), ctx.workspace.timezone);
    const from = params.from ?? shiftCalendarDate(to, -(DEFAULT_DAYS - 1));
    // A range with a default end can still be backwards (from next year, to today).
    const problem = rangeProblem(from, to);
    if (problem) throw badRequest(`${problem.param}: ${problem.message} (to defaults to today, from to 84 days before to)`);
    const range = { workspaceId: ctx.workspace.id, from, to };
    const [versions, counts] = await Promise.all([getTemplateVersionMeta(ctx.db, ctx.workspace.id), getStratumCounts(ctx.db, range)]);
    return { from, to, rows: effectivenessRows(versions, counts) };
  },
});
