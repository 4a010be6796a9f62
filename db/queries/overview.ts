import { addDays } from "../../lib/time/weeks";
import type { Sql } from "../client";
import { SlaRange } from "./first-response";

/**
 * The overview page's weekly figures (../shared/spec/metrics.md). Weeks are ISO weeks in the
 * workspace's time zone, named by their Monday as a `YYYY-MM-DD` calendar date; a conversation
 * belongs to the week of its first buyer message, a review to the week of its `created_at`, an
 * order to the week of its `placed_at`.
 *
 * Conversations are read from `conversation_facts` (one row per conversation with its first buyer
 * message, first human reply and `unanswered`, derived from the messages at ingest).
 *
 * Week bounds are computed in SQL (`date::timestamp AT TIME ZONE tz` is the instant that local
 * midnight starts, daylight saving included) and used as ranges, so the
 * (workspace_id, <time>) indexes serve every query. Everything here runs on PostgreSQL 15 and on
 * PGlite (PostgreSQL 18).
 */

export interface WeekScope {
  workspaceId: string;
  /** IANA zone of the workspace. */
  timeZone: string;
  /** Monday of the ISO week, `YYYY-MM-DD`, in the workspace's zone. */
  weekStart: string;
}

export interface ConversationFigures {
  /** Conversations whose first buyer message falls in the week. */
  conversations: number;
  answered: number;
  unanswered: number;
  /** Median calendar first response time over answered conversations, seconds; null if none. */
  frtP50Seconds: number | null;
  /** Answered later than the target, or unanswered for longer than the target by now. */
  breaches: number;
  /** breaches / conversations; null without conversations. */
  breachRate: number | null;
}

export interface ReviewFigures {
  reviews: number;
  /** Rated at or below the workspace's negative threshold. */
  negative: number;
  /** Null without reviews. */
  averageRating: number | null;
}

export interface OrderFigures {
  orders: number;
}

/** A week's figures next to the previous week's, for the "change vs last week" badges. */
export interface Compared<T> {
  current: T;
  previous: T;
}

const BOUNDS = `
  bounds AS (
    SELECT (($3::date - 7)::timestamp AT TIME ZONE $2::text) AS prev_start,
           ($3::date::timestamp AT TIME ZONE $2::text) AS cur_start,
           (($3::date + 7)::timestamp AT TIME ZONE $2::text) AS cur_end
  )`;

/** Which of the two weeks a row's time falls in. */
const WEEK_OF = (column: string) => `CASE WHEN ${column} >= b.cur_start THEN 'current' ELSE 'previous' END`;

function pick<T>(rows: ({ week: string } & T)[], week: "current" | "previous", empty: T): T {
  const row = rows.find((r) => r.week === week);
  if (!row) return empty;
  const { week: _week, ...figures } = row;
  return figures as unknown as T;
}

/**
 * The week's conversation figures and the previous week's, from the same first-response code as
 * the SLA page, the API and the CLI (db/queries/first-response.ts), in calendar hours.
 */
export async function getConversationFigures(
  db: Sql,
  params: WeekScope & { slaTargetSeconds: number; now?: Date },
): Promise<Compared<ConversationFigures>> {
  const previousStart = addDays(params.weekStart, -7);
  const range = await SlaRange.open(db, {
    workspaceId: params.workspaceId,
    timeZone: params.timeZone,
    from: previousStart,
    to: addDays(params.weekStart, 6),
    hours: "calendar",
    targetSeconds: params.slaTargetSeconds,
    now: params.now ?? new Date(),
  });
  const weeks = await range.groups("week");
  const figures = (weekStart: string): ConversationFigures => {
    const g = weeks.find((w) => w.key === weekStart);
    if (!g) return { conversations: 0, answered: 0, unanswered: 0, frtP50Seconds: null, breaches: 0, breachRate: null };
    const t = g.totals;
    return {
      conversations: t.conversations,
      answered: t.answered,
      unanswered: t.unanswered,
      frtP50Seconds: g.p50,
      breaches: g.breaches,
      breachRate: t.conversations > 0 ? g.breaches / t.conversations : null,
    };
  };
  return { current: figures(params.weekStart), previous: figures(previousStart) };
}

export async function getReviewFigures(
  db: Sql,
  params: WeekScope & { negativeRatingThreshold: number },
): Promise<Compared<ReviewFigures>> {
  const rows = await db.query<{ week: string } & ReviewFigures>(
    `WITH ${BOUNDS}
     SELECT ${WEEK_OF("r.created_at")} AS week,
            count(*)::int AS reviews,
            count(*) FILTER (WHERE r.rating <= $4::int)::int AS negative,
            avg(r.rating)::float8 AS "averageRating"
     FROM reviews r, bounds b
     WHERE r.workspace_id = $1 AND r.created_at >= b.prev_start AND r.created_at < b.cur_end
     GROUP BY 1`,
    [params.workspaceId, params.timeZone, params.weekStart, params.negativeRatingThreshold],
  );
  const empty = { reviews: 0, negative: 0, averageRating: null };
  return { current: pick(rows, "current", empty), previous: pick(rows, "previous", empty) };
}

export async function getOrderFigures(db: Sql, params: WeekScope): Promise<Compared<OrderFigures>> {
  const rows = await db.query<{ week: string } & OrderFigures>(
    `WITH ${BOUNDS}
     SELECT ${WEEK_OF("o.placed_at")} AS week, count(*)::int AS orders
     FROM orders o, bounds b
     WHERE o.workspace_id = $1 AND o.placed_at >= b.prev_start AND o.placed_at < b.cur_end
     GROUP BY 1`,
    [params.workspaceId, params.timeZone, params.weekStart],
  );
  const empty = { orders: 0 };
  return { current: pick(rows, "current", empty), previous: pick(rows, "previous", empty) };
}

export interface DataWeeks {
  /** Monday (`YYYY-MM-DD`) of the latest week with a conversation, review or order; null if none. */
  latest: string | null;
  /** Monday of the earliest such week; null if none. */
  earliest: string | null;
  /** The local date (`YYYY-MM-DD`) of the latest conversation, review or order; null if none. */
  lastDay: string | null;
  /**
   * Monday of the latest week the data covers to its end (a weekly report is read for a whole
   * week, not for the first days of the current one), or of the earliest week if none is whole.
   */
  lastFullWeek: string | null;
}

/** The range of weeks that hold any data, so the page can open on the latest one. */
export async function getDataWeeks(db: Sql, params: { workspaceId: string; timeZone: string }): Promise<DataWeeks> {
  const [row] = await db.query<DataWeeks>(
    `WITH span AS (
       SELECT min(first_buyer_at) AS lo, max(first_buyer_at) AS hi FROM conversation_facts WHERE workspace_id = $1
       UNION ALL
       SELECT min(created_at), max(created_at) FROM reviews WHERE workspace_id = $1
       UNION ALL
       SELECT min(placed_at), max(placed_at) FROM orders WHERE workspace_id = $1
     )
     SELECT to_char(date_trunc('week', max(hi) AT TIME ZONE $2::text), 'YYYY-MM-DD') AS latest,
            to_char(date_trunc('week', min(lo) AT TIME ZONE $2::text), 'YYYY-MM-DD') AS earliest,
            to_char(max(hi) AT TIME ZONE $2::text, 'YYYY-MM-DD') AS "lastDay",
            to_char(greatest(
              date_trunc('week', (max(hi) AT TIME ZONE $2::text) + interval '1 day') - interval '7 days',
              date_trunc('week', min(lo) AT TIME ZONE $2::text)), 'YYYY-MM-DD') AS "lastFullWeek"
     FROM span`,
    [params.workspaceId, params.timeZone],
  );
  return {
    latest: row?.latest ?? null,
    earliest: row?.earliest ?? null,
    lastDay: row?.lastDay ?? null,
    lastFullWeek: row?.lastFullWeek ?? null,
  };
}

export interface WeeklyTrendRow {
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  /** ISO week name, `2026-W47`. */
  isoWeek: string;
  conversations: number;
  reviews: number;
}

/**
 * Conversations (by first buyer message) and reviews per week for the `weeks` weeks that end with
 * `weekStart`'s week, oldest first; weeks without data are present with zeros.
 */
export async function getWeeklyTrend(db: Sql, params: WeekScope & { weeks: number }): Promise<WeeklyTrendRow[]> {
  return db.query<WeeklyTrendRow>(
    `WITH weeks AS (
       SELECT gs::date AS week_start
       FROM generate_series($3::date - 7 * ($4::int - 1), $3::date, interval '7 days') AS gs
     ),
     bounds AS (
       SELECT (min(week_start)::timestamp AT TIME ZONE $2::text) AS lo,
              ((max(week_start) + 7)::timestamp AT TIME ZONE $2::text) AS hi
       FROM weeks
     ),
     conv AS (
       SELECT date_trunc('week', c.first_buyer_at AT TIME ZONE $2::text)::date AS week_start, count(*)::int AS n
       FROM conversation_facts c, bounds b
       WHERE c.workspace_id = $1 AND c.first_buyer_at >= b.lo AND c.first_buyer_at < b.hi
       GROUP BY 1
     ),
     rev AS (
       SELECT date_trunc('week', r.created_at AT TIME ZONE $2::text)::date AS week_start, count(*)::int AS n
       FROM reviews r, bounds b
       WHERE r.workspace_id = $1 AND r.created_at >= b.lo AND r.created_at < b.hi
       GROUP BY 1
     )
     SELECT to_char(w.week_start, 'YYYY-MM-DD') AS "weekStart",
            to_char(w.week_start, 'IYYY-"W"IW') AS "isoWeek",
            coalesce(conv.n, 0)::int AS conversations,
            coalesce(rev.n, 0)::int AS reviews
     FROM weeks w
     LEFT JOIN conv ON conv.week_start = w.week_start
     LEFT JOIN rev ON rev.week_start = w.week_start
     ORDER BY w.week_start`,
    [params.workspaceId, params.timeZone, params.weekStart, params.weeks],
  );
}
