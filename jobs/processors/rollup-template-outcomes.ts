import { rollupDirtyTemplateDays } from "../../db/queries/template-outcomes";
import type { JobContext } from "../context";
import type { SlotPayload } from "../schemas";

export async function processRollupTemplateOutcomes(ctx: JobContext, payload: SlotPayload): Promise<{ days: number }> {
  return { days: await rollupDirtyTemplateDays(ctx.db, payload.workspaceId) };
}
