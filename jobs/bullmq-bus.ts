import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { FailedJob, JobBus, QueueStats } from "./bus";
import { QUEUE_NAMES, type QueueName } from "./queues";
import { type JobDefinition, jobDefinition, JOBS, type JobName, type PayloadOf } from "./registry";
import { SCHEDULES } from "./schedules";

/** Producer side of the BullMQ queues: the web app and the CLI enqueue, `npm run worker` processes. */
export class BullMqBus implements JobBus {
  readonly mode = "redis" as const;
  private readonly queues: Map<QueueName, Queue>;

  constructor(
    connection: Redis,
    prefix: string,
  ) {
    this.queues = new Map(QUEUE_NAMES.map((name) => [name, new Queue(name, { connection, prefix })]));
  }

  async enqueue<N extends JobName>(name: N, payload: PayloadOf<N>, options: { delayMs?: number } = {}): Promise<void> {
    const definition = jobDefinition(name) as JobDefinition<PayloadOf<N>>;
    await this.queue(definition.queue).add(name, payload, {
      ...definition.options,
      jobId: definition.jobId(payload),
      ...(options.delayMs ? { delay: options.delayMs } : {}),
    });
  }

  /** Registers the repeating jobs (worker start): BullMQ keeps one scheduler per id, however many workers. */
  async registerSchedules(): Promise<void> {
    for (const schedule of SCHEDULES) {
      await this.queue(JOBS[schedule.job].queue).upsertJobScheduler(schedule.id, { every: schedule.everyMs }, {
        name: schedule.job,
        data: schedule.payload(Date.now()),
        opts: { removeOnComplete: { age: 3_600, count: 100 }, removeOnFail: { age: 24 * 3_600 } },
      });
    }
  }

  async backlog(queue: QueueName): Promise<number> {
    return this.queue(queue).getWaitingCount();
  }

  async stats(): Promise<QueueStats[]> {
    return Promise.all(
      QUEUE_NAMES.map(async (name) => {
        const queue = this.queue(name);
        const [counts, paused] = await Promise.all([
          queue.getJobCounts("waiting", "active", "delayed", "failed", "completed"),
          queue.isPaused(),
        ]);
        return {
          queue: name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          completed: counts.completed ?? 0,
          paused,
        };
      }),
    );
  }

  async failedJobs(queue: QueueName, limit: number): Promise<FailedJob[]> {
    const jobs = await this.queue(queue).getFailed(0, limit - 1);
    return jobs.map((job) => ({
      queue,
      id: job.id ?? "",
      name: job.name,
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ?? null,
      summary: describe(job.name, job.data),
    }));
  }

  async retryJob(queue: QueueName, id: string): Promise<void> {
    const job = await this.queue(queue).getJob(id);
    if (job && (await job.isFailed())) await job.retry("failed");
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  private queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }
}

/** Describes a stored job without validating its whole payload: the queue page lists many. */
function describe(name: string, data: unknown): string {
  try {
    return jobDefinition(name)?.describe(data) ?? name;
  } catch {
    return name;
  }
}
