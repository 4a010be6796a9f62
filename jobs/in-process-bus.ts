import type { FailedJob, JobBus, QueueStats } from "./bus";
import type { JobContext } from "./context";
import { QUEUE_NAMES, type QueueName } from "./queues";
import { type JobDefinition, jobDefinition, type JobName, type PayloadOf } from "./registry";
import { SCHEDULES } from "./schedules";

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
  /** Delayed jobs and retries waiting for their backoff, with their queue. */
  private readonly delayed = new Map<NodeJS.Timeout, QueueName>();
  /** Ids of delayed jobs, so a repeat enqueue during the delay is a no-op as with BullMQ. */
  private readonly scheduled = new Set<string>();
  private readonly failures = new Map<string, StoredFailure>();
  private activeCount = 0;
  private active: { queue: QueueName } | null = null;
  private readonly completed = new Map<QueueName, number>();
  private idleWaiters: (() => void)[] = [];
  private closed = false;
  private ctx: JobContext | undefined;

  /** The context is attached after construction because it contains this bus. */
  attach(ctx: Omit<JobContext, "bus">): void {
    this.ctx = { ...ctx, bus: this };
  }

  async enqueue<N extends JobName>(name: N, payload: PayloadOf<N>, options: { delayMs?: number } = {}): Promise<void> {
    if (this.closed) return;
    const definition = this.definition(name);
    const id = definition.jobId(payload);
    if (this.waiting.some((job) => job.id === id) || this.scheduled.has(id)) return;
    const job = { id, name, payload, attemptsMade: 0 };
    if (!options.delayMs) {
      this.waiting.push(job);
      this.pump();
      return;
    }
    const timer = setTimeout(() => {
      this.delayed.delete(timer);
      this.scheduled.delete(id);
      this.waiting.push(job);
      this.pump();
    }, options.delayMs);
    this.delayed.set(timer, definition.queue);
    this.scheduled.add(id);
  }

  /**
   * Runs the repeating jobs on timers, as the BullMQ worker's schedulers do; only the process
   * that serves the dashboard on the embedded database starts them. Returns the stop function.
   */
  startSchedules(): () => void {
    const timers = SCHEDULES.map((schedule) =>
      setInterval(() => void this.enqueue(schedule.job, schedule.payload(Date.now()) as never), schedule.everyMs),
    );
    for (const t of timers) t.unref();
    return () => timers.forEach(clearInterval);
  }

  async backlog(queue: QueueName): Promise<number> {
    return this.waiting.filter((job) => this.definition(job.name).queue === queue).length;
  }

  async stats(): Promise<QueueStats[]> {
    return QUEUE_NAMES.map((queue) => ({
      queue,
      waiting: this.waiting.filter((job) => this.definition(job.name).queue === queue).length,
      active: this.active?.queue === queue ? 1 : 0,
      delayed: [...this.delayed.values()].filter((q) => q === queue).length,
      failed: [...this.failures.values()].filter((f) => f.queue === queue).length,
      completed: this.completed.get(queue) ?? 0,
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
    for (const timer of this.delayed.keys()) clearTimeout(timer);
    this.delayed.clear();
    this.scheduled.clear();
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
    this.active = { queue: this.definition(job.name).queue };
    void this.run(job).finally(() => {
      this.activeCount--;
      this.active = null;
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
      this.completed.set(definition.queue, (this.completed.get(definition.queue) ?? 0) + 1);
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
        this.delayed.set(timer, definition.queue);
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
