import { addBatchChunk, type BatchStatus, createBatch, getBatch, markBatchFailed, sealBatch } from "../db/queries/batches";
import { chunkItems } from "../lib/ingest/chunks";
import type { ByteSource, PositionKind, RawItem } from "../lib/ingest/items";
import { positionKind, type ReadSpec, readRecords } from "../lib/ingest/read";
import type { Runtime } from "./runtime";
import type { IngestChunkPayload } from "./schemas";

/** Chunks waiting in the queue before a producer pauses: enough to keep workers busy, no more. */
const MAX_BACKLOG_CHUNKS = 16;
const BACKLOG_POLL_MS = 25;

export interface ProducerProgress {
  records: number;
  rejected: number;
  chunks: number;
}

export interface EnqueueOptions {
  workspaceId: string;
  batchId: string;
  positionKind: PositionKind;
  chunkRecords: number;
  onProgress?: (progress: ProducerProgress) => void;
}

/** Text per chunk at most: a queue job stays a few megabytes whatever the records' sizes. */
const MAX_CHUNK_CHARS = 8 * 1024 * 1024;

/**
 * Groups items into chunks and enqueues them (never one job per record), waiting whenever the
 * workers fall behind, then seals the batch. Rejections travel with their chunk, so the worker
 * stores them in the same transaction as the accepted records around them.
 */
export async function enqueueItems(
  rt: Pick<Runtime, "db" | "bus">,
  items: AsyncIterable<RawItem> | Iterable<RawItem>,
  options: EnqueueOptions,
): Promise<ProducerProgress> {
  const progress: ProducerProgress = { records: 0, rejected: 0, chunks: 0 };
  for await (const chunk of chunkItems(items, { records: options.chunkRecords, chars: MAX_CHUNK_CHARS })) {
    const size = chunk.positions.length + chunk.rejected.length;
    const payload: IngestChunkPayload = {
      workspaceId: options.workspaceId,
      batchId: options.batchId,
      seq: progress.chunks++,
      positionKind: options.positionKind,
      positions: chunk.positions,
      lines: chunk.lines.join("\n"),
      rejected: chunk.rejected,
    };
    progress.records += size;
    progress.rejected += chunk.rejected.length;
    await addBatchChunk(rt.db, options.batchId, size);
    await rt.bus.enqueue("ingest-chunk", payload);
    options.onProgress?.(progress);
    while ((await rt.bus.backlog("ingest")) > MAX_BACKLOG_CHUNKS) {
      await new Promise((resolve) => setTimeout(resolve, BACKLOG_POLL_MS));
    }
  }
  await sealBatch(rt.db, options.batchId);
  options.onProgress?.(progress);
  return progress;
}

export interface ImportRequest {
  workspaceId: string;
  origin: "cli" | "upload" | "demo";
  source: ByteSource;
  spec: ReadSpec;
  chunkRecords: number;
  onProgress?: (progress: ProducerProgress) => void;
}

/**
 * Creates the batch for a file and starts reading it into chunks, answering with the batch id at
 * once; `produced` settles when everything is enqueued. A file that cannot be read to its end
 * (a broken CSV header, a disappearing file) marks the batch failed with the reason.
 */
export async function startImport(
  rt: Pick<Runtime, "db" | "bus">,
  request: ImportRequest,
): Promise<{ batchId: string; produced: Promise<ProducerProgress> }> {
  const batchId = await createBatch(rt.db, {
    workspaceId: request.workspaceId,
    origin: request.origin,
    filename: request.source.name,
    format: request.spec.format,
  });
  const produced = enqueueItems(rt, readRecords(request.source, request.spec), {
    workspaceId: request.workspaceId,
    batchId,
    positionKind: positionKind(request.spec),
    chunkRecords: request.chunkRecords,
    onProgress: request.onProgress,
  }).catch(async (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    await markBatchFailed(rt.db, batchId, `reading the file failed: ${message}`).catch(() => {});
    throw error;
  });
  return { batchId, produced };
}

/** Reads a file in any supported format into a new batch. Returns once everything is enqueued. */
export async function importSource(
  rt: Pick<Runtime, "db" | "bus">,
  request: ImportRequest,
): Promise<{ batchId: string } & ProducerProgress> {
  const { batchId, produced } = await startImport(rt, request);
  return { batchId, ...(await produced) };
}

/** Polls the batch until the workers have finished it (done or failed). */
export async function waitForBatch(
  rt: Pick<Runtime, "db">,
  workspaceId: string,
  batchId: string,
  onProgress?: (status: BatchStatus) => void,
  pollMs = 200,
): Promise<BatchStatus> {
  for (;;) {
    const status = await getBatch(rt.db, workspaceId, batchId);
    if (!status) throw new Error(`batch ${batchId} not found`);
    onProgress?.(status);
    if (status.state === "done" || status.state === "failed") return status;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
