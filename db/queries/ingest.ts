import type { DerivedConversation, MessageFact } from "../../lib/conversations/derive";
import type { CanonicalRecord, RecordType } from "../../lib/ingest/records";
import type { Database, Sql } from "../client";
import { compileUpsert, type UpsertResult, upsertRows } from "./upsert";

const ATTRS = "coalesce(i.attrs, '{}'::jsonb)";

/** How each record type lands in its table. Order matters: agents before the messages naming them. */
const UPSERTS = {
  agent: compileUpsert({
    table: "agents",
    input: { id: "text", name: "text", is_bot: "boolean", team: "text", attrs: "jsonb" },
    set: { name: "i.name", is_bot: "coalesce(i.is_bot, false)", team: "i.team", declared: "true", attrs: ATTRS },
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
      declared: "true",
      attrs: ATTRS,
    },
    declaredColumn: "declared",
  }),
  message: compileUpsert({
    table: "messages",
    input: {
      id: "text",
      conversation_id: "text",
      sender: "text",
      sent_at: "timestamptz",
      text: "text",
      agent_id: "text",
      template_id: "text",
      language: "text",
      duration_s: "double precision",
      attrs: "jsonb",
    },
    joins: `JOIN conversations c ON c.workspace_id = $1 AND c.source_id = i.conversation_id
            LEFT JOIN agents a ON a.workspace_id = $1 AND a.source_id = i.agent_id`,
    set: {
      conversation_id: "c.id",
      sender: "i.sender",
      agent_id: "a.id",
      template_source_id: "i.template_id",
      sent_at: "i.sent_at",
      text: "i.text",
      language: "i.language",
      duration_s: "round(i.duration_s)::int",
      attrs: ATTRS,
    },
    tracked: "conversation_id",
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
  }),
} satisfies Record<RecordType, unknown>;

const APPLY_ORDER: RecordType[] = ["agent", "template", "conversation", "message", "order", "review"];

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
}

export type Deriver = (messages: readonly MessageFact[]) => DerivedConversation;

/**
 * Applies one chunk atomically: its rows, its rejections, the derived fields of every conversation
 * it touched, its ledger entry and the batch counters commit together or not at all, so a worker
 * killed at any point leaves either the whole chunk or none of it, and a retry is a no-op.
 */
export async function applyIngestChunk(db: Database, chunk: ChunkInput, derive: Deriver): Promise<ChunkOutcome> {
  return db.transaction(async (tx) => {
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
      return { applied: false, inserted: 0, updated: 0, unchanged: 0, rejected: 0, batchState: batch?.state ?? "unknown" };
    }

    const byType = new Map<RecordType, CanonicalRecord[]>();
    for (const record of chunk.records) {
      const list = byType.get(record.type);
      if (list) list.push(record);
      else byType.set(record.type, [record]);
    }

    const totals = { inserted: 0, updated: 0, unchanged: 0 };
    const touched = new Set<number>();
    for (const type of APPLY_ORDER) {
      const rows = byType.get(type);
      if (!rows) continue;
      let result: UpsertResult;
      if (type === "agent") {
        result = await upsertAgents(tx, chunk.workspaceId, rows, touched);
      } else if (type === "message") {
        await prepareMessages(tx, chunk.workspaceId, rows as Extract<CanonicalRecord, { type: "message" }>[]);
        result = await upsertRows(tx, UPSERTS.message, chunk.workspaceId, rows);
        for (const id of result.trackedValues) if (typeof id === "number") touched.add(id);
      } else {
        result = await upsertRows(tx, UPSERTS[type], chunk.workspaceId, rows);
      }
      totals.inserted += result.inserted;
      totals.updated += result.updated;
      totals.unchanged += result.unchanged;
    }

    await recomputeConversations(tx, [...touched], derive);
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
    return { applied: true, ...totals, rejected: chunk.rejected.length, batchState: batch?.state ?? "unknown" };
  });
}

/** Agents, noting whose bot flag changed: their conversations' first replies must be recomputed. */
async function upsertAgents(
  tx: Sql,
  workspaceId: string,
  rows: CanonicalRecord[],
  touched: Set<number>,
): Promise<UpsertResult> {
  const ids = JSON.stringify(rows.map((r) => r.id));
  const before = await tx.query<{ id: number; is_bot: boolean }>(
    `SELECT id, is_bot FROM agents
     WHERE workspace_id = $1 AND source_id IN (SELECT json_array_elements_text($2::text::json))`,
    [workspaceId, ids],
  );
  const result = await upsertRows(tx, UPSERTS.agent, workspaceId, rows);
  if (before.length > 0) {
    const changed = await tx.query<{ conversation_id: number }>(
      `SELECT DISTINCT m.conversation_id FROM messages m JOIN agents a ON a.id = m.agent_id
       JOIN json_to_recordset($2::text::json) AS b(id bigint, is_bot boolean) ON b.id = a.id
       WHERE a.workspace_id = $1 AND a.is_bot IS DISTINCT FROM b.is_bot`,
      [workspaceId, JSON.stringify(before)],
    );
    for (const row of changed) touched.add(row.conversation_id);
  }
  return result;
}

/**
 * Messages may arrive before their conversation or agent: create placeholders for both, then lock
 * the conversations (in id order) so that concurrent chunks touching the same conversation
 * recompute its derived fields one after the other, each seeing the other's messages.
 */
async function prepareMessages(
  tx: Sql,
  workspaceId: string,
  rows: Extract<CanonicalRecord, { type: "message" }>[],
): Promise<void> {
  const conversationIds = [...new Set(rows.map((r) => r.conversation_id))].sort();
  await tx.query(
    `INSERT INTO conversations (workspace_id, source_id, declared)
     SELECT $1, id, false FROM json_array_elements_text($2::text::json) AS t(id)
     ON CONFLICT (workspace_id, source_id) DO NOTHING`,
    [workspaceId, JSON.stringify(conversationIds)],
  );
  const agentIds = [...new Set(rows.flatMap((r) => (r.agent_id ? [r.agent_id] : [])))].sort();
  if (agentIds.length > 0) {
    await tx.query(
      `INSERT INTO agents (workspace_id, source_id, name, declared)
       SELECT $1, id, id, false FROM json_array_elements_text($2::text::json) AS t(id)
       ON CONFLICT (workspace_id, source_id) DO NOTHING`,
      [workspaceId, JSON.stringify(agentIds)],
    );
  }
  await tx.query(
    `SELECT id FROM conversations
     WHERE workspace_id = $1 AND source_id IN (SELECT json_array_elements_text($2::text::json))
     ORDER BY id FOR UPDATE`,
    [workspaceId, JSON.stringify(conversationIds)],
  );
}

interface FactRow {
  conversation_id: number;
  id: number;
  sender: MessageFact["sender"];
  sent_at: Date;
  agent_id: number | null;
  agent_is_bot: boolean | null;
}

/** Rewrites the derived fields of `conversationIds` from all their messages. */
export async function recomputeConversations(tx: Sql, conversationIds: number[], derive: Deriver): Promise<void> {
  if (conversationIds.length === 0) return;
  const ids = JSON.stringify(conversationIds);
  const facts = await tx.query<FactRow>(
    `SELECT m.conversation_id, m.id, m.sender, m.sent_at, m.agent_id, a.is_bot AS agent_is_bot
     FROM messages m LEFT JOIN agents a ON a.id = m.agent_id
     WHERE m.conversation_id IN (SELECT value::bigint FROM json_array_elements_text($1::text::json))`,
    [ids],
  );
  const grouped = new Map<number, MessageFact[]>(conversationIds.map((id) => [id, []]));
  for (const f of facts) {
    grouped.get(f.conversation_id)?.push({
      id: f.id,
      sender: f.sender,
      sentAt: f.sent_at.getTime(),
      agentId: f.agent_id,
      agentIsBot: f.agent_is_bot ?? false,
    });
  }
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const derived = [...grouped].map(([id, messages]) => {
    const d = derive(messages);
    return {
      id,
      first_buyer_at: iso(d.firstBuyerAt),
      first_human_reply_at: iso(d.firstHumanReplyAt),
      first_reply_agent_id: d.firstReplyAgentId,
      first_bot_at: iso(d.firstBotAt),
      last_message_at: iso(d.lastMessageAt),
      message_count: d.messageCount,
      unanswered: d.unanswered,
    };
  });
  await tx.query(
    `UPDATE conversations c SET
       first_buyer_at = d.first_buyer_at, first_human_reply_at = d.first_human_reply_at,
       first_reply_agent_id = d.first_reply_agent_id, first_bot_at = d.first_bot_at,
       last_message_at = d.last_message_at, message_count = d.message_count,
       unanswered = d.unanswered, updated_at = now()
     FROM json_to_recordset($1::text::json) AS d(id bigint, first_buyer_at timestamptz,
       first_human_reply_at timestamptz, first_reply_agent_id bigint, first_bot_at timestamptz,
       last_message_at timestamptz, message_count int, unanswered boolean)
     WHERE c.id = d.id`,
    [JSON.stringify(derived)],
  );
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
