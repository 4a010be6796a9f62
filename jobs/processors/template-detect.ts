import { getBatch } from "../../db/queries/batches";
import { getChangedDays, markTemplateDays } from "../../db/queries/template-outcomes";
import { getWorkspace } from "../../db/queries/workspaces";
import type { JobContext } from "../context";
import type { TemplateDetectPayload } from "../schemas";
import { requestSlotted } from "../slots";
import { detectInConversations } from "../template-detection";

/**
 * Follows an ingest chunk: template use of its conversations' agent messages; the days the chunk
 * changed are marked for the next outcome rollup (one per few seconds, however many chunks). When
 * the chunk's batch is done, the template gaps are brought up to date once for it.
 */
export async function processTemplateDetect(ctx: JobContext, payload: TemplateDetectPayload): Promise<void> {
  const workspace = await getWorkspace(ctx.db, payload.workspaceId);
  if (!workspace) return;
  await detectInConversations(ctx.db, workspace.id, payload.conversationIds);
  const days = await getChangedDays(ctx.db, workspace.id, workspace.timezone, {
    conversationIds: payload.conversationIds,
    buyers: payload.reviewBuyers,
    movedFrom: payload.movedFrom,
  });
  await markTemplateDays(ctx.db, workspace.id, days);
  if (days.length > 0) await requestSlotted(ctx.bus, "rollup-template-outcomes", workspace.id);
  const batch = await getBatch(ctx.db, workspace.id, payload.batchId);
  if (batch?.state === "done") await ctx.bus.enqueue("template-gaps", { workspaceId: workspace.id, trigger: payload.batchId });
}
