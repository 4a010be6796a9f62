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

/** Rebuild the rollups of a workspace's changed weeks; `slot` debounces a burst of chunks into one job. */
/** A rollup job of a workspace, one per slot of time (jobs/slots.ts). */
export const slotPayload = z.object({ workspaceId: z.uuid(), slot: z.number().int().nonnegative() });
export type SlotPayload = z.infer<typeof slotPayload>;

/** One page of a recomputation of a workspace's derived fields. */
export const recomputeFactsPayload = z.object({ recomputeId: z.uuid(), page: z.number().int().nonnegative() });
export type RecomputeFactsPayload = z.infer<typeof recomputeFactsPayload>;

/** The minute tick: SLA alerts, and upkeep nobody asked for yet. `minute` names the tick. */
export const slaTickPayload = z.object({ minute: z.number().int().nonnegative() });
export type SlaTickPayload = z.infer<typeof slaTickPayload>;
const id = z.number().int().positive();

/** After an ingest chunk: look at its conversations' agent messages and refresh their days' outcomes. */
export const templateDetectPayload = z.object({
  workspaceId: z.uuid(),
  /** The chunk this follows; (batchId, seq) is the job's id. */
  batchId: z.uuid(),
  seq: z.number().int().nonnegative(),
  conversationIds: z.array(id).max(50_000),
  /** Buyers whose reviews came in: a negative review changes their conversations' second outcome. */
  reviewBuyers: z.array(z.string()).max(20_000),
  /** Former first-buyer times (epoch ms) of conversations that moved to another day. */
  movedFrom: z.array(z.number()).max(20_000),
});
export type TemplateDetectPayload = z.infer<typeof templateDetectPayload>;

/** One page of a re-detection run over all of a workspace's agent messages. */
export const templateRedetectPayload = z.object({
  workspaceId: z.uuid(),
  runId: z.uuid(),
  /** The page starts after this message id (0 for the first page). */
  afterMessageId: z.number().int().nonnegative(),
});
export type TemplateRedetectPayload = z.infer<typeof templateRedetectPayload>;

/** Recomputes a workspace's template gaps; `trigger` (a batch or run id) makes the job id. */
export const templateGapsPayload = z.object({
  workspaceId: z.uuid(),
  trigger: z.string().min(1).max(100),
});
export type TemplateGapsPayload = z.infer<typeof templateGapsPayload>;

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
