import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { workspaces } from "./workspaces";

/**
 * One delivery of records: an API call, a CLI import or an upload. Its chunks travel through the
 * `ingest` queue; the counters are the sums of its processed chunks.
 */
export const ingestBatches = pgTable(
  "ingest_batches",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** api | cli | upload | demo */
    origin: text().notNull(),
    filename: text(),
    /** canonical | twcs | olist */
    format: text().notNull().default("canonical"),
    /** queued | processing | done | failed */
    state: text().notNull().default("queued"),
    /** True once the producer has read the whole input and `chunks` is final. */
    sealed: boolean().notNull().default(false),
    chunks: integer().notNull().default(0),
    chunksDone: integer().notNull().default(0),
    /** Records read from the input, rejected ones included. */
    records: integer().notNull().default(0),
    processed: integer().notNull().default(0),
    inserted: integer().notNull().default(0),
    updated: integer().notNull().default(0),
    unchanged: integer().notNull().default(0),
    rejected: integer().notNull().default(0),
    error: text(),
    finishedAt: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [index("ingest_batches_workspace_id_created_at_idx").on(t.workspaceId, t.createdAt)],
);

/** Marks a chunk as applied, in the same transaction as its rows, so a retried job is a no-op. */
export const ingestChunks = pgTable(
  "ingest_chunks",
  {
    batchId: uuid()
      .notNull()
      .references(() => ingestBatches.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    records: integer().notNull(),
    inserted: integer().notNull(),
    updated: integer().notNull(),
    unchanged: integer().notNull(),
    rejected: integer().notNull(),
    processedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.seq] })],
);

/** A record that broke the ingest rules, kept with where it was and why, for listing and download. */
export const rejectedRecords = pgTable(
  "rejected_records",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    batchId: uuid()
      .notNull()
      .references(() => ingestBatches.id, { onDelete: "cascade" }),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** Position in the input: the line of a JSONL file or CSV row, or the index in an API body. */
    position: integer().notNull(),
    /** line | row | index */
    positionKind: text().notNull(),
    field: text(),
    reason: text().notNull(),
    /** The start of the record as received (capped), so people can see and fix it. */
    raw: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("rejected_records_batch_id_position_idx").on(t.batchId, t.position)],
);
