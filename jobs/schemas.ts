import { z } from "zod";
import { type CanonicalRecord, validateRecord } from "../lib/ingest/records";

/** A record that passed the producer's checks; the worker checks it again, so a bad payload never reaches SQL. */
const acceptedItem = z.object({
  position: z.number().int().nonnegative(),
  record: z.custom<CanonicalRecord>((value) => validateRecord(value).ok, "not a canonical record"),
});

const rejectedItem = z.object({
  position: z.number().int().nonnegative(),
  rejection: z.object({
    field: z.string().nullable(),
    reason: z.string(),
    raw: z.string().nullable(),
  }),
});

export const ingestChunkPayload = z.object({
  workspaceId: z.uuid(),
  batchId: z.uuid(),
  /** 0-based chunk number within the batch; (batchId, seq) makes a retry idempotent. */
  seq: z.number().int().nonnegative(),
  positionKind: z.enum(["line", "row", "index"]),
  items: z.array(z.union([acceptedItem, rejectedItem])).max(20_000),
});
export type IngestChunkPayload = z.infer<typeof ingestChunkPayload>;
export type ChunkItem = IngestChunkPayload["items"][number];
