import type { Sql } from "../client";

/**
 * What the weekly retrospective page shows beyond the topic figures: a topic's documents and
 * breakdowns, each negative review's order and the buyer's support conversations before it, and
 * the week's notes and action items.
 */
export interface WeekTopicScope {
  workspaceId: string;
  timeZone: string;
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  topicId: number;
}

const WEEK = `b AS (SELECT ($3::date::timestamp AT TIME ZONE $2::text) AS lo, (($3::date + 7)::timestamp AT TIME ZONE $2::text) AS hi)`;

export interface TopicDocument {
  kind: "review" | "message";
  /** The source's id. */
  id: string;
  text: string;
  title: string | null;
  rating: number | null;
  language: string | null;
  sentiment: number | null;
  occurredAt: Date;
  productId: string | null;
  market: string | null;
  buyerId: string | null;
  orderId: string | null;
  /** The message's conversation (row id), for messages. */
  conversationId: number | null;
}

/** The topic's documents of the week, best-fitting and most negative first. */
export async function getTopicDocuments(db: Sql, scope: WeekTopicScope & { limit: number }): Promise<TopicDocument[]> {
  return db.query<TopicDocument>(
    `WITH ${WEEK}
     SELECT i.kind, coalesce(r.source_id, m.source_id) AS id, coalesce(r.text, m.text) AS text, r.title, i.rating,
            i.language, i.sentiment, i.occurred_at AS "occurredAt", r.product_id AS "productId",
            coalesce(r.market, c.market) AS market, coalesce(r.buyer_id, c.buyer_id) AS "buyerId",
            r.order_source_id AS "orderId", m.conversation_id AS "conversationId"
     FROM text_insights i CROSS JOIN b
     LEFT JOIN reviews r ON i.kind = 'review' AND r.id = i.doc_id
     LEFT JOIN messages m ON i.kind = 'message' AND m.id = i.doc_id
     LEFT JOIN conversations c ON c.id = m.conversation_id
     WHERE i.workspace_id = $1 AND i.topic_id = $4 AND i.occurred_at >= b.lo AND i.occurred_at < b.hi
     ORDER BY i.kind DESC, i.topic_score DESC NULLS LAST, i.sentiment NULLS LAST, i.occurred_at, i.doc_id
     LIMIT $5`,
    [scope.workspaceId, scope.timeZone, scope.weekStart, scope.topicId, scope.limit],
  );
}

export type BreakdownDimension = "product" | "market" | "source" | "language";

export interface BreakdownRow {
  dimension: BreakdownDimension;
  /** null: not known (a review without a product id, a text of unknown language). */
  value: string | null;
  count: number;
}

/**
 * The topic's documents of the week counted by product, market, source (the review's source, or
 * the message's channel) and language.
 */
export async function getTopicBreakdowns(db: Sql, scope: WeekTopicScope): Promise<BreakdownRow[]> {
  return db.query<BreakdownRow>(
    `WITH ${WEEK},
     docs AS (
       SELECT r.product_id AS product, coalesce(r.market, c.market) AS market,
              CASE WHEN i.kind = 'review' THEN coalesce(r.source, 'review') ELSE c.channel END AS source,
              i.language
       FROM text_insights i CROSS JOIN b
       LEFT JOIN reviews r ON i.kind = 'review' AND r.id = i.doc_id
       LEFT JOIN messages m ON i.kind = 'message' AND m.id = i.doc_id
       LEFT JOIN conversations c ON c.id = m.conversation_id
       WHERE i.workspace_id = $1 AND i.topic_id = $4 AND i.occurred_at >= b.lo AND i.occurred_at < b.hi
     )
     SELECT 'product' AS dimension, product AS value, count(*)::int AS count FROM docs GROUP BY product
     UNION ALL SELECT 'market', market, count(*)::int FROM docs GROUP BY market
     UNION ALL SELECT 'source', source, count(*)::int FROM docs GROUP BY source
     UNION ALL SELECT 'language', language, count(*)::int FROM docs GROUP BY language
     ORDER BY 1, 3 DESC, 2 NULLS LAST`,
    [scope.workspaceId, scope.timeZone, scope.weekStart, scope.topicId],
  );
}

export interface OrderSummary {
  id: string;
  placedAt: Date;
  amount: string | null;
  currency: string | null;
  status: string | null;
  estimatedDeliveryAt: Date | null;
  deliveredAt: Date | null;
}

export async function getOrders(db: Sql, workspaceId: string, orderIds: readonly string[]): Promise<OrderSummary[]> {
  if (orderIds.length === 0) return [];
  return db.query<OrderSummary>(
    `SELECT source_id AS id, placed_at AS "placedAt", amount::text AS amount, currency, status,
            estimated_delivery_at AS "estimatedDeliveryAt", delivered_at AS "deliveredAt"
     FROM orders WHERE workspace_id = $1 AND source_id = ANY(ARRAY(SELECT json_array_elements_text($2::text::json)))`,
    [workspaceId, JSON.stringify([...new Set(orderIds)])],
  );
}

export interface PriorConversation {
  buyerId: string;
  conversationRowId: number;
  /** The source's conversation id. */
  id: string;
  channel: string;
  firstBuyerAt: Date;
  firstHumanReplyAt: Date | null;
  unanswered: boolean;
}

/**
 * The buyers' support conversations that started before `before` (each review's time), newest
 * first, at most `perBuyer` each.
 */
export async function getPriorConversations(
  db: Sql,
  params: { workspaceId: string; buyers: readonly { buyerId: string; before: Date }[]; perBuyer: number },
): Promise<PriorConversation[]> {
  if (params.buyers.length === 0) return [];
  return db.query<PriorConversation>(
    `WITH asked AS (
       SELECT buyer_id, max(before) AS before FROM json_to_recordset($2::text::json) AS a(buyer_id text, before timestamptz) GROUP BY 1
     ),
     ranked AS (
       SELECT f.buyer_id, f.conversation_id, f.channel, f.first_buyer_at, f.first_human_reply_at, f.unanswered,
              row_number() OVER (PARTITION BY f.buyer_id ORDER BY f.first_buyer_at DESC, f.conversation_id) AS rank
       FROM asked a JOIN conversation_facts f ON f.workspace_id = $1 AND f.buyer_id = a.buyer_id
       WHERE f.first_buyer_at < a.before
     )
     SELECT x.buyer_id AS "buyerId", x.conversation_id AS "conversationRowId", c.source_id AS id, x.channel,
            x.first_buyer_at AS "firstBuyerAt", x.first_human_reply_at AS "firstHumanReplyAt", x.unanswered
     FROM ranked x JOIN conversations c ON c.id = x.conversation_id
     WHERE x.rank <= $3
     ORDER BY x.buyer_id, x.first_buyer_at DESC`,
    [params.workspaceId, JSON.stringify(params.buyers.map((b) => ({ buyer_id: b.buyerId, before: b.before }))), params.perBuyer],
  );
}

/**
 * The templates each conversation's agents used, as they named them in `template_id`. Template
 * use detected from the text itself comes with template detection (issue 5), which is meant to
 * replace this query's body: callers only see conversation → template ids.
 */
export async function getConversationTemplates(db: Sql, conversationRowIds: readonly number[]): Promise<Map<number, string[]>> {
  if (conversationRowIds.length === 0) return new Map();
  const rows = await db.query<{ conversation_id: number; templates: string[] }>(
    `SELECT conversation_id, array_agg(DISTINCT template_source_id ORDER BY template_source_id) AS templates
     FROM messages
     WHERE conversation_id = ANY(ARRAY(SELECT value::bigint FROM json_array_elements_text($1::text::json)))
       AND sender = 'agent' AND template_source_id IS NOT NULL
     GROUP BY 1`,
    [JSON.stringify(conversationRowIds)],
  );
  return new Map(rows.map((r) => [r.conversation_id, r.templates]));
}

export interface RetroNote {
  id: number;
  weekStart: string;
  topicKey: string | null;
  body: string;
  author: string | null;
  createdAt: Date;
}

export interface RetroAction {
  id: number;
  /** Monday of the week it was opened in. */
  weekStart: string;
  topicKey: string | null;
  title: string;
  owner: string | null;
  status: "open" | "in_progress" | "done" | "dropped";
  closedWeek: string | null;
  createdAt: Date;
}

export async function getNotes(db: Sql, workspaceId: string, weekStart: string): Promise<RetroNote[]> {
  return db.query<RetroNote>(
    `SELECT id, to_char(week_start, 'YYYY-MM-DD') AS "weekStart", topic_key AS "topicKey", body, author, created_at AS "createdAt"
     FROM retro_notes WHERE workspace_id = $1 AND week_start = $2::date ORDER BY created_at, id`,
    [workspaceId, weekStart],
  );
}

/** Action items of the week: opened in it or before and not closed before it (they carry over). */
export async function getActions(db: Sql, workspaceId: string, weekStart: string): Promise<RetroAction[]> {
  return db.query<RetroAction>(
    `SELECT id, to_char(week_start, 'YYYY-MM-DD') AS "weekStart", topic_key AS "topicKey", title, owner, status,
            to_char(closed_week, 'YYYY-MM-DD') AS "closedWeek", created_at AS "createdAt"
     FROM retro_actions
     WHERE workspace_id = $1 AND week_start <= $2::date AND (closed_week IS NULL OR closed_week >= $2::date)
     ORDER BY week_start, id`,
    [workspaceId, weekStart],
  );
}

export async function addNote(db: Sql, note: { workspaceId: string; weekStart: string; topicKey: string | null; body: string; author: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO retro_notes (workspace_id, week_start, topic_key, body, author) VALUES ($1, $2::date, $3, $4, $5)`,
    [note.workspaceId, note.weekStart, note.topicKey, note.body, note.author],
  );
}

export async function deleteNote(db: Sql, workspaceId: string, id: number): Promise<void> {
  await db.query(`DELETE FROM retro_notes WHERE workspace_id = $1 AND id = $2`, [workspaceId, id]);
}

export async function addAction(
  db: Sql,
  action: { workspaceId: string; weekStart: string; topicKey: string | null; title: string; owner: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO retro_actions (workspace_id, week_start, topic_key, title, owner) VALUES ($1, $2::date, $3, $4, $5)`,
    [action.workspaceId, action.weekStart, action.topicKey, action.title, action.owner],
  );
}

/**
 * Sets an item's status and owner as of the week being reviewed: closing it (done, dropped) records
 * that week, so it still shows there and no longer in later weeks; reopening clears it.
 */
export async function updateAction(
  db: Sql,
  update: { workspaceId: string; id: number; status: RetroAction["status"]; owner: string | null; weekStart: string },
): Promise<void> {
  await db.query(
    `UPDATE retro_actions SET status = $3, owner = $4,
       closed_week = CASE WHEN $3 IN ('done', 'dropped') THEN greatest($5::date, week_start) ELSE NULL END,
       updated_at = now()
     WHERE workspace_id = $1 AND id = $2`,
    [update.workspaceId, update.id, update.status, update.owner, update.weekStart],
  );
}
