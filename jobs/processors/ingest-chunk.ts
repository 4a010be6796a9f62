import { deriveConversation } from "../../lib/conversations/derive";
import type { CanonicalRecord } from "../../lib/ingest/records";
import { applyIngestChunk, type ChunkOutcome, type RejectedRow } from "../../db/queries/ingest";
import { markBatchFailed } from "../../db/queries/batches";
import type { JobContext } from "../context";
import type { IngestChunkPayload } from "../schemas";

export async function processIngestChunk(ctx: JobContext, payload: IngestChunkPayload): Promise<ChunkOutcome> {
  const records: CanonicalRecord[] = [];
  const rejected: RejectedRow[] = [];
  for (const item of payload.items) {
    if ("record" in item) records.push(item.record);
    else rejected.push({ position: item.position, ...item.rejection });
  }
  return applyIngestChunk(
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
}

/** After the last attempt: the batch shows as failed with the error, for operators to see and retry. */
export async function failIngestChunk(ctx: JobContext, payload: IngestChunkPayload, error: Error): Promise<void> {
  await markBatchFailed(ctx.db, payload.batchId, `chunk ${payload.seq}: ${error.message}`);
}
