import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatch, listRejected } from "../../db/queries/batches";
import { applyIngestChunk } from "../../db/queries/ingest";
import { deriveConversation } from "../../lib/conversations/derive";
import { createWorkspace } from "../../db/queries/workspaces";
import { importSource, waitForBatch } from "../../jobs/import";
import type { InProcessBus } from "../../jobs/in-process-bus";
import type { Runtime } from "../../jobs/runtime";
import { BACKENDS } from "../support/backends";
import { importText, textSource } from "../support/import";
import { supportHistory, toJsonl } from "../support/records";

const derivedFields = (rt: Runtime, workspaceId: string) =>
  rt.db.query(
    `SELECT c.source_id, f.first_buyer_at, f.first_human_reply_at, a.source_id AS agent, f.first_bot_at,
            f.last_message_at, f.message_count, f.unanswered, c.declared, f.channel, f.market, f.buyer_id
     FROM conversations c JOIN conversation_facts f ON f.conversation_id = c.id
     LEFT JOIN agents a ON a.id = f.first_reply_agent_id
     WHERE c.workspace_id = $1 ORDER BY c.source_id`,
    [workspaceId],
  );

describe.each(BACKENDS)("ingest on %s", (_name, open) => {
  let rt: Runtime;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ rt, cleanup } = await open());
  });
  afterAll(async () => cleanup());

  const newWorkspace = async (name: string) => (await createWorkspace(rt.db, { name })).workspace.id;

  it("keeps the good records of a file with bad lines and says why each bad one was refused", async () => {
    const ws = await newWorkspace("bad input");
    const lines = [
      JSON.stringify({ type: "conversation", id: "c1", market: "DE" }),
      '{"type":"message","id":"m0"',
      JSON.stringify({ type: "message", id: "m1", conversation_id: "c1", sender: "buyer", sent_at: "2026-11-23T08:15:00", text: "hi" }),
      JSON.stringify({ type: "review", id: "r1", rating: 9, text: "??", created_at: "2026-11-23T08:15:00Z" }),
      JSON.stringify({ type: "shipment", id: "s1" }),
      JSON.stringify({ type: "message", id: "m2", conversation_id: "c1", sender: "buyer", sent_at: "2026-11-23T08:15:00Z", text: "<script>alert(1)</script>" }),
    ];
    const status = await importText(rt, ws, lines.join("\n"));
    expect(status).toMatchObject({ state: "done", records: 6, processed: 6, inserted: 2, rejected: 4 });
    const rejected = await listRejected(rt.db, ws, status.id);
    expect(rejected.map((r) => [r.position, r.positionKind, r.field])).toEqual([
      [2, "line", null],
      [3, "line", "sent_at"],
      [4, "line", "rating"],
      [5, "line", "type"],
    ]);
    expect(rejected[1]?.reason).toMatch(/no UTC offset/);
    expect(rejected[0]?.raw).toBe('{"type":"message","id":"m0"');
    const [message] = await rt.db.query<{ text: string }>(`SELECT text FROM messages WHERE workspace_id = $1`, [ws]);
    expect(message?.text).toBe("<script>alert(1)</script>");
  });

  it("changes nothing when the same file is imported twice", async () => {
    const ws = await newWorkspace("twice");
    const text = toJsonl(supportHistory(40));
    const first = await importText(rt, ws, text, { chunkRecords: 37 });
    const before = await derivedFields(rt, ws);
    const second = await importText(rt, ws, text, { chunkRecords: 37 });
    expect(first).toMatchObject({ state: "done", inserted: first.records, updated: 0 });
    expect(second).toMatchObject({ state: "done", inserted: 0, updated: 0, unchanged: first.records });
    expect(await derivedFields(rt, ws)).toEqual(before);
    const [counts] = await rt.db.query<{ messages: number }>(`SELECT count(*)::int AS messages FROM messages WHERE workspace_id = $1`, [ws]);
    expect(counts?.messages).toBe(supportHistory(40).filter((r) => r.type === "message").length);
  });

  it("derives the same conversation fields from shuffled, split arrivals as from the file in order", async () => {
    const records = supportHistory(30);
    const inOrder = await newWorkspace("in order");
    await importText(rt, inOrder, toJsonl(records));
    const shuffled = await newWorkspace("shuffled");
    // Reverse, then interleave, so messages come before their conversation and agents, across chunks.
    const reversed = [...records].reverse();
    const scrambled = [...reversed.filter((_, i) => i % 2 === 0), ...reversed.filter((_, i) => i % 2 === 1)];
    await importText(rt, shuffled, toJsonl(scrambled), { chunkRecords: 7 });
    const strip = (rows: Record<string, unknown>[]) => rows;
    expect(strip(await derivedFields(rt, shuffled))).toEqual(strip(await derivedFields(rt, inOrder)));
    const rows = await derivedFields(rt, inOrder);
    expect(rows.find((r) => r.source_id === "c9")).toMatchObject({ unanswered: true, agent: null, message_count: 2 });
    expect(rows.find((r) => r.source_id === "c3")).toMatchObject({ agent: "li", unanswered: false, message_count: 4 });
    expect(rows.every((r) => r.declared === true)).toBe(true);
  });

  it("recomputes first replies when an agent turns out to be a bot, or a message moves", async () => {
    const ws = await newWorkspace("late facts");
    const base = [
      { type: "message", id: "q", conversation_id: "c1", sender: "buyer", sent_at: "2026-11-23T08:00:00Z", text: "?" },
      { type: "message", id: "a1", conversation_id: "c1", sender: "agent", agent_id: "helper", sent_at: "2026-11-23T08:01:00Z", text: "auto" },
      { type: "message", id: "a2", conversation_id: "c1", sender: "agent", agent_id: "li", sent_at: "2026-11-23T08:09:00Z", text: "real" },
    ];
    await importText(rt, ws, toJsonl(base));
    const agentOf = async (conversation: string) =>
      (await derivedFields(rt, ws)).find((r) => r.source_id === conversation);
    expect(await agentOf("c1")).toMatchObject({ agent: "helper", declared: false });

    await importText(rt, ws, toJsonl([{ type: "agent", id: "helper", name: "Helper bot", is_bot: true }]));
    expect(await agentOf("c1")).toMatchObject({ agent: "li", first_bot_at: new Date("2026-11-23T08:01:00Z") });

    const moved = await importText(rt, ws, toJsonl([{ ...base[2], conversation_id: "c2" }]));
    expect(moved).toMatchObject({ updated: 1, inserted: 0 });
    expect(await agentOf("c1")).toMatchObject({ agent: null, unanswered: true, message_count: 2 });
    expect(await agentOf("c2")).toMatchObject({ agent: null, first_buyer_at: null, message_count: 1, unanswered: false });
  });

  it("credits each order to the buyer's latest qualifying conversation, whatever arrives first", async () => {
    const ws = await newWorkspace("conversions");
    const message = (id: string, conversation: string, sent_at: string) =>
      ({ type: "message", id, conversation_id: conversation, sender: "buyer", sent_at, text: "?" }) as const;
    const orders = [
      // Before anyone chatted: credits nothing.
      { type: "order", id: "o0", buyer_id: "ana", placed_at: "2026-11-01T07:00:00Z" },
      // After both of ana's conversations started: the later one (c2) gets it.
      { type: "order", id: "o1", buyer_id: "ana", placed_at: "2026-11-03T12:00:00Z" },
      // bo's order comes 72 h + 1 s after his conversation's last message: outside the window.
      { type: "order", id: "o2", buyer_id: "bo", placed_at: "2026-11-04T09:00:01Z" },
    ];
    const conversations = [
      { type: "conversation", id: "c1", buyer_id: "ana" },
      { type: "conversation", id: "c2", buyer_id: "ana" },
      { type: "conversation", id: "c3", buyer_id: "bo" },
      message("m1", "c1", "2026-11-01T08:00:00Z"),
      message("m2", "c2", "2026-11-02T08:00:00Z"),
      message("m3", "c3", "2026-11-01T09:00:00Z"),
    ];
    // Orders first, in their own chunk, then the conversations.
    await importText(rt, ws, toJsonl([...orders, ...conversations]), { chunkRecords: 3 });
    const converted = async () =>
      Object.fromEntries(
        (
          await rt.db.query<{ source_id: string; order: string | null }>(
            `SELECT c.source_id, o.source_id AS order FROM conversation_facts f
             JOIN conversations c ON c.id = f.conversation_id LEFT JOIN orders o ON o.id = f.converted_order_id
             WHERE f.workspace_id = $1`,
            [ws],
          )
        ).map((r) => [r.source_id, r.order]),
      );
    expect(await converted()).toEqual({ c1: null, c2: "o1", c3: null });

    // A late message extends c3, and so its window: now o2 converts it.
    await importText(rt, ws, toJsonl([message("m4", "c3", "2026-11-01T09:00:02Z")]));
    expect(await converted()).toEqual({ c1: null, c2: "o1", c3: "o2" });

    // The order turns out to be another buyer's: c3 no longer converted.
    await importText(rt, ws, toJsonl([{ ...orders[2], buyer_id: "cy" }]));
    expect(await converted()).toEqual({ c1: null, c2: "o1", c3: null });
  });

  it("names a chunk's conversations again when a job runs twice, so lost follow-up work is redone", async () => {
    const ws = await newWorkspace("rerun");
    const batchId = await createBatch(rt.db, { workspaceId: ws, origin: "cli", filename: null, format: "canonical" });
    const records = supportHistory(3);
    const chunk = { workspaceId: ws, batchId, seq: 0, positionKind: "line" as const, records, rejected: [] };
    const first = await applyIngestChunk(rt.db, chunk, deriveConversation);
    const again = await applyIngestChunk(rt.db, chunk, deriveConversation);
    expect(first).toMatchObject({ applied: true, inserted: records.length });
    expect(again).toMatchObject({ applied: false, inserted: 0 });
    expect([...again.changes.conversations].sort()).toEqual([...first.changes.conversations].sort());
    expect(again.changes.conversations).toHaveLength(3);
  });

  it("marks a batch failed with its error when a chunk keeps failing, and finishes it on retry", async () => {
    const ws = await newWorkspace("failing");
    await rt.db.query(`
      CREATE OR REPLACE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.text = 'boom' THEN RAISE EXCEPTION 'storage refused the message'; END IF; RETURN NEW; END $$`);
    await rt.db.query(`CREATE TRIGGER refuse_boom BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    const bus = rt.bus as InProcessBus;
    const records = supportHistory(4);
    records.push({ type: "message", id: "x", conversation_id: "c0", sender: "buyer", sent_at: "2026-11-23T08:00:00Z", text: "boom" });
    const produced = await importSource(rt, {
      workspaceId: ws,
      origin: "cli",
      source: textSource("boom.jsonl", toJsonl(records)),
      spec: { format: "canonical", maxRecordBytes: 1 << 20 },
      chunkRecords: 1_000,
    });
    // Four attempts back off 1 + 2 + 4 + 8 s before the fifth and last.
    await bus.drain();
    const failed = await waitForBatch(rt, ws, produced.batchId);
    expect(failed).toMatchObject({ state: "failed", error: expect.stringMatching(/storage refused the message/) });
    const [job] = await bus.failedJobs("ingest", 10);
    expect(job).toMatchObject({ attemptsMade: 5, failedReason: expect.stringMatching(/storage refused/) });

    await rt.db.query(`DROP TRIGGER refuse_boom ON messages`);
    await bus.retryJob("ingest", job!.id);
    await bus.drain();
    expect(await waitForBatch(rt, ws, produced.batchId)).toMatchObject({ state: "done", error: null, inserted: records.length });
  }, 60_000);
});
