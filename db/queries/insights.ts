import type { Sql } from "../client";

/**
 * Reading texts for analysis and writing what the analysis found (text_insights). Reviews and
 * buyer messages are the texts; a message of an agent or a bot is never a buyer's complaint.
 */

export type DocKind = "review" | "message";

export interface TextForAnalysis {
  kind: DocKind;
  id: number;
  text: string;
  title: string | null;
  /** The language the record was sent with, if any. */
  language: string | null;
  rating: number | null;
  occurredAt: Date;
  /** A message's conversation (its follow-ups share its complaint); null for reviews. */
  conversationId: number | null;
}

const IDS = (n: number) => `ARRAY(SELECT value::bigint FROM json_array_elements_text($${n}::text::json))`;

const REVIEW_COLUMNS = `'review' AS kind, r.id, r.text, r.title, r.language, r.rating, r.created_at AS "occurredAt",
  NULL::bigint AS "conversationId"`;
const MESSAGE_COLUMNS = `'message' AS kind, m.id, m.text, NULL AS title, m.language, NULL::smallint AS rating, m.sent_at AS "occurredAt",
  m.conversation_id AS "conversationId"`;

export async function getTextsForAnalysis(
  db: Sql,
  params: { workspaceId: string; reviewIds: readonly number[]; messageIds: readonly number[] },
): Promise<TextForAnalysis[]> {
  const rows: TextForAnalysis[] = [];
  if (params.reviewIds.length > 0) {
    rows.push(
      ...(await db.query<TextForAnalysis>(
        `SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.workspace_id = $1 AND r.id = ANY(${IDS(2)}) ORDER BY r.id`,
        [params.workspaceId, JSON.stringify(params.reviewIds)],
      )),
    );
  }
  if (params.messageIds.length > 0) {
    rows.push(
      ...(await db.query<TextForAnalysis>(
        `SELECT ${MESSAGE_COLUMNS} FROM messages m
         WHERE m.workspace_id = $1 AND m.id = ANY(${IDS(2)}) AND m.sender = 'buyer' ORDER BY m.id`,
        [params.workspaceId, JSON.stringify(params.messageIds)],
      )),
    );
  }
  return rows;
}

/**
 * Texts that have no analysis yet, a page at a time (ids after `after`): the safety net for an
 * analysis job lost between an ingest chunk's commit and its enqueueing.
 */
export async function getUnanalyzedTexts(
  db: Sql,
  params: { workspaceId: string; kind: DocKind; afterId: number; limit: number },
): Promise<TextForAnalysis[]> {
  if (params.kind === "review") {
    return db.query<TextForAnalysis>(
      `SELECT ${REVIEW_COLUMNS} FROM reviews r
       WHERE r.workspace_id = $1 AND r.id > $2
         AND NOT EXISTS (SELECT 1 FROM text_insights i WHERE i.kind = 'review' AND i.doc_id = r.id)
       ORDER BY r.id LIMIT $3`,
      [params.workspaceId, params.afterId, params.limit],
    );
  }
  return db.query<TextForAnalysis>(
    `SELECT ${MESSAGE_COLUMNS} FROM messages m
     WHERE m.workspace_id = $1 AND m.id > $2 AND m.sender = 'buyer'
       AND NOT EXISTS (SELECT 1 FROM text_insights i WHERE i.kind = 'message' AND i.doc_id = m.id)
     ORDER BY m.id LIMIT $3`,
    [params.workspaceId, params.afterId, params.limit],
  );
}

export interface InsightRow {
  kind: DocKind;
  doc_id: number;
  occurred_at: string;
  input_hash: string;
  language: string | null;
  language_source: string | null;
  sentiment: number | null;
  sentiment_label: string | null;
  sentiment_method: string | null;
  sentiment_reason: string | null;
  rating: number | null;
  negative: boolean;
  textless: boolean;
  topic_id: number | null;
  topic_state: "none" | "pending" | "assigned" | "unassigned";
  topic_score: number | null;
}

/** The input hashes already analysed, so an unchanged text is not analysed again. */
export async function getInputHashes(db: Sql, kind: DocKind, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ doc_id: number; input_hash: string }>(
    `SELECT doc_id, input_hash FROM text_insights WHERE kind = $1 AND doc_id = ANY(${IDS(2)})`,
    [kind, JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.doc_id, r.input_hash]));
}

/** Writes analyses, replacing earlier ones of the same texts; rows go in key order (no deadlocks). */
export async function writeInsights(db: Sql, workspaceId: string, rows: readonly InsightRow[]): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (a.kind === b.kind ? a.doc_id - b.doc_id : a.kind < b.kind ? -1 : 1));
  await db.query(
    `INSERT INTO text_insights AS t (kind, doc_id, workspace_id, occurred_at, input_hash, language, language_source,
       sentiment, sentiment_label, sentiment_method, sentiment_reason, rating, negative, textless, topic_id,
       topic_state, topic_score, analyzed_at)
     SELECT r.kind, r.doc_id, $1, r.occurred_at, r.input_hash, r.language, r.language_source, r.sentiment,
       r.sentiment_label, r.sentiment_method, r.sentiment_reason, r.rating, r.negative, r.textless, r.topic_id,
       r.topic_state, r.topic_score, now()
     FROM json_to_recordset($2::text::json) AS r(kind text, doc_id bigint, occurred_at timestamptz, input_hash text,
       language text, language_source text, sentiment real, sentiment_label text, sentiment_method text,
       sentiment_reason text, rating smallint, negative boolean, textless boolean, topic_id bigint, topic_state text,
       topic_score real)
     ON CONFLICT (kind, doc_id) DO UPDATE SET
       workspace_id = excluded.workspace_id, occurred_at = excluded.occurred_at, input_hash = excluded.input_hash,
       language = excluded.language, language_source = excluded.language_source, sentiment = excluded.sentiment,
       sentiment_label = excluded.sentiment_label, sentiment_method = excluded.sentiment_method,
       sentiment_reason = excluded.sentiment_reason, rating = excluded.rating, negative = excluded.negative,
       textless = excluded.textless, topic_id = excluded.topic_id, topic_state = excluded.topic_state,
       topic_score = excluded.topic_score, analyzed_at = now()`,
    [workspaceId, JSON.stringify(sorted)],
  );
}

export interface ComplaintDocument {
  kind: DocKind;
  id: number;
  text: string;
  title: string | null;
  language: string | null;
  topicId: number | null;
  topicState: "pending" | "assigned" | "unassigned";
  topicScore: number | null;
  sentiment: number | null;
  occurredAt: Date;
}

/**
 * The workspace's negative documents with text since `since`, with their texts: what topic
 * discovery clusters (the pending and unassigned ones) and weighs terms against (all of them).
 */
export async function getComplaintDocuments(db: Sql, params: { workspaceId: string; since: Date }): Promise<ComplaintDocument[]> {
  return db.query<ComplaintDocument>(
    `SELECT i.kind, i.doc_id AS id, coalesce(r.text, m.text) AS text, r.title, i.language,
            i.topic_id AS "topicId", i.topic_state AS "topicState", i.topic_score AS "topicScore",
            i.sentiment, i.occurred_at AS "occurredAt"
     FROM text_insights i
     LEFT JOIN reviews r ON i.kind = 'review' AND r.id = i.doc_id
     LEFT JOIN messages m ON i.kind = 'message' AND m.id = i.doc_id
     WHERE i.workspace_id = $1 AND i.negative AND NOT i.textless AND i.occurred_at >= $2
     ORDER BY i.occurred_at, i.kind, i.doc_id`,
    [params.workspaceId, params.since],
  );
}

/** The earliest pending document of the workspace (where discovery must start), or null. */
export async function getFirstPending(db: Sql, workspaceId: string): Promise<Date | null> {
  const [row] = await db.query<{ first: Date | null }>(
    `SELECT min(occurred_at) AS first FROM text_insights WHERE workspace_id = $1 AND topic_state = 'pending'`,
    [workspaceId],
  );
  return row?.first ?? null;
}

export interface TopicAssignment {
  kind: DocKind;
  doc_id: number;
  topic_id: number | null;
  topic_state: "assigned" | "unassigned";
  topic_score: number | null;
}

export async function assignTopics(db: Sql, assignments: readonly TopicAssignment[]): Promise<void> {
  if (assignments.length === 0) return;
  const sorted = [...assignments].sort((a, b) => (a.kind === b.kind ? a.doc_id - b.doc_id : a.kind < b.kind ? -1 : 1));
  await db.query(
    `UPDATE text_insights t SET topic_id = a.topic_id, topic_state = a.topic_state, topic_score = a.topic_score
     FROM json_to_recordset($1::text::json) AS a(kind text, doc_id bigint, topic_id bigint, topic_state text, topic_score real)
     WHERE t.kind = a.kind AND t.doc_id = a.doc_id`,
    [JSON.stringify(sorted)],
  );
}

/**
 * The topic of each conversation's first assigned buyer message, for follow-ups that name no
 * complaint of their own ("It still shows the same status").
 */
export async function getConversationTopics(db: Sql, conversationIds: readonly number[]): Promise<Map<number, { topicId: number; score: number }>> {
  if (conversationIds.length === 0) return new Map();
  // Two single-table lookups, each on its own index, joined here: as one join, stale statistics
  // during a bulk import had the planner scan every message insight per call (0.3 s, growing).
  const messages = await db.query<{ id: number; conversation_id: number }>(
    `SELECT id, conversation_id FROM messages WHERE conversation_id = ANY(${IDS(1)}) AND sender = 'buyer' ORDER BY conversation_id, sent_at, id`,
    [JSON.stringify(conversationIds)],
  );
  if (messages.length === 0) return new Map();
  const insights = await db.query<{ doc_id: number; topic_id: number; topic_score: number | null }>(
    `SELECT doc_id, topic_id, topic_score FROM text_insights WHERE kind = 'message' AND doc_id = ANY(${IDS(1)}) AND topic_state = 'assigned'`,
    [JSON.stringify(messages.map((m) => m.id))],
  );
  const byMessage = new Map(insights.map((i) => [i.doc_id, i]));
  const topics = new Map<number, { topicId: number; score: number }>();
  for (const m of messages) {
    const insight = byMessage.get(m.id);
    if (insight && !topics.has(m.conversation_id)) topics.set(m.conversation_id, { topicId: insight.topic_id, score: insight.topic_score ?? 1 });
  }
  return topics;
}

/** Serialises topic maintenance of one workspace across workers, for the rest of the transaction. */
export async function lockWorkspaceTopics(tx: Sql, workspaceId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('topics'), hashtext($1))`, [workspaceId]);
}
