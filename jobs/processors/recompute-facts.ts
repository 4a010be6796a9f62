import { failRecompute, recomputePage } from "../../db/queries/recomputes";
import { rollupTemplateOutcomes } from "../../db/queries/template-outcomes";
import { deriveConversation } from "../../lib/conversations/derive";
import type { JobContext } from "../context";
import type { RecomputeFactsPayload } from "../schemas";
import { requestSlotted } from "../slots";

/** Conversations per page: one transaction each, short enough not to hold up ingest. */
export const RECOMPUTE_PAGE_SIZE = 2_000;

/**
 * One page of a recomputation, then the next page as its own job: progress is in the database
 * (cursor, done) after every page, and the rollups of the weeks that changed follow. After the
 * last page the daily template outcomes are rolled up again: their days are the workspace's local
 * days, which a new time zone moves.
 */
export async function processRecomputeFacts(ctx: JobContext, payload: RecomputeFactsPayload): Promise<{ more: boolean }> {
  const { more, workspaceId } = await recomputePage(ctx.db, payload.recomputeId, RECOMPUTE_PAGE_SIZE, deriveConversation);
  if (workspaceId) await requestSlotted(ctx.bus, "refresh-sla-rollups", workspaceId);
  if (more) await ctx.bus.enqueue("recompute-facts", { recomputeId: payload.recomputeId, page: payload.page + 1 });
  else if (workspaceId) await rollupTemplateOutcomes(ctx.db, workspaceId);
  return { more };
}

export async function failRecomputeFacts(ctx: JobContext, payload: RecomputeFactsPayload, error: Error): Promise<void> {
  await failRecompute(ctx.db, payload.recomputeId, error.message);
}
