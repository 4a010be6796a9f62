import type { JobsOptions } from "bullmq";
import type { z } from "zod";
import type { JobContext } from "./context";
import { processAnalyzeTexts } from "./processors/analyze-texts";
import { failIngestChunk, processIngestChunk } from "./processors/ingest-chunk";
import { processMaintainTopics } from "./processors/maintain-topics";
import { INGEST_JOB_OPTIONS, NLP_JOB_OPTIONS, type QueueName } from "./queues";
import { analyzeTextsPayload, ingestChunkPayload, maintainTopicsPayload } from "./schemas";

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
  "analyze-texts": define({
    queue: "nlp",
    payload: analyzeTextsPayload,
    options: NLP_JOB_OPTIONS,
    jobId: (p) => `analyze.${p.workspaceId}.${p.source}`,
    describe: (p) => `analyse ${p.reviewIds.length} reviews and ${p.messageIds.length} messages from ${p.source}`,
    process: processAnalyzeTexts,
  }),
  "maintain-topics": define({
    queue: "nlp",
    payload: maintainTopicsPayload,
    options: NLP_JOB_OPTIONS,
    jobId: (p) => `topics.${p.workspaceId}.${p.trigger}`,
    describe: (p) => `topic maintenance of workspace ${p.workspaceId} (${p.trigger})`,
    process: processMaintainTopics,
  }),
} as const;

export type JobName = keyof typeof JOBS;
export type PayloadOf<N extends JobName> = z.infer<(typeof JOBS)[N]["payload"]>;

export function jobDefinition(name: string): JobDefinition<unknown> | undefined {
  return (JOBS as Record<string, JobDefinition<unknown>>)[name];
}
