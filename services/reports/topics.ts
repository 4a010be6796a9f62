import { z } from "zod";
import { getDataWeeks } from "../../db/queries/overview";
import { getTopicExamples, getTopicWeeks, getWeekTotals } from "../../db/queries/topic-report";
import { THEME_LABELS, isTheme } from "../../lib/topics/taxonomy";
import { topicWeekFigures } from "../../lib/topics/weekly";
// The ISO-week helpers the dashboard uses, so the page and the API name weeks alike.
import { addWeeks, isoWeekName, mondayOf, parseIsoWeek, todayIn } from "../../lib/time/weeks";
import { defineReport, type ReportContext } from "./types";

/** Weeks of history each topic carries (its sparkline); the emerging test uses the last four. */
export const TOPIC_HISTORY_WEEKS = 12;
const EXAMPLES_PER_TOPIC = 3;

const params = z.strictObject({
  week: z
    .string()
    .optional()
    .refine((w) => w === undefined || parseIsoWeek(w) !== null, "must be an ISO week like 2026-W47"),
});

export interface TopicsDocument {
  week: string;
  topics: {
    id: string;
    label: string;
    keywords: string[];
    count: number;
    previous_count: number;
    trailing_avg: number | null;
    emerging: boolean;
    avg_rating: number | null;
    examples: { kind: "review" | "message"; id: string; text: string }[];
    kind: "taxonomy" | "emergent";
    label_zh: string | null;
    share: number | null;
    avg_sentiment: number | null;
    /** Why it is or is not emerging: new, above-average, too-few, not-significant, no-history. */
    emerging_reason: string;
    p_value: number | null;
    /** Counts of the weeks up to this one, oldest first: `{week, count}`. */
    history: { week: string; count: number }[];
  }[];
  /** Negative documents with text this week, those no topic fits, and negative ratings without text. */
  negative_documents: number;
  unassigned: number;
  without_text: number;
  /** Documents still waiting for topic discovery (the numbers may still move). */
  pending: number;
}

/**
 * GET /api/v1/topics?week=YYYY-Www: the week's complaint topics, largest first (../shared/spec/api.md).
 * Without `week`, the last week the data covers to its end.
 */
export const topicsReport = defineReport({
  name: "topics",
  params,
  run: async (ctx, p) => buildTopicsDocument(ctx, p.week ? (parseIsoWeek(p.week) as string) : await defaultWeek(ctx)),
});

export async function buildTopicsDocument(ctx: ReportContext, weekStart: string): Promise<TopicsDocument> {
  const scope = { workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timezone, weekStart };
  const [rows, totals, examples] = await Promise.all([
    getTopicWeeks(ctx.db, { ...scope, weeks: TOPIC_HISTORY_WEEKS }),
    getWeekTotals(ctx.db, scope),
    getTopicExamples(ctx.db, { ...scope, perTopic: EXAMPLES_PER_TOPIC }),
  ]);
  const weekNames = Array.from({ length: TOPIC_HISTORY_WEEKS }, (_, i) => isoWeekName(addWeeks(weekStart, i - TOPIC_HISTORY_WEEKS + 1)));
  const topics = rows
    .map((row) => {
      const f = topicWeekFigures(row, { weekStart, firstWeek: totals.firstWeek, negativeDocuments: totals.negative });
      return {
        id: row.key,
        label: isTheme(row.key) ? THEME_LABELS[row.key] : row.label,
        keywords: row.keywords,
        count: f.count,
        previous_count: f.previousCount,
        trailing_avg: f.trailingAverage,
        emerging: f.emerging.emerging,
        avg_rating: row.avgRating,
        examples: examples.filter((e) => e.topicId === row.topicId).map(({ kind, id, text }) => ({ kind, id, text: ctx.mask(text) })),
        kind: row.kind,
        label_zh: row.labelZh,
        share: f.share,
        avg_sentiment: row.avgSentiment,
        emerging_reason: f.emerging.reason,
        p_value: f.emerging.pValue,
        history: row.counts.map((count, i) => ({ week: weekNames[i] as string, count })),
      };
    })
    .filter((t) => t.count > 0 || t.previous_count > 0)
    .sort((a, b) => b.count - a.count || b.previous_count - a.previous_count || (a.id < b.id ? -1 : 1));
  return {
    week: isoWeekName(weekStart),
    topics,
    negative_documents: totals.negative,
    unassigned: totals.unassigned,
    without_text: totals.textless,
    pending: totals.pending,
  };
}

/** The last week the workspace's data covers to its end (as on the overview). */
export async function defaultWeek(ctx: ReportContext): Promise<string> {
  const weeks = await getDataWeeks(ctx.db, { workspaceId: ctx.workspace.id, timeZone: ctx.workspace.timezone });
  return weeks.lastFullWeek ?? mondayOf(todayIn(ctx.workspace.timezone, ctx.now));
}
