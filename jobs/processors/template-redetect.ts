import { rollupTemplateOutcomes } from "../../db/queries/template-outcomes";
import { advanceDetectionRun, finishDetectionRun, getDetectionRun } from "../../db/queries/template-runs";
import { getAgentMessagesPage } from "../../db/queries/template-uses";
import type { JobContext } from "../context";
import type { TemplateRedetectPayload } from "../schemas";
import { loadUseAssigner, recordUses } from "../template-detection";

/** Agent messages per page: about half a second of work, so progress moves and a retry is cheap. */
const PAGE_MESSAGES = 5_000;

/**
 * One page of a re-detection run. The last page recomputes all the workspace's daily outcomes
 * and its template gaps. A run superseded by a newer one (the templates changed again) stops.
 */
export async function processTemplateRedetect(ctx: JobContext, payload: TemplateRedetectPayload): Promise<void> {
  const run = await getDetectionRun(ctx.db, payload.runId);
  if (!run || run.state !== "running") return;
  const messages = await getAgentMessagesPage(ctx.db, payload.workspaceId, payload.afterMessageId, PAGE_MESSAGES);
  if (messages.length > 0) {
    await recordUses(ctx.db, payload.workspaceId, await loadUseAssigner(ctx.db, payload.workspaceId), messages);
    await advanceDetectionRun(ctx.db, run.id, messages.length);
  }
  if (messages.length === PAGE_MESSAGES) {
    await ctx.bus.enqueue("template-redetect", { ...payload, afterMessageId: messages.at(-1)!.id });
    return;
  }
  await rollupTemplateOutcomes(ctx.db, payload.workspaceId);
  await finishDetectionRun(ctx.db, run.id, "done");
  await ctx.bus.enqueue("template-gaps", { workspaceId: payload.workspaceId, trigger: run.id });
}

export async function failTemplateRedetect(ctx: JobContext, payload: TemplateRedetectPayload, error: Error): Promise<void> {
  await finishDetectionRun(ctx.db, payload.runId, "failed", error.message);
}
