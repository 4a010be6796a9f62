import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatch } from "../../db/queries/batches";
import { addAction, getActions, getConversationTemplates, getOrders, getPriorConversations, updateAction } from "../../db/queries/retro";
import { createWorkspace, type Workspace } from "../../db/queries/workspaces";
import { enqueueItems, waitForBatch } from "../../jobs/import";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { generateShop } from "../../lib/demo/generator";
import type { CanonicalRecord } from "../../lib/ingest/records";
import { parseEnv } from "../../lib/env";
import { type ReviewsDocument, reviewsReport } from "../../services/reports/reviews";
import { type TopicsDocument, topicsReport } from "../../services/reports/topics";
import { freshDatabase, type TestDatabase } from "../support/database";
import { importText } from "../support/import";
import { toJsonl } from "../support/records";
import { reportContext, type ReportContext } from "../../services/reports/types";

/**
 * Text analysis and topics end to end on PostgreSQL: ingest a generated shop, let the nlp jobs
 * run (in-process, as without Redis), and check the topic and review reports against plain SQL
 * over the raw tables, paging, idempotence and the action items' carry-over.
 */
const EXTRA: CanonicalRecord[] = [
  { type: "review", id: "x-ja", rating: 1, text: "バッテリーが膨らんだ、最悪", created_at: "2026-11-18T10:00:00+09:00", language: "ja" },
  { type: "review", id: "x-empty", rating: 1, text: "", created_at: "2026-11-18T10:00:00Z" },
  { type: "review", id: "x-html", rating: 2, text: "<img src=x onerror=alert(1)> Parcel never arrived!", created_at: "2026-11-18T11:00:00Z" },
  // A buyer who chatted before the review: a late first reply, one template named.
  { type: "agent", id: "x-agent", name: "Li" },
  { type: "conversation", id: "x-c1", buyer_id: "x-buyer", channel: "chat" },
  { type: "message", id: "x-c1-1", conversation_id: "x-c1", sender: "buyer", sent_at: "2026-11-10T08:00:00Z", text: "Where is my parcel?" },
  { type: "message", id: "x-c1-2", conversation_id: "x-c1", sender: "agent", agent_id: "x-agent", template_id: "tpl-tracking", sent_at: "2026-11-10T09:00:00Z", text: "Here is your tracking link." },
  { type: "order", id: "x-o1", buyer_id: "x-buyer", placed_at: "2026-10-20T10:00:00Z", estimated_delivery_at: "2026-11-01T10:00:00Z", delivered_at: "2026-11-12T10:00:00Z" },
  { type: "review", id: "x-late", rating: 1, text: "Took forever to arrive.", created_at: "2026-11-13T10:00:00Z", buyer_id: "x-buyer", order_id: "x-o1" },
  { type: "conversation", id: "x-c2", buyer_id: "x-buyer", channel: "email" },
  { type: "message", id: "x-c2-1", conversation_id: "x-c2", sender: "buyer", sent_at: "2026-11-14T08:00:00Z", text: "Still angry" },
];

describe("complaint topics on PostgreSQL", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let workspace: Workspace;
  const records = [...generateShop({ conversations: 600 }), ...EXTRA];

  async function ingest(): Promise<void> {
    const batchId = await createBatch(rt.db, { workspaceId: workspace.id, origin: "cli", filename: "shop", format: "canonical" });
    let position = 0;
    const items = records.map((r) => ({ position: ++position, text: JSON.stringify(r) }));
    await enqueueItems(rt, items, { workspaceId: workspace.id, batchId, positionKind: "index", chunkRecords: 2_000 });
    await waitForBatch(rt, workspace.id, batchId);
    await rt.drain();
  }
  const run = <D>(report: { run: (ctx: ReportContext, p: never) => Promise<unknown> }, params: Record<string, unknown>) =>
    report.run(reportContext(rt.db, workspace), params as never) as Promise<D>;

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
    ({ workspace } = await createWorkspace(rt.db, { name: "topics", timezone: "Asia/Shanghai" }));
    await ingest();
  }, 300_000);

  afterAll(async () => {
    await rt?.close();
    await database?.drop();
  });

  it("analyses every review and buyer message once, and explains what it cannot score", async () => {
    const [counts] = await rt.db.query<{ reviews: number; buyer: number; insights: number }>(
      `SELECT (SELECT count(*) FROM reviews WHERE workspace_id = $1)::int AS reviews,
              (SELECT count(*) FROM messages WHERE workspace_id = $1 AND sender = 'buyer')::int AS buyer,
              (SELECT count(*) FROM text_insights WHERE workspace_id = $1)::int AS insights`,
      [workspace.id],
    );
    expect(counts?.insights).toBe((counts?.reviews ?? 0) + (counts?.buyer ?? 0));
    const special = await rt.db.query<{ source_id: string; sentiment: number | null; sentiment_reason: string | null; textless: boolean; topic_state: string }>(
      `SELECT r.source_id, i.sentiment, i.sentiment_reason, i.textless, i.topic_state FROM reviews r
       JOIN text_insights i ON i.kind = 'review' AND i.doc_id = r.id WHERE r.source_id IN ('x-ja', 'x-empty', 'x-html') ORDER BY 1`,
    );
    expect(special).toEqual([
      { source_id: "x-empty", sentiment: null, sentiment_reason: "no text", textless: true, topic_state: "none" },
      expect.objectContaining({ source_id: "x-html", textless: false, topic_state: "assigned" }),
      { source_id: "x-ja", sentiment: null, sentiment_reason: 'language "ja" is not covered', textless: false, topic_state: expect.any(String) },
    ]);
  });

  it("reports the week's topics per the contract, adding up to the week's negative documents", async () => {
    const doc = await run<TopicsDocument>(topicsReport, { week: "2026-W46" });
    expect(doc.week).toBe("2026-W46");
    expect(doc.topics.length).toBeGreaterThan(5);
    for (const t of doc.topics) {
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining(["id", "label", "keywords", "count", "previous_count", "trailing_avg", "emerging", "avg_rating", "examples"]),
      );
      for (const e of t.examples) expect(e).toEqual({ kind: expect.stringMatching(/^(review|message)$/), id: expect.any(String), text: expect.any(String) });
    }
    expect(doc.topics.map((t) => t.count)).toEqual([...doc.topics.map((t) => t.count)].sort((a, b) => b - a));
    // Independently: negative reviews with text in the week, straight from the reviews table.
    const [raw] = await rt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reviews WHERE workspace_id = $1 AND rating <= 2 AND text <> ''
         AND created_at >= ('2026-11-09'::timestamp AT TIME ZONE 'Asia/Shanghai') AND created_at < ('2026-11-16'::timestamp AT TIME ZONE 'Asia/Shanghai')`,
      [workspace.id],
    );
    const [messages] = await rt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM text_insights WHERE workspace_id = $1 AND kind = 'message' AND sentiment < -0.05
         AND occurred_at >= ('2026-11-09'::timestamp AT TIME ZONE 'Asia/Shanghai') AND occurred_at < ('2026-11-16'::timestamp AT TIME ZONE 'Asia/Shanghai')`,
      [workspace.id],
    );
    expect(doc.negative_documents).toBe((raw?.n ?? 0) + (messages?.n ?? 0));
    const assigned = doc.topics.reduce((sum, t) => sum + t.count, 0);
    expect(assigned + doc.unassigned + doc.pending).toBe(doc.negative_documents);
    expect(doc.unassigned / doc.negative_documents).toBeLessThanOrEqual(0.15);
  });

  it("pages through the reviews with a cursor, each exactly once, next_cursor null at the end", async () => {
    const seen: ReviewsDocument["rows"] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: ReviewsDocument = await run<ReviewsDocument>(reviewsReport, { from: "2026-11-01", to: "2026-11-15", limit: "97", ...(cursor ? { cursor } : {}) });
      seen.push(...page.rows);
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    const [expected] = await rt.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reviews WHERE workspace_id = $1
         AND created_at >= ('2026-11-01'::timestamp AT TIME ZONE 'Asia/Shanghai') AND created_at < ('2026-11-16'::timestamp AT TIME ZONE 'Asia/Shanghai')`,
      [workspace.id],
    );
    expect(seen).toHaveLength(expected?.n ?? -1);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(seen.length / 97) + (seen.length % 97 === 0 ? 1 : 0));
    expect(seen.map((r) => r.created_at)).toEqual([...seen.map((r) => r.created_at)].sort());
    expect(seen[0]).toEqual({
      id: expect.stringMatching(/^rev-/),
      rating: expect.any(Number),
      language: expect.any(String),
      sentiment: expect.any(Number),
      topic_id: expect.toSatisfy((v: unknown) => v === null || typeof v === "string"),
      created_at: expect.stringMatching(/Z$/),
    });
    const battery = await run<ReviewsDocument>(reviewsReport, { topic_id: "new-battery", limit: "1000" });
    expect(battery.rows.length).toBeGreaterThan(0);
    expect(battery.rows.every((r) => r.topic_id === "new-battery")).toBe(true);
    await expect(run(reviewsReport, { cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "bad_request" });
    await expect(run(reviewsReport, { topic_id: "nope" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("re-importing the same records changes no analysis and no topic", async () => {
    const snapshot = () =>
      rt.db.query(
        `SELECT i.kind, i.doc_id, i.topic_id, i.topic_state, i.sentiment, i.analyzed_at FROM text_insights i WHERE workspace_id = $1 ORDER BY 1, 2`,
        [workspace.id],
      );
    const topics = () => rt.db.query(`SELECT id, key, label FROM topics WHERE workspace_id = $1 ORDER BY id`, [workspace.id]);
    const [before, topicsBefore] = [await snapshot(), await topics()];
    await ingest();
    expect(await snapshot()).toEqual(before);
    expect(await topics()).toEqual(topicsBefore);
  });

  it("links a negative review to its order and to the buyer's support conversations before it", async () => {
    const [order] = await getOrders(rt.db, workspace.id, ["x-o1"]);
    expect(order).toMatchObject({ id: "x-o1", deliveredAt: new Date("2026-11-12T10:00:00Z"), estimatedDeliveryAt: new Date("2026-11-01T10:00:00Z") });
    const before = await getPriorConversations(rt.db, {
      workspaceId: workspace.id,
      buyers: [{ buyerId: "x-buyer", before: new Date("2026-11-13T10:00:00Z") }],
      perBuyer: 3,
    });
    // The e-mail of Nov 14 came after the review.
    expect(before.map((c) => [c.id, c.channel, (c.firstHumanReplyAt?.getTime() ?? 0) - c.firstBuyerAt.getTime()])).toEqual([["x-c1", "chat", 3_600_000]]);
    const templates = await getConversationTemplates(rt.db, before.map((c) => c.conversationRowId));
    expect([...templates.values()]).toEqual([["tpl-tracking"]]);
  });

  it("carries an action item over from week to week until it is closed", async () => {
    await addAction(rt.db, { workspaceId: workspace.id, weekStart: "2026-11-02", topicKey: "customs_fees", title: "Show DDP prices", owner: "Ana" });
    const titles = async (week: string) => (await getActions(rt.db, workspace.id, week)).map((a) => `${a.title}:${a.status}`);
    expect(await titles("2026-10-26")).toEqual([]);
    expect(await titles("2026-11-09")).toEqual(["Show DDP prices:open"]);
    const [action] = await getActions(rt.db, workspace.id, "2026-11-09");
    await updateAction(rt.db, { workspaceId: workspace.id, id: action?.id ?? 0, status: "done", owner: "Ana", weekStart: "2026-11-16" });
    expect(await titles("2026-11-16")).toEqual(["Show DDP prices:done"]);
    expect(await titles("2026-11-23")).toEqual([]);
  });

  it("gives a follow-up that names no complaint its conversation's topic, also when it comes in a later import", async () => {
    const message = (id: string, at: string, text: string) => ({ type: "message", id, conversation_id: "follow-c1", sender: "buyer", sent_at: at, text, language: "en" });
    await importText(rt, workspace.id, toJsonl([
      { type: "conversation", id: "follow-c1", buyer_id: "follow-b1" },
      message("follow-m1", "2026-11-17T09:00:00Z", "My parcel never arrived, still waiting for the delivery after five weeks. Terrible."),
    ]));
    await importText(rt, workspace.id, toJsonl([message("follow-m2", "2026-11-18T09:00:00Z", "Still the same. Really disappointed and angry, this is awful.")]));
    const rows = await rt.db.query<{ source_id: string; key: string | null; state: string }>(
      `SELECT m.source_id, t.key, i.topic_state AS state FROM messages m
       JOIN text_insights i ON i.kind = 'message' AND i.doc_id = m.id LEFT JOIN topics t ON t.id = i.topic_id
       WHERE m.workspace_id = $1 AND m.source_id LIKE 'follow-m%' ORDER BY 1`,
      [workspace.id],
    );
    expect(rows).toEqual([
      { source_id: "follow-m1", key: "delivery_delay", state: "assigned" },
      { source_id: "follow-m2", key: "delivery_delay", state: "assigned" },
    ]);
  });
});
