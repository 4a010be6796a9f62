import { markBatchFailed } from "../../db/queries/batches";
import { applyIngestChunk, type ChunkOutcome, type RejectedRow } from "../../db/queries/ingest";
import { deriveConversation } from "../../lib/conversations/derive";
import { parseRawItem } from "../../lib/ingest/items";
import type { CanonicalRecord } from "../../lib/ingest/records";
import type { JobContext } from "../context";
import type { IngestChunkPayload } from "../schemas";
import { requestSlotted } from "../slots";
import { startTemplateRedetection } from "../template-detection";

/**
 * Applies a chunk, then hands the follow-up work on, each on its own queue so the chunk's
 * transaction never waits for it: the SLA rollups of the weeks it changed, template use detection
 * and daily outcomes for what it changed, a re-detection of every message when the chunk brought
 * new template texts, and language, sentiment and topics of its new or changed texts.
 */
export async function processIngestChunk(ctx: JobContext, payload: IngestChunkPayload): Promise<ChunkOutcome> {
  const records: CanonicalRecord[] = [];
  const rejected: RejectedRow[] = [...payload.rejected];
  const texts = payload.lines === "" ? [] : payload.lines.split("\n");
  texts.forEach((text, i) => {
    const parsed = parseRawItem({ position: payload.positions[i] ?? 0, text });
    if ("record" in parsed) records.push(parsed.record);
    else rejected.push({ position: parsed.position, ...parsed.rejection });
  });
  const outcome = await applyIngestChunk(
    ctx.db,
    {
      workspaceId: payload.workspaceId,
      batchId: payload.batchId,
      seq: payload.seq,
      positionKind: payload.positionKind,
      records,
      rejected,
    },
    deriveConversation,
  );
  if (outcome.applied) await requestSlotted(ctx.bus, "refresh-sla-rollups", payload.workspaceId);
  const { changes } = outcome;
  if (changes.conversations.length > 0 || changes.reviewBuyers.length > 0) {
    await ctx.bus.enqueue("template-detect", {
      workspaceId: payload.workspaceId,
      batchId: payload.batchId,
      seq: payload.seq,
      conversationIds: changes.conversations,
      reviewBuyers: changes.reviewBuyers,
      movedFrom: changes.movedFrom,
    });
  }
  if (changes.templatesChanged) await startTemplateRedetection(ctx.db, ctx.bus, payload.workspaceId);
  const { reviews, messages } = changes.texts;
  if (reviews.length > 0 || messages.length > 0) {
    await ctx.bus.enqueue("analyze-texts", {
      workspaceId: payload.workspaceId,
      source: `${payload.batchId}.${payload.seq}`,
      reviewIds: reviews,
      messageIds: messages,
    });
  }
  return outcome;
}

/** After the last attempt: the batch shows as failed with the error, for operators to see and retry. */
export async function failIngestChunk(ctx: JobContext, payload: IngestChunkPayload, error: Error): Promise<void> {
  await markBatchFailed(ctx.db, payload.batchId, `chunk ${payload.seq}: ${error.message}`);
}
