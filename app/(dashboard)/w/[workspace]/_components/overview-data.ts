import "server-only";
import { cache } from "react";
import {
  getConversationFigures,
  getOrderFigures,
  getReviewFigures,
  getWeeklyTrend,
} from "@/db/queries/overview";
import { getRuntime } from "@/app/_server/runtime";

/**
 * The overview's queries, cached per request: the five support cards share one query, the four
 * commerce cards two, while each card still streams in behind its own Suspense boundary.
 */
export interface WeekScope {
  workspaceId: string;
  timeZone: string;
  weekStart: string;
  slaTargetSeconds: number;
  negativeRatingThreshold: number;
}

export const loadConversationFigures = cache(
  async (workspaceId: string, timeZone: string, weekStart: string, slaTargetSeconds: number) => {
    const { db } = await getRuntime();
    return getConversationFigures(db, { workspaceId, timeZone, weekStart, slaTargetSeconds });
  },
);

export const loadReviewFigures = cache(
  async (workspaceId: string, timeZone: string, weekStart: string, negativeRatingThreshold: number) => {
    const { db } = await getRuntime();
    return getReviewFigures(db, { workspaceId, timeZone, weekStart, negativeRatingThreshold });
  },
);

export const loadOrderFigures = cache(async (workspaceId: string, timeZone: string, weekStart: string) => {
  const { db } = await getRuntime();
  return getOrderFigures(db, { workspaceId, timeZone, weekStart });
});

export async function loadWeeklyTrend(scope: WeekScope, weeks: number) {
  const { db } = await getRuntime();
  const rows = await getWeeklyTrend(db, { ...scope, weeks });
  // Plain objects: the rows go on to a client component.
  return rows.map((r) => ({ ...r }));
}
