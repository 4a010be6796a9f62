import type { Database } from "../client";

export type BatchState = "queued" | "processing" | "done" | "failed";

export interface BatchStatus {
  id: string;
  workspaceId: string;
  origin: string;
  filename: string | null;
  format: string;
  state: BatchState;
  sealed: boolean;
  chunks: number;
  chunksDone: number;
  records: number;
  processed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const STATUS_COLUMNS = `id, workspace_id AS "workspaceId", origin, filename, format, state, sealed, chunks,
  chunks_done AS "chunksDone", records, processed, inserted, updated, unchanged, rejected, error,
  created_at AS "createdAt", finished_at AS "finishedAt"`;

export async function createBatch(
  db: Database,
  input: { workspaceId: string; origin: string; filename: string | null; format: string },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO ingest_batches (workspace_id, origin, filename, format) VALUES ($1, $2, $3, $4) RETURNING id`,
    [input.workspaceId, input.origin, input.filename, input.format],
  );
  if (!row) throw new Error("could not create an ingest batch");
  return row.id;
}

/** Counts a chunk before it is enqueued, so the batch is never done while a chunk is unaccounted for. */
export async function addBatchChunk(db: Database, batchId: string, records: number): Promise<void> {
  await db.query(
    `UPDATE ingest_batches SET chunks = chunks + 1, records = records + $2, updated_at = now() WHERE id = $1`,
    [batchId, records],
  );
}

/** The producer has read everything: the batch is done once its workers have caught up. */
export async function sealBatch(db: Database, batchId: string): Promise<void> {
  await db.query(
    `UPDATE ingest_batches SET sealed = true,
       state = CASE WHEN chunks_done >= chunks AND state <> 'failed' THEN 'done' ELSE state END,
       finished_at = CASE WHEN chunks_done >= chunks THEN now() ELSE finished_at END,
       updated_at = now()
     WHERE id = $1`,
    [batchId],
  );
}

export async function markBatchFailed(db: Database, batchId: string, error: string): Promise<void> {
  await db.query(
    `UPDATE ingest_batches SET state = 'failed', error = $2, updated_at = now() WHERE id = $1`,
    [batchId, error.slice(0, 2_000)],
  );
}

export async function getBatch(db: Database, workspaceId: string, batchId: string): Promise<BatchStatus | null> {
  const [row] = await db.query<BatchStatus>(
    `SELECT ${STATUS_COLUMNS} FROM ingest_batches WHERE workspace_id = $1 AND id = $2`,
    [workspaceId, batchId],
  );
  return row ?? null;
}

export async function listBatches(db: Database, workspaceId: string, limit = 50): Promise<BatchStatus[]> {
  return db.query<BatchStatus>(
    `SELECT ${STATUS_COLUMNS} FROM ingest_batches WHERE workspace_id = $1 ORDER BY created_at DESC LIMIT $2`,
    [workspaceId, limit],
  );
}

export interface RejectedRecord {
  position: number;
  positionKind: "line" | "row" | "index";
  field: string | null;
  reason: string;
  raw: string | null;
}

export async function listRejected(
  db: Database,
  workspaceId: string,
  batchId: string,
  options: { limit?: number; afterPosition?: number } = {},
): Promise<RejectedRecord[]> {
  return db.query<RejectedRecord>(
    `SELECT position, position_kind AS "positionKind", field, reason, raw FROM rejected_records
     WHERE workspace_id = $1 AND batch_id = $2 AND position > $3 ORDER BY position LIMIT $4`,
    [workspaceId, batchId, options.afterPosition ?? -1, options.limit ?? 1_000],
  );
}

/**
 * Marks every unfinished batch failed. Only for a process that knows no other process works on
 * the database (the embedded PGlite is single-process): batches it finds unfinished at start were
 * being processed in memory by a process that has stopped.
 */
export async function failUnfinishedBatches(db: Database, reason: string): Promise<number> {
  const rows = await db.query(
    `UPDATE ingest_batches SET state = 'failed', error = $1, updated_at = now()
     WHERE state IN ('queued', 'processing') RETURNING id`,
    [reason],
  );
  return rows.length;
}
