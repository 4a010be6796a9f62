import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBatch } from "../../db/queries/batches";
import { createWorkspace } from "../../db/queries/workspaces";
import { deriveConversation } from "../../lib/conversations/derive";
import { slaClocks } from "../../lib/sla/settings";
import { parseEnv } from "../../lib/env";
import type { ByteSource } from "../../lib/ingest/items";
import type { MessageRecord } from "../../lib/ingest/records";
import { importSource, waitForBatch } from "../../jobs/import";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { freshDatabase, freshQueuePrefix, REDIS_URL, type TestDatabase } from "../support/database";
import { spawnTs } from "../support/processes";
import { supportHistory, toJsonl } from "../support/records";

const CONVERSATIONS = 4_000;
const records = supportHistory(CONVERSATIONS);
const source: ByteSource = {
  name: "history.jsonl",
  open: async function* () {
    yield new TextEncoder().encode(toJsonl(records));
  },
};

const UTC_CONTEXT = slaClocks({ timezone: "UTC", targetSeconds: 240, businessHours: {}, holidays: [], marketCalendars: {} }).contextFor(null);

describe("worker processes", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let workerEnv: Record<string, string>;
  let queue: Queue;
  let redis: Redis;

  beforeAll(async () => {
    database = await freshDatabase();
    const prefix = freshQueuePrefix();
    workerEnv = {
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      WORKER_CONCURRENCY: "2",
      // A killed worker's job returns to the queue after 2 s instead of 30 s.
      WORKER_LOCK_MS: "2000",
    };
    rt = await openRuntime(parseEnv(workerEnv));
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue("ingest", { connection: redis, prefix });
  });

  afterAll(async () => {
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    redis.disconnect();
    await rt.close();
    await database.drop();
  });

  const startImport = async (name: string, chunkRecords: number) => {
    const ws = (await createWorkspace(rt.db, { name })).workspace.id;
    const produced = importSource(rt, {
      workspaceId: ws,
      origin: "cli",
      source,
      spec: { format: "canonical", maxRecordBytes: 1 << 20 },
      chunkRecords,
    });
    return { ws, produced };
  };

  /** Everything landed exactly once, and the derived fields match a straight computation. */
  const expectComplete = async (ws: string, batchId: string) => {
    const status = await waitForBatch(rt, ws, batchId);
    expect(status).toMatchObject({ state: "done", records: records.length, processed: records.length, inserted: records.length, updated: 0 });
    const [counts] = await rt.db.query<{ messages: number; conversations: number; chunks: number; unanswered: number }>(
      `SELECT (SELECT count(*) FROM messages WHERE workspace_id = $1)::int AS messages,
              (SELECT count(*) FROM conversations WHERE workspace_id = $1)::int AS conversations,
              (SELECT count(*) FROM ingest_chunks WHERE batch_id = $2)::int AS chunks,
              (SELECT count(*) FROM conversation_facts WHERE workspace_id = $1 AND unanswered)::int AS unanswered`,
      [ws, batchId],
    );
    const messages = records.filter((r): r is MessageRecord => r.type === "message");
    const byConversation = new Map<string, MessageRecord[]>();
    for (const m of messages) byConversation.set(m.conversation_id, [...(byConversation.get(m.conversation_id) ?? []), m]);
    const expectedUnanswered = [...byConversation.values()].filter(
      (group) =>
        deriveConversation(
          group.map((m, i) => ({ id: i, sender: m.sender, sentAt: Date.parse(m.sent_at), agentId: null, agentIsBot: m.agent_id === "bot" })),
          UTC_CONTEXT,
        ).unanswered,
    ).length;
    expect(counts).toEqual({ messages: messages.length, conversations: CONVERSATIONS, chunks: status.chunks, unanswered: expectedUnanswered });
  };

  it("finishes the jobs in flight on SIGTERM and exits cleanly; a new worker does the rest", async () => {
    const worker = spawnTs("jobs/worker.ts", [], workerEnv);
    await worker.waitFor(/worker\.started/);
    // Big chunks, so that a job is in flight when the signal comes.
    const { ws, produced } = await startImport("sigterm", 2_000);
    let active: string[] = [];
    const deadline = Date.now() + 30_000;
    while (active.length === 0 && Date.now() < deadline) active = (await queue.getActive()).map((j) => j.id ?? "");
    expect(active.length).toBeGreaterThan(0);
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(worker.output()).toMatch(/worker\.stopped/);
    for (const id of active) {
      expect(await (await queue.getJob(id))?.getState(), worker.output()).toBe("completed");
    }
    const partial = await getBatch(rt.db, ws, (await produced).batchId);
    expect(partial?.state).not.toBe("failed");

    const next = spawnTs("jobs/worker.ts", [], workerEnv);
    await expectComplete(ws, (await produced).batchId);
    next.child.kill("SIGTERM");
    await next.exited;
  });

  it("loses and duplicates nothing when a worker is killed with SIGKILL mid-import", async () => {
    const worker = spawnTs("jobs/worker.ts", [], workerEnv);
    await worker.waitFor(/worker\.started/);
    const { ws, produced } = await startImport("sigkill", 400);
    const { batchId } = await produced.then((p) => p).catch(() => ({ batchId: "" }));
    // Kill it once some chunks are applied and others are not.
    for (;;) {
      const status = await getBatch(rt.db, ws, batchId);
      if (status && status.chunksDone >= 2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    worker.child.kill("SIGKILL");
    expect((await worker.exited).signal).toBe("SIGKILL");
    const interrupted = await getBatch(rt.db, ws, batchId);
    expect(interrupted?.state).toBe("processing");

    const restarted = spawnTs("jobs/worker.ts", [], workerEnv);
    await expectComplete(ws, batchId);
    restarted.child.kill("SIGTERM");
    expect((await restarted.exited).code).toBe(0);
  });
});
