import { z } from "zod";

const rejectedItem = z.object({
  position: z.number().int().nonnegative(),
  field: z.string().nullable(),
  reason: z.string(),
  raw: z.string().nullable(),
});

/**
 * A chunk of records on its way to a worker. The records' JSON texts travel as one
 * newline-joined string beside their positions: escaping one large string for Redis costs a
 * third of escaping thousands of small ones.
 */
export const ingestChunkPayload = z
  .object({
    workspaceId: z.uuid(),
    batchId: z.uuid(),
    /** 0-based chunk number within the batch; (batchId, seq) makes a retry idempotent. */
    seq: z.number().int().nonnegative(),
    positionKind: z.enum(["line", "row", "index"]),
    /** Position of each record in the input, in the order of `lines`. */
    positions: z.array(z.number().int().nonnegative()).max(20_000),
    /** The records' JSON texts joined by "\n" (a JSON text never holds a raw newline). */
    lines: z.string(),
    /** Records the producer already refused (too long, not UTF-8, not a valid CSV row). */
    rejected: z.array(rejectedItem).max(20_000),
  })
  .refine((p) => countLines(p.lines) === p.positions.length, "positions and lines differ in number");
export type IngestChunkPayload = z.infer<typeof ingestChunkPayload>;

export function countLines(text: string): number {
  if (text === "") return 0;
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Row ids (never more than one ingest chunk's worth) of reviews and messages to analyse. */
const rowIds = z.array(z.number().int().positive()).max(20_000);

export const analyzeTextsPayload = z.object({
  workspaceId: z.uuid(),
  /** What produced these texts (`<batch>.<chunk>`): the job's id, so a repeat is one job. */
  source: z.string().min(1).max(200),
  reviewIds: rowIds,
  /** Messages of any sender: only buyers' are analysed. */
  messageIds: rowIds,
});
export type AnalyzeTextsPayload = z.infer<typeof analyzeTextsPayload>;

export const maintainTopicsPayload = z.object({
  workspaceId: z.uuid(),
  /** What asked for it (an analysis job, a schedule, a person): part of the job id. */
  trigger: z.string().min(1).max(200),
});
export type MaintainTopicsPayload = z.infer<typeof maintainTopicsPayload>;
