import path from "node:path";
import { z } from "zod";

/**
 * Runtime configuration, validated once. Every variable is optional: with neither DATABASE_URL nor
 * REDIS_URL the app runs on the embedded default (PGlite in REPLYSCOPE_DATA_DIR, jobs in-process).
 */
const schema = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    REDIS_URL: z.string().url().optional(),
    /** Where the embedded database and temporary uploads live. */
    REPLYSCOPE_DATA_DIR: z.string().default(".replyscope"),
    /** Largest HTTP ingest body; bigger bodies get 413. 16 MiB by default. */
    INGEST_MAX_BODY_BYTES: z.coerce.number().int().positive().default(16 * 1024 * 1024),
    /** Largest single record (a JSONL line or a CSV row); bigger ones are rejected. 1 MiB. */
    INGEST_MAX_RECORD_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
    /** Records per queue job: big enough to amortise a round trip, small enough to retry cheaply. */
    INGEST_CHUNK_RECORDS: z.coerce.number().int().positive().max(20_000).default(2_000),
    /** Ingest jobs one worker process runs at once. */
    WORKER_CONCURRENCY: z.coerce.number().int().positive().default(2),
    /**
     * The queues a worker process serves, comma-separated (ingest, sla, templates, nlp); all by
     * default. Text analysis keeps its language and sentiment models in memory (~250 MB) and is
     * CPU-bound: `WORKER_QUEUES=ingest,sla,templates` and `WORKER_QUEUES=nlp` scale the two apart.
     */
    WORKER_QUEUES: z
      .string()
      .optional()
      .transform((v) => (v ? v.split(",").map((q) => q.trim()).filter(Boolean) : null)),
    /**
     * How long a worker's claim on a job lasts without renewal; a killed worker's job goes back to
     * the queue after about this long. 30 s.
     */
    WORKER_LOCK_MS: z.coerce.number().int().positive().default(30_000),
    /** Prefix of every BullMQ key in Redis, so several deployments (or test runs) can share one Redis. */
    QUEUE_PREFIX: z.string().default("replyscope"),
    /**
     * Signs session cookies. Unset, one is generated and kept in the database (fine for one
     * installation); set it to keep it out of database backups. At least 32 characters.
     */
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must have at least 32 characters").optional(),
    /**
     * The address people open the dashboard at, e.g. https://replyscope.example.com. With https,
     * session cookies are marked Secure.
     */
    PUBLIC_URL: z.string().url().optional(),
    /** Ingest requests one API key may make per window (429 with Retry-After beyond). */
    INGEST_RATE_LIMIT: z.coerce.number().int().positive().default(120),
    /** The rate limit's window: 60 s. */
    INGEST_RATE_WINDOW_S: z.coerce.number().int().positive().default(60),
    /**
     * The window of the sign-in attempt limits (10 per e-mail address, 50 per client address):
     * 15 minutes. Shorter only in tests; longer is stricter.
     */
    SIGN_IN_RATE_WINDOW_S: z.coerce.number().int().positive().default(15 * 60),
    /**
     * How many reverse proxies in front of the dashboard append to X-Forwarded-For: the client's
     * address for the sign-in limit is that many entries from the right (lib/auth/client-address.ts).
     */
    TRUSTED_PROXIES: z.coerce.number().int().positive().max(10).default(1),
    /**
     * SLA webhooks go to public addresses only (a team lead sets the URL; the server must not POST
     * into its own network). `true` allows loopback and private networks, for a receiver on the
     * same host or LAN.
     */
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  })
  .superRefine((env, ctx) => {
    if (env.REDIS_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["REDIS_URL"],
        message:
          "REDIS_URL needs DATABASE_URL: separate worker processes cannot share the embedded database",
      });
    }
  });

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EnvError(`invalid environment: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

export function pgliteDir(config: Env): string {
  return path.resolve(config.REPLYSCOPE_DATA_DIR, "pglite");
}
