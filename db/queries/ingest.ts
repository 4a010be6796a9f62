import type { AgentRecord, CanonicalRecord, MessageRecord, RecordType } from "../../lib/ingest/records";
import type { Database, Sql } from "../client";
import { type Deriver, type FactChanges, refreshFacts } from "./facts";
import { syncTemplateVersions } from "./templates";
import { compileUpsert, ensureRows, type UpsertResult, upsertRows } from "./upsert";

const ATTRS = "coalesce(i.attrs, '{}'::jsonb)";

/** How each record type lands in its table. Order matters: agents before the messages naming them. */
const UPSERTS = {
  agent: compileUpsert({
    table: "agents",
    input: { id: "text", name: "text", is_bot: "boolean", team: "text", attrs: "jsonb" },
    set: { name: "i.name", is_bot: "coalesce(i.is_bot, false)", team: "i.team", attrs: ATTRS },
    declaredColumn: "declared",
  }),
  template: compileUpsert({
    table: "templates",
    input: {
      id: "text",
      name: "text",
      text: "text",
      scenario: "text",
      language: "text",
      archived: "boolean",
      attrs: "jsonb",
    },
    set: {
      name: "i.name",
      text: "i.text",
      scenario: "i.scenario",
      language: "i.language",
      archived: "coalesce(i.archived, false)",
      attrs: ATTRS,
    },
  }),
  conversation: compileUpsert({
    table: "conversations",
    input: {
      id: "text",
      channel: "text",
      buyer_id: "text",
      market: "text",
      language: "text",
      scenario: "text",
      started_at: "timestamptz",
      closed_at: "timestamptz",
      csat: "smallint",
      attrs: "jsonb",
    },
    set: {
      channel: "coalesce(i.channel, 'chat')",
      buyer_id: "i.buyer_id",
      market: "i.market",
      language: "i.language",
      scenario: "i.scenario",
      started_at: "i.started_at",
      closed_at: "i.closed_at",
      csat: "i.csat",
      attrs: ATTRS,
    },
    declaredColumn: "declared",
    // Its channel, market, scenario and buyer are copied into conversation_facts.
    tracked: "id",
  }),
  message: compileUpsert({
    table: "messages",
    input: {
      id: "text",
      conversation_row_id: "bigint",
      sender: "text",
      sent_at: "timestamptz",
      text: "text",
      agent_row_id: "bigint",
      template_id: "text",
      language: "text",
      duration_s: "double precision",
      attrs: "jsonb",
    },
    set: {
      conversation_id: "i.conversation_row_id",
      sender: "i.sender",
      agent_id: "i.agent_row_id",
      template_source_id: "i.template_id",
      sent_at: "i.sent_at",
      text: "i.text",
      language: "i.language",
      duration_s: "round(i.duration_s)::int",
      attrs: ATTRS,
    },
    tracked: "conversation_id",
    returnIds: true,
  }),
  order: compileUpsert({
    table: "orders",
    input: {
      id: "text",
      buyer_id: "text",
      placed_at: "timestamptz",
      amount: "numeric",
      currency: "text",
      market: "text",
      status: "text",
      estimated_delivery_at: "timestamptz",
      delivered_at: "timestamptz",
      attrs: "jsonb",
    },
    set: {
      buyer_id: "i.buyer_id",
      placed_at: "i.placed_at",
      amount: "i.amount",
      currency: "i.currency",
      market: "i.market",
      status: "i.status",
      estimated_delivery_at: "i.estimated_delivery_at",
      delivered_at: "i.delivered_at",
      attrs: ATTRS,
    },
    // A new or moved order changes which conversations of its buyer (or former buyer) converted.
    tracked: "buyer_id",
  }),
  review: compileUpsert({
    table: "reviews",
    input: {
      id: "text",
      rating: "smallint",
      text: "text",
      created_at: "timestamptz",
      source: "text",
      product_id: "text",
      title: "text",
      buyer_id: "text",
      order_id: "text",
      market: "text",
      language: "text",
      attrs: "jsonb",
    },
    set: {
      rating: "i.rating",
      text: "i.text",
      created_at: "i.created_at",
      source: "i.source",
      product_id: "i.product_id",
      title: "i.title",
      buyer_id: "i.buyer_id",
      order_source_id: "i.order_id",
      market: "i.market",
      language: "i.language",
      attrs: ATTRS,
    },
    returnIds: true,
  }),
} satisfies Record<RecordType, unknown>;

export interface RejectedRow {
  position: number;
  field: string | null;
  reason: string;
  raw: string | null;
}

export interface ChunkInput {
  workspaceId: string;
  batchId: string;
  seq: number;
  positionKind: "line" | "row" | "index";
  records: CanonicalRecord[];
  rejected: RejectedRow[];
}

export interface ChunkOutcome {
  /** False when this chunk had been applied before (a retried or duplicated job). */
  applied: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  batchState: string;
  /** What the chunk changed, for the follow-up work. */
  changes: ChunkChanges;
}

export interface ChunkChanges extends FactChanges {
  /** Buyers of the chunk's reviews: their conversations' second outcome may have changed. */
  reviewBuyers: string[];
  /** True when a template got a new text (a new template or a new version). */
  templatesChanged: boolean;
  /** Ids of the reviews and messages the chunk inserted or changed: their texts need analysing. */
  texts: { reviews: number[]; messages: number[] };
}

/** The conversations and review buyers of a chunk applied before, looked up by their source ids. */
async function changesOfAppliedChunk(
  tx: Sql,
  workspaceId: string,
  messages: MessageRecord[],
  conversations: CanonicalRecord[],
  reviews: CanonicalRecord[],
): Promise<ChunkChanges> {
  const sourceIds = [...new Set([...messages.map((m) => m.conversation_id), ...conversations.map((c) => c.id)])];
  const rows =
    sourceIds.length === 0
      ? []
      : await tx.query<{ id: number }>(
          `SELECT id FROM conversations
           WHERE workspace_id = $1 AND source_id = ANY(ARRAY(SELECT json_array_elements_text($2::text::json)))`,
          [workspaceId, JSON.stringify(sourceIds)],
        );
  const reviewBuyers = reviews.flatMap((r) => (r.type === "review" && r.buyer_id ? [r.buyer_id] : []));
  const idsOf = async (table: "messages" | "reviews", records: CanonicalRecord[]) =>
    records.length === 0
      ? []
      : (
          await tx.query<{ id: number }>(
            `SELECT id FROM ${table}
             WHERE workspace_id = $1 AND source_id = ANY(ARRAY(SELECT json_array_elements_text($2::text::json)))`,
            [workspaceId, JSON.stringify(records.map((r) => r.id))],
          )
        ).map((r) => r.id);
  return {
    conversations: rows.map((r) => r.id),
    movedFrom: [],
    reviewBuyers: [...new Set(reviewBuyers)],
    templatesChanged: false,
    texts: { reviews: await idsOf("reviews", reviews), messages: await idsOf("messages", messages) },
  };
}

/**
 * Applies one chunk atomically: its rows, its rejections, the derived fields of every conversation
 * it touched, its ledger entry and the batch counters commit together or not at all, so a worker
 * killed at any point leaves either the whole chunk or none of it, and a retry is a no-op.
 */
export async function applyIngestChunk(db: Database, chunk: ChunkInput, derive: Deriver): Promise<ChunkOutcome> {
  const messages = chunk.records.filter((r): r is MessageRecord => r.type === "message");
  const ofType = (type: RecordType) => chunk.records.filter((r) => r.type === type);
  // Every agent and conversation the chunk names exists before its transaction starts (see
  // ensureRows); inside it they are only filled in, and messages carry their row ids.
  const agentIds = await ensureRows(db, "agents", chunk.workspaceId, [
    ...ofType("agent").map((r) => r.id),
    ...messages.flatMap((m) => (m.agent_id ? [m.agent_id] : [])),
  ]);
  const conversationIds = await ensureRows(db, "conversations", chunk.workspaceId, [
    ...ofType("conversation").map((r) => r.id),
    ...messages.map((m) => m.conversation_id),
  ]);
  const messageRows = messages.map(({ conversation_id, agent_id, ...message }) => ({
    ...message,
    conversation_row_id: conversationIds.get(conversation_id),
    agent_row_id: agent_id ? agentIds.get(agent_id) : undefined,
  }));
  return db.transaction(async (tx) => {
    // Every statement here looks rows up by key. During a bulk load the planner's statistics fall
    // behind the tables (and autovacuum may be off): stale statistics once made it read all of
    // messages for every chunk. A sequential scan is never the right plan in this transaction.
    await tx.query("SET LOCAL enable_seqscan = off");
    // Claim the chunk first: a concurrent duplicate of this job waits here, then sees the claim.
    const claimed = await tx.query(
      `INSERT INTO ingest_chunks (batch_id, seq, records, inserted, updated, unchanged, rejected)
       VALUES ($1, $2, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING RETURNING seq`,
      [chunk.batchId, chunk.seq],
    );
    if (claimed.length === 0) {
      const [batch] = await tx.query<{ state: string }>(`SELECT state FROM ingest_batches WHERE id = $1`, [
        chunk.batchId,
      ]);
      return {
        applied: false,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        rejected: 0,
        batchState: batch?.state ?? "unknown",
        // The first run committed but may have died before handing its follow-up work on: name
        // the chunk's conversations and texts again, and the (idempotent) follow-up jobs run once more.
        changes: await changesOfAppliedChunk(tx, chunk.workspaceId, messages, ofType("conversation"), ofType("review")),
      };
    }

    const totals = { inserted: 0, updated: 0, unchanged: 0 };
    const touched = { conversations: new Set<number>(), buyers: new Set<string>() };
    const add = (result: UpsertResult, into?: Set<number> | Set<string>) => {
      totals.inserted += result.inserted;
      totals.updated += result.updated;
      totals.unchanged += result.unchanged;
      for (const value of result.trackedValues) if (value !== null && value !== undefined) into?.add(value as never);
    };
    add(await upsertAgents(tx, chunk.workspaceId, ofType("agent") as AgentRecord[], touched.conversations));
    const templateRecords = ofType("template");
    add(await upsertRows(tx, UPSERTS.template, chunk.workspaceId, templateRecords));
    const templatesChanged = (await syncTemplateVersions(tx, chunk.workspaceId, templateRecords.map((r) => r.id))) > 0;
    add(await upsertRows(tx, UPSERTS.conversation, chunk.workspaceId, ofType("conversation")), touched.conversations);
    const messageResult = await upsertRows(tx, UPSERTS.message, chunk.workspaceId, messageRows);
    add(messageResult, touched.conversations);
    add(await upsertRows(tx, UPSERTS.order, chunk.workspaceId, ofType("order")), touched.buyers);
    const reviewResult = await upsertRows(tx, UPSERTS.review, chunk.workspaceId, ofType("review"));
    add(reviewResult);

    const factChanges = await refreshFacts(tx, chunk.workspaceId, touched, derive);
    await insertRejected(tx, chunk);

    const processed = chunk.records.length + chunk.rejected.length;
    await tx.query(
      `UPDATE ingest_chunks SET records = $3, inserted = $4, updated = $5, unchanged = $6, rejected = $7
       WHERE batch_id = $1 AND seq = $2`,
      [chunk.batchId, chunk.seq, processed, totals.inserted, totals.updated, totals.unchanged, chunk.rejected.length],
    );
    const [batch] = await tx.query<{ state: string }>(
      `UPDATE ingest_batches SET
         processed = processed + $2, inserted = inserted + $3, updated = updated + $4,
         unchanged = unchanged + $5, rejected = rejected + $6, chunks_done = chunks_done + 1,
         state = CASE WHEN sealed AND chunks_done + 1 >= chunks THEN 'done'
                      WHEN state = 'failed' THEN 'failed' ELSE 'processing' END,
         error = CASE WHEN sealed AND chunks_done + 1 >= chunks THEN NULL ELSE error END,
         finished_at = CASE WHEN sealed AND chunks_done + 1 >= chunks THEN now() ELSE finished_at END,
         updated_at = now()
       WHERE id = $1 RETURNING state`,
      [chunk.batchId, processed, totals.inserted, totals.updated, totals.unchanged, chunk.rejected.length],
    );
    const reviewBuyers = ofType("review").flatMap((r) => (r.type === "review" && r.buyer_id ? [r.buyer_id] : []));
    return {
      applied: true,
      ...totals,
      rejected: chunk.rejected.length,
      batchState: batch?.state ?? "unknown",
      changes: {
        ...factChanges,
        reviewBuyers: [...new Set(reviewBuyers)],
        templatesChanged,
        texts: { reviews: reviewResult.ids, messages: messageResult.ids },
      },
    };
  });
}

/** Agents, noting whose bot flag changed: their conversations' first replies must be recomputed. */
async function upsertAgents(
  tx: Sql,
  workspaceId: string,
  rows: AgentRecord[],
  touched: Set<number>,
): Promise<UpsertResult> {
  if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0, trackedValues: [], ids: [] };
  const before = await tx.query<{ id: number; source_id: string; is_bot: boolean }>(
    `SELECT id, source_id, is_bot FROM agents
     WHERE workspace_id = $1 AND source_id = ANY(ARRAY(SELECT json_array_elements_text($2::text::json)))`,
    [workspaceId, JSON.stringify(rows.map((r) => r.id))],
  );
  const result = await upsertRows(tx, UPSERTS.agent, workspaceId, rows);
  const nowBot = new Map(rows.map((r) => [r.id, r.is_bot ?? false]));
  const flipped = before.filter((a) => nowBot.get(a.source_id) !== a.is_bot).map((a) => a.id);
  if (flipped.length > 0) {
    // Rare (an agent found to be a bot after its messages came in), so a scan of messages is fine.
    const conversations = await tx.query<{ conversation_id: number }>(
      `SELECT DISTINCT conversation_id FROM messages
       WHERE workspace_id = $1 AND agent_id = ANY(ARRAY(SELECT value::bigint FROM json_array_elements_text($2::text::json)))`,
      [workspaceId, JSON.stringify(flipped)],
    );
    for (const row of conversations) touched.add(row.conversation_id);
  }
  return result;
}

async function insertRejected(tx: Sql, chunk: ChunkInput): Promise<void> {
  if (chunk.rejected.length === 0) return;
  await tx.query(
    `INSERT INTO rejected_records (batch_id, workspace_id, position, position_kind, field, reason, raw)
     SELECT $1, $2, r.position, $3, r.field, r.reason, r.raw
     FROM json_to_recordset($4::text::json) AS r(position int, field text, reason text, raw text)
     ON CONFLICT (batch_id, position) DO NOTHING`,
    [chunk.batchId, chunk.workspaceId, chunk.positionKind, JSON.stringify(chunk.rejected)],
  );
}
