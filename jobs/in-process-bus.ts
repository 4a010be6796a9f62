import type { FailedJob, JobBus, QueueStats } from "./bus";
import type { JobContext } from "./context";
import { QUEUE_NAMES, type QueueName } from "./queues";
import { type JobDefinition, jobDefinition, type JobName, type PayloadOf } from "./registry";

interface PendingJob {
  id: string;
  name: JobName;
  payload: unknown;
  attemptsMade: number;
}

interface StoredFailure extends FailedJob {
  job: PendingJob;
}

/**
 * The embedded default: the same processors, attempts and backoff as the BullMQ workers, run in
 * this process one job at a time (PGlite serves one connection anyway). Jobs live in memory; the
 * chunk ledger in the database is what makes an interrupted import safe to run again.
 */
export class InProcessBus implements JobBus {
  readonly mode = "in-process" as const;
  private readonly waiting: PendingJob[] = [];
  private readonly delayed = new Set<NodeJS.Timeout>();
  private readonly failures = new Map<string, StoredFailure>();
  private activeCount = 0;
  private completed = 0;
  private idleWaiters: (() => void)[] = [];
  private closed = false;
  private ctx: JobContext | undefined;

  /** The context is attached after construction because it contains this bus. */
  attach(ctx: Omit<JobContext, "bus">): void {
    this.ctx = { ...ctx, bus: this };
  }

  async enqueueIngestChunk(payload: PayloadOf<"ingest-chunk">): Promise<void> {
    await this.enqueue("ingest-chunk", payload);
  }

  async enqueue<N extends JobName>(name: N, payload: PayloadOf<N>): Promise<void> {
    const definition = this.definition(name);
    const id = definition.jobId(payload);
    if (this.waiting.some((job) => job.id === id)) return;
    this.waiting.push({ id, name, payload, attemptsMade: 0 });
    this.pump();
  }

  async backlog(): Promise<number> {
    return this.waiting.length;
  }

  async stats(): Promise<QueueStats[]> {
    return QUEUE_NAMES.map((queue) => ({
      queue,
      waiting: this.waiting.length,
      active: this.activeCount,
      delayed: this.delayed.size,
      failed: this.failures.size,
      completed: this.completed,
      paused: false,
    }));
  }

  async failedJobs(queue: QueueName, limit: number): Promise<FailedJob[]> {
    return [...this.failures.values()]
      .filter((f) => f.queue === queue)
      .slice(0, limit)
      .map(({ job: _job, ...failure }) => failure);
  }

  async retryJob(_queue: QueueName, id: string): Promise<void> {
    const failure = this.failures.get(id);
    if (!failure) return;
    this.failures.delete(id);
    this.waiting.push({ ...failure.job, attemptsMade: 0 });
    this.pump();
  }

  /** Resolves once nothing is waiting, running or scheduled for a retry. */
  async drain(): Promise<void> {
    if (this.isIdle()) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.delayed) clearTimeout(timer);
    this.delayed.clear();
    this.waiting.length = 0;
    await this.drain();
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.activeCount === 0 && this.delayed.size === 0;
  }

  private definition(name: string): JobDefinition<unknown> {
    const definition = jobDefinition(name);
    if (!definition) throw new Error(`unknown job ${name}`);
    return definition;
  }

  private pump(): void {
    if (this.activeCount > 0 || this.closed) return;
    const job = this.waiting.shift();
    if (!job) {
      this.notifyIdle();
      return;
    }
    this.activeCount++;
    void this.run(job).finally(() => {
      this.activeCount--;
      this.pump();
    });
  }

  private async run(job: PendingJob): Promise<void> {
    const definition = this.definition(job.name);
    if (!this.ctx) throw new Error("InProcessBus used before attach()");
    job.attemptsMade++;
    try {
      const payload = definition.payload.parse(job.payload);
      await definition.process(this.ctx, payload);
      this.completed++;
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      const attempts = definition.options.attempts ?? 1;
      const retryable = err.name !== "ZodError";
      if (retryable && job.attemptsMade < attempts && !this.closed) {
        const baseDelay = typeof definition.options.backoff === "object" ? (definition.options.backoff.delay ?? 0) : 0;
        const timer = setTimeout(() => {
          this.delayed.delete(timer);
          this.waiting.push(job);
          this.pump();
        }, baseDelay * 2 ** (job.attemptsMade - 1));
        this.delayed.add(timer);
        return;
      }
      this.failures.set(job.id, {
        job,
        queue: definition.queue,
        id: job.id,
        name: job.name,
        failedReason: err.message,
        attemptsMade: job.attemptsMade,
        failedAt: Date.now(),
        summary: definition.describe(job.payload),
      });
      await definition.onFinalFailure?.(this.ctx, job.payload, err).catch(() => {});
    }
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
