import { UnrecoverableError, Worker } from "bullmq";
import { openDatabase } from "../db/client";
import { env } from "../lib/env";
import { BullMqBus } from "./bullmq-bus";
import { openRedis } from "./connection";
import type { JobContext } from "./context";
import { log } from "./log";
import { servedQueues } from "./queues";
import { jobDefinition } from "./registry";

/** How long SIGTERM waits for jobs in flight before giving up: 30 s. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

/**
 * `npm run worker`: processes every queue, or those in WORKER_QUEUES. Run as many of these as the
 * load needs, on as many machines, against one Redis and one PostgreSQL.
 */
async function main(): Promise<void> {
  const config = env();
  if (!config.REDIS_URL || !config.DATABASE_URL) {
    throw new Error("the worker needs REDIS_URL and DATABASE_URL; without them the app runs jobs in-process");
  }
  const queues = servedQueues(config.WORKER_QUEUES);
  const redis = openRedis(config.REDIS_URL);
  const db = await openDatabase(config, { poolSize: config.WORKER_CONCURRENCY + 2 });
  const bus = new BullMqBus(redis, config.QUEUE_PREFIX);
  const ctx: JobContext = { db, bus };

  const workers = queues.map((queue) => {
    const worker = new Worker(
      queue,
      async (job) => {
        const definition = jobDefinition(job.name);
        if (!definition) throw new UnrecoverableError(`unknown job ${job.name}`);
        const parsed = definition.payload.safeParse(job.data);
        // A malformed payload will be just as malformed next time: fail it now, do not retry.
        if (!parsed.success) throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.issues[0]?.message}`);
        const started = performance.now();
        const result = await definition.process(ctx, parsed.data);
        log("job.done", { queue, job: job.id, name: job.name, ms: Math.round(performance.now() - started) });
        return result;
      },
      {
        connection: redis,
        prefix: config.QUEUE_PREFIX,
        // Text analysis is CPU-bound: one job at a time per process leaves the core to ingest.
        concurrency: queue === "nlp" ? 1 : config.WORKER_CONCURRENCY,
        lockDuration: config.WORKER_LOCK_MS,
        // Look for jobs of killed workers as often as their locks can expire.
        stalledInterval: config.WORKER_LOCK_MS,
      },
    );
    worker.on("failed", (job, error) => {
      if (!job) return;
      const definition = jobDefinition(job.name);
      const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      log("job.failed", { queue, job: job.id, name: job.name, attempt: job.attemptsMade, final, error: error.message });
      if (final && definition?.onFinalFailure) {
        const parsed = definition.payload.safeParse(job.data);
        if (parsed.success) {
          definition.onFinalFailure(ctx, parsed.data, error).catch((e: unknown) => log("job.on-failure-error", { error: String(e) }));
        }
      }
    });
    worker.on("error", (error) => log("worker.error", { queue, error: error.message }));
    return worker;
  });
  await bus.registerSchedules();
  log("worker.started", { queues, concurrency: config.WORKER_CONCURRENCY, pid: process.pid });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log("worker.stopping", { signal });
    const timer = setTimeout(() => {
      log("worker.shutdown-timeout", { ms: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    // close() stops taking jobs and waits for the ones in flight to finish and commit.
    await Promise.all(workers.map((w) => w.close()));
    await bus.close();
    await db.close();
    redis.disconnect();
    clearTimeout(timer);
    log("worker.stopped", { signal });
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  log("worker.crashed", { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
