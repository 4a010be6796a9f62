import type { Sql } from "../db/client";
import type { FirstResponseRow } from "../services/reports/first-response";

/**
 * The first-response figures as a BI tool would compute them: one plain aggregate with
 * percentile_cont over conversation_facts, nothing precomputed. The benchmark measures the
 * product's queries against it, and the tests check that both give the same answers.
 */
export interface PlainQuery {
  workspaceId: string;
  timeZone: string;
  from: string;
  to: string;
  groupBy: "none" | "week" | "agent" | "channel" | "market";
  hours: "calendar" | "business";
  targetSeconds: number;
  now: Date;
}

/** The contract's fields of a first-response row. */
export type PlainRow = Pick<FirstResponseRow, "key" | "conversations" | "answered" | "unanswered" | "p50_s" | "p90_s" | "p95_s" | "breach_rate" | "conversion_rate">;

const KEYS = {
  none: "NULL::text",
  week: `to_char(date_trunc('week', f.first_buyer_at AT TIME ZONE $2::text), 'IYYY-"W"IW')`,
  agent: "a.source_id",
  channel: "f.channel",
  market: "f.market",
} as const;

export async function plainFirstResponse(db: Sql, q: PlainQuery): Promise<PlainRow[]> {
  const frt = q.hours === "calendar" ? "extract(epoch FROM f.first_human_reply_at - f.first_buyer_at)::float8" : "f.business_frt_s";
  const deadline = q.hours === "calendar" ? "f.first_buyer_at + make_interval(secs => $5::int)" : "f.business_breach_at";
  const rows = await db.query<PlainRow & { p: (number | null)[] | null }>(
    `SELECT ${KEYS[q.groupBy]} AS key,
            count(*)::int AS conversations,
            count(*) FILTER (WHERE f.first_human_reply_at IS NOT NULL)::int AS answered,
            count(*) FILTER (WHERE f.first_human_reply_at IS NULL)::int AS unanswered,
            percentile_cont(ARRAY[0.5, 0.9, 0.95]) WITHIN GROUP (ORDER BY ${frt})
              FILTER (WHERE f.first_human_reply_at IS NOT NULL) AS p,
            (count(*) FILTER (WHERE CASE WHEN f.first_human_reply_at IS NOT NULL THEN ${frt} > $5::int
                                         ELSE ${deadline} < $6::timestamptz END))::float8 / count(*) AS breach_rate,
            (count(*) FILTER (WHERE f.converted_order_id IS NOT NULL))::float8 / count(*) AS conversion_rate
     FROM conversation_facts f LEFT JOIN agents a ON a.id = f.first_reply_agent_id
     WHERE f.workspace_id = $1 AND f.first_buyer_at IS NOT NULL
       AND f.first_buyer_at >= ($3::date::timestamp AT TIME ZONE $2::text)
       AND f.first_buyer_at < (($4::date + 1)::timestamp AT TIME ZONE $2::text)
     GROUP BY 1 ORDER BY 1`,
    [q.workspaceId, q.timeZone, q.from, q.to, q.targetSeconds, q.now.toISOString()],
  );
  return rows.map(({ p, ...row }) => {
    const values = typeof p === "string" ? parsePgArray(p) : p;
    return { ...row, p50_s: values?.[0] ?? null, p90_s: values?.[1] ?? null, p95_s: values?.[2] ?? null };
  });
}

/** PGlite may hand a float8[] back as its text form. */
function parsePgArray(text: string): (number | null)[] {
  return text.replace(/[{}]/g, "").split(",").map((v) => (v === "NULL" ? null : Number(v)));
}
