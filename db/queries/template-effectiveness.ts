import type { ArmCounts, VersionInfo } from "../../lib/templates/effectiveness";
import type { Sql } from "../client";

export interface VersionMeta extends VersionInfo {
  templateId: number;
  language: string | null;
}

/** Counts per version and stratum; version 0 is the comparable conversations (answered, no template). */
export type StratumCounts = ArmCounts;

export interface DayRange {
  workspaceId: string;
  /** Inclusive local days, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** Every template version of the workspace with its template's name, scenario and state. */
export async function getTemplateVersionMeta(db: Sql, workspaceId: string): Promise<VersionMeta[]> {
  return db.query<VersionMeta>(
    `SELECT v.id AS "versionId", t.id AS "templateId", t.source_id AS "sourceId", t.name, v.version,
       max(v.version) OVER (PARTITION BY t.id) AS "latestVersion", t.scenario, t.language, t.archived
     FROM template_versions v JOIN templates t ON t.id = v.template_id
     WHERE v.workspace_id = $1
     ORDER BY t.id, v.version`,
    [workspaceId],
  );
}

/** Conversations and outcomes per version and stratum over a range of days, from the daily rollup. */
export async function getStratumCounts(db: Sql, range: DayRange): Promise<StratumCounts[]> {
  return db.query<StratumCounts>(
    `SELECT template_version_id AS "versionId", scenario, channel, sum(conversations)::int AS conversations,
       sum(conversions)::int AS conversions, sum(negative_reviews)::int AS "negativeReviews"
     FROM template_daily_outcomes
     WHERE workspace_id = $1 AND day BETWEEN $2::date AND $3::date
     GROUP BY 1, 2, 3`,
    [range.workspaceId, range.from, range.to],
  );
}

export interface WeeklyUses {
  versionId: number;
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  conversations: number;
}

export async function getWeeklyUses(db: Sql, range: DayRange): Promise<WeeklyUses[]> {
  return db.query<WeeklyUses>(
    `SELECT template_version_id AS "versionId", date_trunc('week', day)::date::text AS week, sum(conversations)::int AS conversations
     FROM template_daily_outcomes
     WHERE workspace_id = $1 AND day BETWEEN $2::date AND $3::date AND template_version_id <> 0
     GROUP BY 1, 2 ORDER BY 2`,
    [range.workspaceId, range.from, range.to],
  );
}

export interface EditBandCounts {
  versionId: number;
  band: number;
  conversations: number;
  conversions: number;
}

export async function getEditBands(db: Sql, range: DayRange): Promise<EditBandCounts[]> {
  return db.query<EditBandCounts>(
    `SELECT template_version_id AS "versionId", edit_band AS band, sum(conversations)::int AS conversations,
       sum(conversions)::int AS conversions
     FROM template_daily_edits
     WHERE workspace_id = $1 AND day BETWEEN $2::date AND $3::date
     GROUP BY 1, 2`,
    [range.workspaceId, range.from, range.to],
  );
}

/** First and last local day with outcomes, for the page's default range. */
export async function getOutcomeDays(db: Sql, workspaceId: string): Promise<{ first: string | null; last: string | null }> {
  const [row] = await db.query<{ first: string | null; last: string | null }>(
    `SELECT min(day)::text AS first, max(day)::text AS last FROM template_daily_outcomes WHERE workspace_id = $1`,
    [workspaceId],
  );
  return { first: row?.first ?? null, last: row?.last ?? null };
}
