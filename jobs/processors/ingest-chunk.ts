import { markBatchFailed } from "../../db/queries/batches";
import { applyIngestChunk, type ChunkOutcome, type RejectedRow } from "../../db/queries/ingest";
import { deriveConversation } from "../../lib/conversations/derive";
import { parseRawItem } from "../../lib/ingest/items";
import type { CanonicalRecord } from "../../lib/ingest/records";
import type { JobContext } from "../context";
import type { IngestChunkPayload } from "../schemas";

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
  // Text analysis runs after the chunk has committed, on the nlp queue, so it never holds up the
  // chunk's transaction; a lost job is caught by the next topic maintenance's sweep.
  const { reviews, messages } = outcome.changed;
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
