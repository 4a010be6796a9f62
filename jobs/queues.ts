import type { JobsOptions } from "bullmq";

/** Queues are short nouns; each holds the jobs of one kind of work. */
export const QUEUE_NAMES = ["ingest", "sla", "templates", "nlp"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** The queues a worker serves: the ones named (WORKER_QUEUES), or all; an unknown name is an error. */
export function servedQueues(named: readonly string[] | null): QueueName[] {
  if (named === null) return [...QUEUE_NAMES];
  const unknown = named.filter((q) => !(QUEUE_NAMES as readonly string[]).includes(q));
  if (unknown.length > 0 || named.length === 0) {
    throw new Error(`WORKER_QUEUES must name some of ${QUEUE_NAMES.join(", ")}; unknown: ${unknown.join(", ") || "(none named)"}`);
  }
  return QUEUE_NAMES.filter((q) => named.includes(q));
}

/**
 * Ingest chunks are retried with exponential backoff (1 s, 2 s, 4 s, 8 s) because their failures are
 * mostly passing ones (a deadlock, a restarted database); the chunk ledger makes retries harmless.
 */
export const INGEST_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1_000 },
  // Completed jobs only matter for the queue page: keep an hour or 1,000 of them.
  removeOnComplete: { age: 3_600, count: 1_000 },
  // Failed jobs carry the error operators need: keep them a week.
  removeOnFail: { age: 7 * 24 * 3_600 },
} satisfies JobsOptions;

/**
 * Follow-up work on its own queues, so ingest never waits for it: SLA upkeep (rollup rebuilds,
 * recomputation pages, the minute tick) and template use detection with its daily outcomes.
 * Every such job is idempotent and resumes from the database, so a few quick retries (2 s, then
 * 4 s apart) cover a lock timeout or a restarted database.
 */
export const FOLLOW_UP_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 2_000 },
  // An hour or 1,000 completed jobs, for the queue page.
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600 },
} satisfies JobsOptions;

/**
 * Text analysis and topic maintenance, as the other follow-up work, except that completed jobs are
 * dropped at once: a finished maintenance run must not block the next one with the same id
 * (BullMQ ignores an add whose id is still stored).
 */
export const NLP_JOB_OPTIONS = { ...FOLLOW_UP_JOB_OPTIONS, removeOnComplete: true } satisfies JobsOptions;
