import type { Sql } from "../client";

export interface ReviewListRow {
  rowId: number;
  /** The review's id as ingested. */
  id: string;
  rating: number;
  language: string | null;
  sentiment: number | null;
  topicId: string | null;
  createdAt: Date;
}

export interface ReviewListParams {
  workspaceId: string;
  timeZone: string;
  /** Inclusive local days, `YYYY-MM-DD`; null for no bound. */
  from: string | null;
  to: string | null;
  /** Only reviews of this topic (its row id). */
  topicRowId: number | null;
  /** Continue after this review (created_at, row id). */
  after: { createdAt: Date; rowId: number } | null;
  limit: number;
}

/**
 * Reviews with what the analysis found, oldest first, a page at a time: keyset paging on
 * (created_at, id), so pages are stable while new reviews arrive. The language is the analysed
 * one, or the record's while the review waits for analysis.
 */
export async function listReviews(db: Sql, p: ReviewListParams): Promise<ReviewListRow[]> {
  return db.query<ReviewListRow>(
    `SELECT r.id AS "rowId", r.source_id AS id, r.rating, coalesce(i.language, r.language) AS language,
            i.sentiment, t.key AS "topicId", r.created_at AS "createdAt"
     FROM reviews r
     LEFT JOIN text_insights i ON i.kind = 'review' AND i.doc_id = r.id
     LEFT JOIN topics t ON t.id = i.topic_id
     WHERE r.workspace_id = $1
       AND ($3::date IS NULL OR r.created_at >= ($3::date::timestamp AT TIME ZONE $2::text))
       AND ($4::date IS NULL OR r.created_at < (($4::date + 1)::timestamp AT TIME ZONE $2::text))
       AND ($5::bigint IS NULL OR i.topic_id = $5::bigint)
       AND ($6::timestamptz IS NULL OR (r.created_at, r.id) > ($6::timestamptz, $7::bigint))
     ORDER BY r.created_at, r.id
     LIMIT $8`,
    [p.workspaceId, p.timeZone, p.from, p.to, p.topicRowId, p.after?.createdAt ?? null, p.after?.rowId ?? null, p.limit],
  );
}

export async function findTopicId(db: Sql, workspaceId: string, key: string): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(`SELECT id FROM topics WHERE workspace_id = $1 AND key = $2`, [workspaceId, key]);
  return row?.id ?? null;
}
