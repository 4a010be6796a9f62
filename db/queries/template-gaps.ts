import type { GapCluster, GapInput } from "../../lib/templates/gaps";
import type { Sql } from "../client";

/**
 * First buyer messages of the conversations answered without any template whose first buyer
 * message falls in the `days` before the workspace's latest one, newest first, at most `limit`.
 */
export async function getUntemplatedQuestions(db: Sql, workspaceId: string, days: number, limit: number): Promise<GapInput[]> {
  return db.query<GapInput>(
    `WITH latest AS (SELECT max(first_buyer_at) AS at FROM conversation_facts WHERE workspace_id = $1)
     SELECT f.conversation_id AS "conversationId", left(m.text, 500) AS text,
       f.converted_order_id IS NOT NULL AS converted, f.scenario
     FROM conversation_facts f, latest
     JOIN LATERAL (
       SELECT text FROM messages WHERE conversation_id = f.conversation_id AND sender = 'buyer' ORDER BY sent_at, id LIMIT 1
     ) m ON true
     WHERE f.workspace_id = $1 AND f.first_buyer_at > latest.at - make_interval(days => $2)
       AND f.first_human_reply_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM template_uses u WHERE u.conversation_id = f.conversation_id)
     ORDER BY f.first_buyer_at DESC
     LIMIT $3`,
    [workspaceId, days, limit],
  );
}

export interface StoredGaps {
  examined: number;
  clusters: GapCluster[];
  computedAt: Date;
}

export async function saveTemplateGaps(db: Sql, workspaceId: string, examined: number, clusters: GapCluster[]): Promise<void> {
  await db.query(
    `INSERT INTO template_gaps (workspace_id, examined, clusters, computed_at) VALUES ($1, $2, $3::text::jsonb, now())
     ON CONFLICT (workspace_id) DO UPDATE SET examined = excluded.examined, clusters = excluded.clusters, computed_at = now()`,
    [workspaceId, examined, JSON.stringify(clusters)],
  );
}

export async function getTemplateGaps(db: Sql, workspaceId: string): Promise<StoredGaps | null> {
  const [row] = await db.query<StoredGaps>(
    `SELECT examined, clusters, computed_at AS "computedAt" FROM template_gaps WHERE workspace_id = $1`,
    [workspaceId],
  );
  return row ?? null;
}
