import type { JobsOptions } from "bullmq";
import type { z } from "zod";
import type { JobContext } from "./context";
import { failIngestChunk, processIngestChunk } from "./processors/ingest-chunk";
import { failRecomputeFacts, processRecomputeFacts } from "./processors/recompute-facts";
import { processRefreshSlaRollups } from "./processors/refresh-sla-rollups";
import { processSlaTick } from "./processors/sla-tick";
import { INGEST_JOB_OPTIONS, type QueueName, SLA_JOB_OPTIONS } from "./queues";
import { ingestChunkPayload, recomputeFactsPayload, refreshSlaRollupsPayload, slaTickPayload } from "./schemas";

export interface JobDefinition<P> {
  queue: QueueName;
  payload: z.ZodType<P>;
  options: JobsOptions;
  /** Deterministic id: enqueueing the same work twice yields one job. */
  jobId(payload: P): string;
  /** Short description for logs and the queue page; never record text. */
  describe(payload: P): string;
  process(ctx: JobContext, payload: P): Promise<unknown>;
  /** Called once when the last attempt has failed. */
  onFinalFailure?(ctx: JobContext, payload: P, error: Error): Promise<void>;
}

function define<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

/** Every job, by its kebab-case name. Workers and the in-process runner dispatch from here. */
export const JOBS = {
  "ingest-chunk": define({
    queue: "ingest",
    payload: ingestChunkPayload,
    options: INGEST_JOB_OPTIONS,
    jobId: (p) => `${p.batchId}.${p.seq}`,
    describe: (p) => `batch ${p.batchId} chunk ${p.seq} (${p.positions.length + p.rejected.length} records)`,
    process: processIngestChunk,
    onFinalFailure: failIngestChunk,
  }),
  "refresh-sla-rollups": define({
    queue: "sla",
    payload: refreshSlaRollupsPayload,
    options: SLA_JOB_OPTIONS,
    jobId: (p) => `rollups.${p.workspaceId}.${p.slot}`,
    describe: (p) => `rebuild the SLA rollups of workspace ${p.workspaceId}`,
    process: processRefreshSlaRollups,
  }),
  "recompute-facts": define({
    queue: "sla",
    payload: recomputeFactsPayload,
    options: SLA_JOB_OPTIONS,
    jobId: (p) => `recompute.${p.recomputeId}.${p.page}`,
    describe: (p) => `recomputation ${p.recomputeId}, page ${p.page + 1}`,
    process: processRecomputeFacts,
    onFinalFailure: failRecomputeFacts,
  }),
  "sla-tick": define({
    queue: "sla",
    payload: slaTickPayload,
    options: SLA_JOB_OPTIONS,
    jobId: (p) => `tick.${p.minute}`,
    describe: (p) => `SLA tick ${new Date(p.minute * 60_000).toISOString()}`,
    process: (ctx, p) => processSlaTick(ctx, p),
  }),
} as const;

export type JobName = keyof typeof JOBS;
export type PayloadOf<N extends JobName> = z.infer<(typeof JOBS)[N]["payload"]>;

export function jobDefinition(name: string): JobDefinition<unknown> | undefined {
  return (JOBS as Record<string, JobDefinition<unknown>>)[name];
}
