import type { NewTopic } from "../../lib/topics/discover";
import { THEME_LABELS, THEMES } from "../../lib/topics/taxonomy";
import type { Sql } from "../client";

export interface TopicRow {
  id: number;
  key: string;
  kind: "taxonomy" | "emergent";
  label: string;
  labelZh: string | null;
  keywords: string[];
  seed: string | null;
  terms: { term: string; weight: number }[];
  firstWeek: string | null;
}

const TOPIC_COLUMNS = `id, key, kind, label, label_zh AS "labelZh", keywords, seed, terms,
  to_char(first_week, 'YYYY-MM-DD') AS "firstWeek"`;

/** Creates the taxonomy's topics of a workspace if missing; returns every topic by key. */
export async function ensureTaxonomyTopics(db: Sql, workspaceId: string): Promise<Map<string, TopicRow>> {
  await db.query(
    `INSERT INTO topics (workspace_id, key, kind, label)
     SELECT $1, t.key, 'taxonomy', t.label FROM json_to_recordset($2::text::json) AS t(key text, label text)
     WHERE NOT EXISTS (SELECT 1 FROM topics e WHERE e.workspace_id = $1 AND e.key = t.key)
     ON CONFLICT (workspace_id, key) DO NOTHING`,
    [workspaceId, JSON.stringify(THEMES.map((key) => ({ key, label: THEME_LABELS[key] })))],
  );
  return new Map((await getTopics(db, workspaceId)).map((t) => [t.key, t]));
}

export async function getTopics(db: Sql, workspaceId: string): Promise<TopicRow[]> {
  return db.query<TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM topics WHERE workspace_id = $1 ORDER BY id`, [workspaceId]);
}

export async function insertEmergentTopic(db: Sql, params: NewTopic & { workspaceId: string }): Promise<TopicRow> {
  const [row] = await db.query<TopicRow>(
    `INSERT INTO topics (workspace_id, key, kind, label, label_zh, keywords, seed, terms, first_week)
     VALUES ($1, $2, 'emergent', $3, $4, $5::text::jsonb, $6, $7::text::jsonb, $8::date)
     RETURNING ${TOPIC_COLUMNS}`,
    [
      params.workspaceId,
      params.key,
      params.label,
      params.labelZh,
      JSON.stringify(params.keywords),
      params.seed,
      JSON.stringify(params.terms),
      params.firstWeek,
    ],
  );
  if (!row) throw new Error(`could not create topic ${params.key}`);
  return row;
}

/** Monday (`YYYY-MM-DD`) of the week of `instant` in `timeZone`. */
export async function weekOf(db: Sql, instant: Date, timeZone: string): Promise<string> {
  const [row] = await db.query<{ week: string }>(
    `SELECT to_char(date_trunc('week', $1::timestamptz AT TIME ZONE $2::text), 'YYYY-MM-DD') AS week`,
    [instant, timeZone],
  );
  return row?.week ?? "";
}

/** Replaces the keywords of the given topics (by key). */
export async function updateTopicKeywords(db: Sql, workspaceId: string, keywords: ReadonlyMap<string, string[]>): Promise<void> {
  if (keywords.size === 0) return;
  await db.query(
    `UPDATE topics t SET keywords = k.keywords, updated_at = now()
     FROM json_to_recordset($2::text::json) AS k(key text, keywords jsonb)
     WHERE t.workspace_id = $1 AND t.key = k.key AND t.keywords IS DISTINCT FROM k.keywords`,
    [workspaceId, JSON.stringify([...keywords].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, words]) => ({ key, keywords: words })))],
  );
}
