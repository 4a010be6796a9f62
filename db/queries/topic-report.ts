import type { Sql } from "../client";

/**
 * The weekly complaint-topic figures (../shared/spec/metrics.md, "Negative documents and
 * complaint topics"): per topic, its negative documents per week over a span of weeks ending with
 * the week asked for, with the week's average rating and sentiment. Documents are negative reviews
 * with text and negative buyer messages; a week is an ISO week in the workspace's zone, a document
 * belongs to the week of its created_at (review) or sent_at (message).
 */
export interface TopicWeekScope {
  workspaceId: string;
  timeZone: string;
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  /** Weeks of history, the week itself included. */
  weeks: number;
}

export interface TopicWeekRow {
  topicId: number;
  key: string;
  kind: "taxonomy" | "emergent";
  label: string;
  labelZh: string | null;
  keywords: string[];
  /** Counts per week, oldest first, the asked week last. */
  counts: number[];
  avgRating: number | null;
  avgSentiment: number | null;
  /** Whether the topic has a document in any week before the asked one. */
  seenBefore: boolean;
}

export interface WeekTotals {
  /** Negative documents with text in the week, assigned or not. */
  negative: number;
  unassigned: number;
  /** Negative reviews without text (a rating alone): no topic possible. */
  textless: number;
  pending: number;
  /** Monday of the earliest week with any analysed text; null if none. */
  firstWeek: string | null;
}

const BOUNDS = `bounds AS (
  SELECT (($3::date - 7 * ($4::int - 1))::timestamp AT TIME ZONE $2::text) AS lo,
         ($3::date::timestamp AT TIME ZONE $2::text) AS cur,
         (($3::date + 7)::timestamp AT TIME ZONE $2::text) AS hi)`;
/** How many weeks before the asked one a document's week is (0 = the asked week). */
const WEEKS_AGO = `(($3::date - date_trunc('week', i.occurred_at AT TIME ZONE $2::text)::date) / 7)::int`;

export async function getTopicWeeks(db: Sql, scope: TopicWeekScope): Promise<TopicWeekRow[]> {
  const rows = await db.query<{
    topic_id: number;
    key: string;
    kind: "taxonomy" | "emergent";
    label: string;
    label_zh: string | null;
    keywords: string[];
    ago: number;
    n: number;
    avg_rating: number | null;
    avg_sentiment: number | null;
    seen_before: boolean;
  }>(
    `WITH ${BOUNDS},
     counts AS (
       SELECT i.topic_id, ${WEEKS_AGO} AS ago, count(*)::int AS n,
              avg(i.rating)::float8 AS avg_rating, avg(i.sentiment)::float8 AS avg_sentiment
       FROM text_insights i, bounds b
       WHERE i.workspace_id = $1 AND i.topic_id IS NOT NULL AND i.occurred_at >= b.lo AND i.occurred_at < b.hi
       GROUP BY 1, 2
     )
     SELECT t.id AS topic_id, t.key, t.kind, t.label, t.label_zh, t.keywords, c.ago, c.n, c.avg_rating, c.avg_sentiment,
            EXISTS (SELECT 1 FROM text_insights e, bounds b
                    WHERE e.workspace_id = $1 AND e.topic_id = t.id AND e.occurred_at < b.cur) AS seen_before
     FROM counts c JOIN topics t ON t.id = c.topic_id
     ORDER BY t.id, c.ago`,
    [scope.workspaceId, scope.timeZone, scope.weekStart, scope.weeks],
  );
  const byTopic = new Map<number, TopicWeekRow>();
  for (const r of rows) {
    let row = byTopic.get(r.topic_id);
    if (!row) {
      row = {
        topicId: r.topic_id,
        key: r.key,
        kind: r.kind,
        label: r.label,
        labelZh: r.label_zh,
        keywords: r.keywords,
        counts: new Array<number>(scope.weeks).fill(0),
        avgRating: null,
        avgSentiment: null,
        seenBefore: r.seen_before,
      };
      byTopic.set(r.topic_id, row);
    }
    row.counts[scope.weeks - 1 - r.ago] = r.n;
    if (r.ago === 0) {
      row.avgRating = r.avg_rating;
      row.avgSentiment = r.avg_sentiment;
    }
  }
  return [...byTopic.values()];
}

export async function getWeekTotals(db: Sql, scope: Omit<TopicWeekScope, "weeks">): Promise<WeekTotals> {
  const [row] = await db.query<WeekTotals>(
    `WITH b AS (SELECT ($3::date::timestamp AT TIME ZONE $2::text) AS lo, (($3::date + 7)::timestamp AT TIME ZONE $2::text) AS hi)
     SELECT count(*) FILTER (WHERE i.negative AND NOT i.textless)::int AS negative,
            count(*) FILTER (WHERE i.topic_state = 'unassigned')::int AS unassigned,
            count(*) FILTER (WHERE i.textless)::int AS textless,
            count(*) FILTER (WHERE i.topic_state = 'pending')::int AS pending,
            (SELECT to_char(date_trunc('week', min(f.occurred_at) AT TIME ZONE $2::text), 'YYYY-MM-DD')
             FROM text_insights f WHERE f.workspace_id = $1) AS "firstWeek"
     FROM b LEFT JOIN text_insights i ON i.workspace_id = $1 AND i.occurred_at >= b.lo AND i.occurred_at < b.hi`,
    [scope.workspaceId, scope.timeZone, scope.weekStart],
  );
  return row ?? { negative: 0, unassigned: 0, textless: 0, pending: 0, firstWeek: null };
}

export interface TopicExample {
  topicId: number;
  kind: "review" | "message";
  /** The source's id, as ingested. */
  id: string;
  text: string;
}

/** The documents that fit each topic best in the week, `perTopic` different texts of each. */
export async function getTopicExamples(db: Sql, scope: Omit<TopicWeekScope, "weeks"> & { perTopic: number }): Promise<TopicExample[]> {
  return db.query<TopicExample>(
    `WITH b AS (SELECT ($3::date::timestamp AT TIME ZONE $2::text) AS lo, (($3::date + 7)::timestamp AT TIME ZONE $2::text) AS hi),
     docs AS (
       SELECT i.topic_id, i.kind, i.doc_id, i.topic_score, i.sentiment, i.occurred_at,
              coalesce(r.source_id, m.source_id) AS source_id, coalesce(r.text, m.text) AS text
       FROM text_insights i CROSS JOIN b
       LEFT JOIN reviews r ON i.kind = 'review' AND r.id = i.doc_id
       LEFT JOIN messages m ON i.kind = 'message' AND m.id = i.doc_id
       WHERE i.workspace_id = $1 AND i.topic_id IS NOT NULL AND i.occurred_at >= b.lo AND i.occurred_at < b.hi
     ),
     distinct_texts AS (
       SELECT DISTINCT ON (topic_id, text) * FROM docs
       ORDER BY topic_id, text, topic_score DESC NULLS LAST, sentiment NULLS LAST, occurred_at, kind, doc_id
     ),
     ranked AS (
       SELECT *, row_number() OVER (PARTITION BY topic_id
                   ORDER BY topic_score DESC NULLS LAST, sentiment NULLS LAST, occurred_at, kind, doc_id) AS rank
       FROM distinct_texts
     )
     SELECT topic_id AS "topicId", kind, source_id AS id, text FROM ranked WHERE rank <= $4
     ORDER BY topic_id, rank`,
    [scope.workspaceId, scope.timeZone, scope.weekStart, scope.perTopic],
  );
}
