import type { QueueName } from "./queues";
import type { JobName, PayloadOf } from "./registry";
import type { IngestChunkPayload } from "./schemas";

/** Counts of one queue, as the queue page shows them. */
export interface QueueStats {
  queue: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  paused: boolean;
}

export interface FailedJob {
  queue: QueueName;
  id: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: number | null;
  /** A short description of what the job was doing (batch and chunk), never record text. */
  summary: string;
}

/**
 * Where work goes: BullMQ on Redis when REDIS_URL is set (the worker processes do it), or an
 * in-process queue with the same processors, attempts and backoff for the embedded default.
 */
export interface JobBus {
  readonly mode: "redis" | "in-process";
  enqueueIngestChunk(payload: IngestChunkPayload): Promise<void>;
  /** Any job of the registry, with its deterministic id (enqueueing the same work twice is one job). */
  enqueue<N extends JobName>(name: N, payload: PayloadOf<N>): Promise<void>;
  /** Jobs waiting in `queue`; producers pause while it is large so Redis never holds a whole file. */
  backlog(queue: QueueName): Promise<number>;
  stats(): Promise<QueueStats[]>;
  failedJobs(queue: QueueName, limit: number): Promise<FailedJob[]>;
  retryJob(queue: QueueName, id: string): Promise<void>;
  close(): Promise<void>;
}
