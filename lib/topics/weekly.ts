import { addWeeks } from "../time/week";
import { emerging, type EmergingResult, TRAILING_WEEKS } from "./emerging";

/** A topic's counts over the weeks up to the one reported (oldest first, that week last). */
export interface TopicHistory {
  key: string;
  counts: readonly number[];
  seenBefore: boolean;
}

export interface TopicWeekFigures {
  count: number;
  previousCount: number;
  /** Mean of the trailing four weeks the workspace has data for; null without earlier data. */
  trailingAverage: number | null;
  emerging: EmergingResult;
  /** Share of the week's negative documents with text. */
  share: number | null;
}

/**
 * The figures of one topic in one week: its count, last week's, the trailing four-week average
 * and whether it is emerging (emerging.ts). Weeks before the workspace's first data do not count
 * towards the average: a shop that started three weeks ago has a three-week history, not a
 * four-week one with a zero in it. The one definition behind the API, CLI, page and exports.
 */
export function topicWeekFigures(
  history: TopicHistory,
  context: { weekStart: string; firstWeek: string | null; negativeDocuments: number },
): TopicWeekFigures {
  const n = history.counts.length;
  const count = history.counts[n - 1] ?? 0;
  const previousCount = history.counts[n - 2] ?? 0;
  const trailing: number[] = [];
  for (let ago = TRAILING_WEEKS; ago >= 1; ago--) {
    const monday = addWeeks(context.weekStart, -ago);
    if (context.firstWeek !== null && monday >= context.firstWeek) trailing.push(history.counts[n - 1 - ago] ?? 0);
  }
  const result = emerging({ count, trailing, seenBefore: history.seenBefore });
  return {
    count,
    previousCount,
    trailingAverage: result.trailingAverage,
    emerging: result,
    share: context.negativeDocuments > 0 ? count / context.negativeDocuments : null,
  };
}
