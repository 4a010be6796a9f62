/**
 * npm run bench:ingest — file → queue → worker → PostgreSQL → derived fields, for a generated
 * shop of 1,000,000 messages in 100,000 conversations, beside PostgreSQL's own COPY of the same
 * message rows into the same table (the ceiling). Needs PostgreSQL and Redis (defaults: local).
 *
 *   BENCH_CONVERSATIONS=100000 BENCH_MESSAGES_PER_CONVERSATION=10 BENCH_WORKER_CONCURRENCY=3
 *   BENCH_INGEST_WORKERS=1 (more processes serving the ingest queue, as production scales out)
 *   BENCH_ANALYSIS=beside (default: the text analysis worker runs beside ingest on the same cores)
 *   BENCH_ANALYSIS=after  (it starts once the import is done, as if it ran on another machine)
 *   BENCH_CPU_PROF=dir    (V8 CPU profiles of the worker processes, for Chrome DevTools)
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import postgres from "postgres";
import { writeShopJsonl } from "../lib/demo/write-jsonl";
import type { MessageRecord } from "../lib/ingest/records";
import { benchDatabase, fmt, machine, peakRssMiB } from "./support";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const conversations = Number(process.env.BENCH_CONVERSATIONS ?? 100_000);
const perConversation = Number(process.env.BENCH_MESSAGES_PER_CONVERSATION ?? 10);
const concurrency = process.env.BENCH_WORKER_CONCURRENCY ?? "3";
const ingestWorkers = Number(process.env.BENCH_INGEST_WORKERS ?? 1);
const analysisMode = process.env.BENCH_ANALYSIS === "after" ? "after" : "beside";

async function main() {
  const outDir = path.join(root, "bench", "out");
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `ingest-${conversations}x${perConversation}.jsonl`);

  console.error(`generating ${fmt(conversations)} conversations → ${path.relative(root, file)}`);
  const out = fs.createWriteStream(file);
  // Mostly messages: the benchmark is about the message path; orders and reviews ride along.
  const counts = await writeShopJsonl(
    { seed: "bench-ingest", conversations, messagesPerConversation: perConversation, reviewsPerConversation: 0.2, backgroundOrdersPerConversation: 0.1 },
    out,
  );
  await new Promise<void>((resolve) => out.end(resolve));
  const totalRecords = Object.values(counts).reduce((a, b) => a + b, 0);
  console.error(`  ${fmt(counts.message)} messages, ${fmt(totalRecords)} records, ${fmt(fs.statSync(file).size / 2 ** 20)} MiB`);

  // Engineers sharing one server pick their own database name.
  const databaseUrl = await benchDatabase(adminUrl, process.env.BENCH_DATABASE ?? "replyscope_bench_ingest");
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `bench-${Date.now()}`,
    WORKER_CONCURRENCY: concurrency,
  };
  const cli = (args: string[]) => run(process.execPath, ["--import", "tsx", path.join(root, "cli/index.ts"), ...args], env);
  const workspace = JSON.parse(await cli(["workspace", "create", "bench", "--json"])) as { id: string };

  // Worker processes as production would scale them: ingest with its follow-ups (and any more
  // ingest-only ones), and text analysis, whose language and sentiment models take ~250 MB of
  // their own (WORKER_QUEUES).
  const worker = await startWorker(env, "ingest,sla,templates");
  const moreIngest = await Promise.all(Array.from({ length: ingestWorkers - 1 }, () => startWorker(env, "ingest")));
  let analysis = analysisMode === "beside" ? await startWorker(env, "nlp") : null;

  console.error("importing (file → queue → worker → PostgreSQL → derived fields)");
  const started = performance.now();
  const summary = JSON.parse(await cli(["import", file, "--workspace", workspace.id, "--wait", "--json"])) as Record<string, number>;
  const seconds = (performance.now() - started) / 1000;
  // Template use detection and its daily outcomes follow each chunk on their own queue.
  const followUpSeconds = (await drainQueue(env.QUEUE_PREFIX, "templates", started)) - seconds;
  analysis ??= await startWorker(env, "nlp");
  const analysisSeconds = (await drainQueue(env.QUEUE_PREFIX, "nlp", started)) - seconds;
  const workerPeak = peakRssMiB(worker.pid ?? 0);
  const moreIngestPeaks = moreIngest.map((w) => peakRssMiB(w.pid ?? 0));
  const analysisPeak = peakRssMiB(analysis.pid ?? 0);
  for (const w of [worker, ...moreIngest]) w.kill("SIGTERM");
  analysis.kill("SIGTERM");

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const [check] = await sql`SELECT count(*)::int AS messages, (SELECT count(*)::int FROM conversation_facts WHERE first_buyer_at IS NOT NULL) AS derived FROM messages`;
  const copy = await copyCeiling(sql, file);
  await sql.end();

  const rate = counts.message / seconds;
  const lines = [
    `machine: ${machine()}`,
    `input: ${fmt(counts.message)} messages in ${fmt(counts.conversation)} conversations (${fmt(totalRecords)} records with agents, templates, orders, reviews)`,
    `end to end: ${seconds.toFixed(1)} s → ${fmt(rate)} messages/s (${fmt(totalRecords / seconds)} records/s); ${ingestWorkers} ingest worker process${ingestWorkers === 1 ? "" : "es"}, concurrency ${concurrency} each; text analysis ${analysisMode === "beside" ? "beside it on the same cores" : "started after the import"}`,
    `template follow-up jobs (use detection, daily outcomes) done ${followUpSeconds.toFixed(1)} s after the import`,
    `text analysis (language, sentiment, topics of reviews and buyer messages) done ${analysisSeconds.toFixed(1)} s after the import`,
    `stored: ${fmt(check?.messages ?? 0)} messages, ${fmt(check?.derived ?? 0)} conversations with derived fields; import says ${JSON.stringify(summary)}`,
    `PostgreSQL COPY of the same ${fmt(copy.rows)} message rows into messages: ${copy.seconds.toFixed(1)} s → ${fmt(copy.rows / copy.seconds)} rows/s (the ceiling)`,
    `ratio end to end / COPY: ${((rate / (copy.rows / copy.seconds)) * 100).toFixed(0)}%`,
    `worker peak RSS: ${mib(workerPeak)} (ingest, sla, templates queues)${moreIngestPeaks.map((p) => `, ${mib(p)} (ingest)`).join("")}; text analysis worker ${mib(analysisPeak)} (nlp queue)`,
  ];
  console.log(lines.join("\n"));
  if (check?.messages !== counts.message) throw new Error(`stored ${check?.messages} messages, expected ${counts.message}`);
}

const mib = (value: number | null) => (value === null ? "n/a" : `${fmt(value)} MiB`);

/**
 * `npm run worker` for some of the queues, with the script's node flags (package.json: a 4 MB
 * young generation keeps the worker's peak RSS ~30 MB lower at no measurable cost in speed);
 * resolves once it has started.
 */
async function startWorker(env: NodeJS.ProcessEnv, queues: string) {
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const worker = spawn(process.execPath, ["--max-semi-space-size=4", ...profile, "--import", "tsx", path.join(root, "jobs/worker.ts")], { env: { ...env, WORKER_QUEUES: queues }, stdio: ["ignore", "ignore", "pipe"] });
  await new Promise<void>((resolve) => {
    createInterface({ input: worker.stderr }).on("line", (line) => {
      if (line.includes("worker.started")) resolve();
    });
  });
  return worker;
}

/** COPY the file's message rows into `messages` of a fresh workspace, conversations prepared untimed. */
async function copyCeiling(sql: postgres.Sql, file: string): Promise<{ rows: number; seconds: number }> {
  const [ws] = await sql`INSERT INTO workspaces (name) VALUES ('copy ceiling') RETURNING id`;
  const workspaceId = ws?.id as string;
  const messages: MessageRecord[] = [];
  for await (const line of createInterface({ input: fs.createReadStream(file) })) {
    if (line.includes('"type":"message"')) messages.push(JSON.parse(line) as MessageRecord);
  }
  const conversationIds = [...new Set(messages.map((m) => m.conversation_id))];
  const idRows = await sql`
    INSERT INTO conversations (workspace_id, source_id)
    SELECT ${workspaceId}, unnest(${conversationIds}::text[]) RETURNING id, source_id`;
  const idOf = new Map(idRows.map((r) => [r.source_id as string, r.id as string]));
  const escape = (text: string) => text.replace(/[\\\t\n\r]/g, (c) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c] ?? c);

  const started = performance.now();
  const writable = await sql`COPY messages (workspace_id, source_id, conversation_id, sender, template_source_id, sent_at, text, language, duration_s, attrs) FROM STDIN`.writable();
  let buffer = "";
  for (const m of messages) {
    buffer += `${workspaceId}\t${escape(m.id)}\t${idOf.get(m.conversation_id)}\t${m.sender}\t${m.template_id ? escape(m.template_id) : "\\N"}\t${m.sent_at}\t${escape(m.text)}\t${m.language ?? "\\N"}\t${m.duration_s === undefined ? "\\N" : Math.round(m.duration_s)}\t{}\n`;
    if (buffer.length > 1 << 20) {
      if (!writable.write(buffer)) await new Promise((r) => writable.once("drain", r));
      buffer = "";
    }
  }
  await new Promise<void>((resolve, reject) => writable.end(buffer, () => resolve()).on("error", reject));
  return { rows: messages.length, seconds: (performance.now() - started) / 1000 };
}

/** Waits until `queue` has nothing waiting, active or delayed; returns seconds since `started`. */
async function drainQueue(prefix: string, queue: string, started: number): Promise<number> {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const q = new Queue(queue, { connection, prefix });
  for (;;) {
    const counts = await q.getJobCounts("waiting", "active", "delayed", "prioritized");
    if (Object.values(counts).every((n) => n === 0)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  await q.close();
  connection.disconnect();
  return seconds;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
