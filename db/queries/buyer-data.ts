import type { Database, Sql } from "../client";
import { recordAudit } from "./audit";
import { markTemplateDays } from "./template-outcomes";

/**
 * Deleting one buyer's data on request (a privacy right in most of the markets sellers ship to).
 *
 * `BUYER_DATA` lists, in one place, every table that holds a buyer's data and how to delete it,
 * in an order where rows are deleted before the rows they point to. A table added later that holds
 * buyers' data (or rows derived from their messages and reviews: topic assignments, notes quoting
 * them) gets an entry here, and the test in tests/integration/accounts.test.ts checks that every
 * table with a `buyer_id` column or a workspace's text has one.
 */
export interface BuyerScope {
  workspaceId: string;
  buyerId: string;
  /** Database ids of the buyer's conversations (conversations.buyer_id). */
  conversationIds: number[];
  /** Their source ids, as ingested: how rejected records and later tables name them. */
  conversationSourceIds: string[];
  /** Source ids of the buyer's orders: reviews name their order by it. */
  orderSourceIds: string[];
}

export interface BuyerDataTable {
  /** The table, as named in the audit log's counts. */
  table: string;
  /** Deletes the buyer's rows and returns how many went. */
  remove(tx: Sql, scope: BuyerScope): Promise<number>;
}

const count = async (rows: Promise<unknown[]>) => (await rows).length;
const json = (values: readonly unknown[]) => JSON.stringify(values);
const BIGINTS = (n: number) => `ARRAY(SELECT value::bigint FROM json_array_elements_text($${n}::text::json))`;
const TEXTS = (n: number) => `ARRAY(SELECT value FROM json_array_elements_text($${n}::text::json))`;

/** Ids shorter than this are only matched inside JSON fields, never as bare CSV cells. */
const MIN_CSV_ID_LENGTH = 8;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A POSIX regular expression for rejected records' raw text that names the buyer: a JSON field
 * `"buyer_id": "<id>"` (or a conversation or order of theirs), or, for long enough ids, a CSV cell
 * that is exactly the id.
 */
export function mentionPattern(scope: BuyerScope): string {
  const jsonValue = (values: string[]) => values.map((v) => escapeRegex(JSON.stringify(v))).join("|");
  const fields = [
    `"buyer_id"[[:space:]]*:[[:space:]]*(${jsonValue([scope.buyerId])})`,
    scope.conversationSourceIds.length > 0
      ? `"conversation_id"[[:space:]]*:[[:space:]]*(${jsonValue(scope.conversationSourceIds)})`
      : null,
    scope.orderSourceIds.length > 0 ? `"order_id"[[:space:]]*:[[:space:]]*(${jsonValue(scope.orderSourceIds)})` : null,
    scope.buyerId.length >= MIN_CSV_ID_LENGTH ? `(^|,)"?${escapeRegex(scope.buyerId)}"?(,|$)` : null,
  ];
  return fields.filter((f) => f !== null).join("|");
}

/** The buyer's reviews: by buyer id, or through one of their orders. */
const REVIEWS_OF_BUYER = `SELECT id FROM reviews WHERE workspace_id = $1 AND (buyer_id = $2 OR order_source_id = ANY(${TEXTS(3)}))`;

export const BUYER_DATA: BuyerDataTable[] = [
  {
    // Language, sentiment and topic of each of their texts; first, while the texts still name them.
    table: "text_insights",
    remove: (tx, s) =>
      count(
        tx.query(
          `DELETE FROM text_insights WHERE workspace_id = $1 AND (
             (kind = 'message' AND doc_id IN (SELECT id FROM messages WHERE workspace_id = $1 AND conversation_id = ANY(${BIGINTS(4)})))
             OR (kind = 'review' AND doc_id IN (${REVIEWS_OF_BUYER})))
           RETURNING doc_id`,
          [s.workspaceId, s.buyerId, json(s.orderSourceIds), json(s.conversationIds)],
        ),
      ),
  },
  {
    table: "template_uses",
    remove: (tx, s) =>
      count(
        tx.query(`DELETE FROM template_uses WHERE workspace_id = $1 AND conversation_id = ANY(${BIGINTS(2)}) RETURNING message_id`, [
          s.workspaceId,
          json(s.conversationIds),
        ]),
      ),
  },
  {
    // Template gaps quote first buyer messages: dropped whole, the next template-gaps job finds them again without these.
    table: "template_gaps",
    remove: async (tx, s) =>
      s.conversationIds.length === 0 ? 0 : count(tx.query(`DELETE FROM template_gaps WHERE workspace_id = $1 RETURNING workspace_id`, [s.workspaceId])),
  },
  {
    table: "sla_alerts",
    remove: (tx, s) =>
      count(
        tx.query(
          `DELETE FROM sla_alerts WHERE workspace_id = $1 AND kind = 'about_to_breach' AND ref = ANY(${TEXTS(2)}) RETURNING ref`,
          [s.workspaceId, json(s.conversationIds.map(String))],
        ),
      ),
  },
  {
    table: "messages",
    remove: (tx, s) =>
      count(tx.query(`DELETE FROM messages WHERE workspace_id = $1 AND conversation_id = ANY(${BIGINTS(2)}) RETURNING id`, [s.workspaceId, json(s.conversationIds)])),
  },
  {
    table: "conversation_facts",
    remove: (tx, s) =>
      count(
        tx.query(
          `DELETE FROM conversation_facts WHERE workspace_id = $1 AND (buyer_id = $2 OR conversation_id = ANY(${BIGINTS(3)}))
           RETURNING conversation_id`,
          [s.workspaceId, s.buyerId, json(s.conversationIds)],
        ),
      ),
  },
  {
    table: "conversations",
    remove: (tx, s) =>
      count(tx.query(`DELETE FROM conversations WHERE workspace_id = $1 AND id = ANY(${BIGINTS(2)}) RETURNING id`, [s.workspaceId, json(s.conversationIds)])),
  },
  {
    table: "reviews",
    remove: (tx, s) =>
      count(
        tx.query(
          `DELETE FROM reviews WHERE id IN (${REVIEWS_OF_BUYER}) RETURNING id`,
          [s.workspaceId, s.buyerId, json(s.orderSourceIds)],
        ),
      ),
  },
  {
    table: "orders",
    remove: (tx, s) => count(tx.query(`DELETE FROM orders WHERE workspace_id = $1 AND buyer_id = $2 RETURNING id`, [s.workspaceId, s.buyerId])),
  },
  {
    table: "rejected_records",
    remove: (tx, s) =>
      count(tx.query(`DELETE FROM rejected_records WHERE workspace_id = $1 AND raw ~ $2 RETURNING id`, [s.workspaceId, mentionPattern(s)])),
  },
];

export type BuyerDeletion = Record<string, number>;

/**
 * Deletes everything the workspace holds about one buyer, in one transaction with its audit
 * record. It takes the same advisory locks as an ingest chunk (db/queries/facts.ts: the
 * conversations in id order, then the buyer), so a chunk arriving at the same time waits for it
 * or goes first, and never re-derives facts for half-deleted rows. Data ingested later for the same
 * buyer id is new data: deletion is not a block list.
 */
export async function deleteBuyerData(
  db: Database,
  input: { workspaceId: string; buyerId: string; actor: string; actorUserId: string | null },
): Promise<BuyerDeletion> {
  return db.transaction(async (tx) => {
    const conversations = await tx.query<{ id: number; source_id: string }>(
      `SELECT id, source_id FROM conversations WHERE workspace_id = $1 AND buyer_id = $2 ORDER BY id`,
      [input.workspaceId, input.buyerId],
    );
    const ids = conversations.map((c) => c.id);
    if (ids.length > 0) {
      await tx.query(`SELECT count(pg_advisory_xact_lock(id)) FROM (SELECT unnest(${BIGINTS(1)}) AS id ORDER BY 1) ids`, [json(ids)]);
    }
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [input.workspaceId, input.buyerId]);
    const orders = await tx.query<{ source_id: string }>(`SELECT source_id FROM orders WHERE workspace_id = $1 AND buyer_id = $2`, [
      input.workspaceId,
      input.buyerId,
    ]);
    const scope: BuyerScope = {
      workspaceId: input.workspaceId,
      buyerId: input.buyerId,
      conversationIds: ids,
      conversationSourceIds: conversations.map((c) => c.source_id),
      orderSourceIds: orders.map((o) => o.source_id),
    };
    await markAggregatesOf(tx, scope);
    const deleted: BuyerDeletion = {};
    for (const table of BUYER_DATA) deleted[table.table] = await table.remove(tx, scope);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorUserId: input.actorUserId,
      actor: input.actor,
      action: "buyer.delete",
      subject: input.buyerId,
      details: { deleted },
    });
    return deleted;
  });
}

/**
 * The weekly SLA rollups and daily template outcomes count the buyer's conversations: their weeks
 * and days are marked in the deleting transaction, for the rollup jobs that follow.
 */
async function markAggregatesOf(tx: Sql, scope: BuyerScope): Promise<void> {
  if (scope.conversationIds.length === 0) return;
  const rows = await tx.query<{ week: string; day: string }>(
    `SELECT DISTINCT to_char(f.week_start, 'YYYY-MM-DD') AS week, to_char((f.first_buyer_at AT TIME ZONE w.timezone)::date, 'YYYY-MM-DD') AS day
     FROM conversation_facts f JOIN workspaces w ON w.id = f.workspace_id
     WHERE f.workspace_id = $1 AND f.conversation_id = ANY(${BIGINTS(2)}) AND f.first_buyer_at IS NOT NULL AND f.week_start IS NOT NULL`,
    [scope.workspaceId, json(scope.conversationIds)],
  );
  const weeks = [...new Set(rows.map((r) => r.week))];
  if (weeks.length > 0) {
    await tx.query(`INSERT INTO sla_dirty_weeks (workspace_id, week_start) SELECT $1, value::date FROM json_array_elements_text($2::text::json)`, [
      scope.workspaceId,
      json(weeks),
    ]);
  }
  await markTemplateDays(tx, scope.workspaceId, rows.map((r) => r.day));
}
