import type { JobsOptions } from "bullmq";
import type { z } from "zod";
import type { JobContext } from "./context";
import { processAnalyzeTexts } from "./processors/analyze-texts";
import { failIngestChunk, processIngestChunk } from "./processors/ingest-chunk";
import { failRecomputeFacts, processRecomputeFacts } from "./processors/recompute-facts";
import { processRefreshSlaRollups } from "./processors/refresh-sla-rollups";
import { processRollupTemplateOutcomes } from "./processors/rollup-template-outcomes";
import { processSlaTick } from "./processors/sla-tick";
import { processTemplateDetect } from "./processors/template-detect";
import { processTemplateGaps } from "./processors/template-gaps";
import { failTemplateRedetect, processTemplateRedetect } from "./processors/template-redetect";
import { FOLLOW_UP_JOB_OPTIONS, INGEST_JOB_OPTIONS, NLP_JOB_OPTIONS, type QueueName } from "./queues";
import {
  analyzeTextsPayload,
  ingestChunkPayload,
  maintainTopicsPayload,
  recomputeFactsPayload,
  slotPayload,
  slaTickPayload,
  templateDetectPayload,
  templateGapsPayload,
  templateRedetectPayload,
} from "./schemas";
import { processMaintainTopics } from "./processors/maintain-topics";

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
    payload: slotPayload,
    options: FOLLOW_UP_JOB_OPTIONS,
    jobId: (p) => `rollups.${p.workspaceId}.${p.slot}`,
    describe: (p) => `rebuild the SLA rollups of workspace ${p.workspaceId}`,
    process: processRefreshSlaRollups,
  }),
  "recompute-facts": define({
    queue: "sla",
    payload: recomputeFactsPayload,
    options: FOLLOW_UP_JOB_OPTIONS,
    jobId: (p) => `recompute.${p.recomputeId}.${p.page}`,
    describe: (p) => `recomputation ${p.recomputeId}, page ${p.page + 1}`,
    process: processRecomputeFacts,
    onFinalFailure: failRecomputeFacts,
  }),
  "sla-tick": define({
    queue: "sla",
    payload: slaTickPayload,
    options: FOLLOW_UP_JOB_OPTIONS,
    jobId: (p) => `tick.${p.minute}`,
    describe: (p) => `SLA tick ${new Date(p.minute * 60_000).toISOString()}`,
    process: (ctx, p) => processSlaTick(ctx, p),
  }),
  "template-detect": define({
    queue: "templates",
    payload: templateDetectPayload,
    options: FOLLOW_UP_JOB_OPTIONS,
    jobId: (p) => `detect.${p.batchId}.${p.seq}`,
    describe: (p) => `template use in ${p.conversationIds.length} conversations of batch ${p.batchId} chunk ${p.seq}`,
    process: processTemplateDetect,
  }),
  "rollup-template-outcomes": define({
    queue: "templates",
    payload: slotPayload,
    options: FOLLOW_UP_JOB_OPTIONS,
    jobId: (p) => `outcomes.${p.workspaceId}.${p.slot}`,
    describe: (p) => `roll up the changed days of template outcomes of workspace ${p.workspaceId}`,
    process: processRollupTemplateOutcomes,
  }),
  "template-redetect": define({
    queue: "templates",
    payload: templateRedetectPayload,
    options: FOLLOW_UP_JOB_OPTIONS,
    jobId: (p) => `redetect.${p.runId}.${p.afterMessageId}`,
    describe: (p) => `re-detection run ${p.runId} after message ${p.afterMessageId}`,
    process: processTemplateRedetect,
    onFinalFailure: failTemplateRedetect,
  }),
  "template-gaps": define({
    queue: "templates",
    payload: templateGapsPayload,
    options: FOLLOW_UP_JOB_OPTIONS,
    jobId: (p) => `gaps.${p.workspaceId}.${p.trigger}`,
    describe: (p) => `template gaps of workspace ${p.workspaceId}`,
    process: processTemplateGaps,
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
