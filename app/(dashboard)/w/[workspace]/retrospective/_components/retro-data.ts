import "server-only";
import { cache } from "react";
import type { Workspace } from "@/db/queries/workspaces";
import { buildTopicsDocument } from "@/services/reports/topics";
import { getRuntime } from "@/app/_server/runtime";
import { reportContext } from "@/services/reports/types";

/**
 * The week's topics document, once per request: the page's cards, table and drill-down read the
 * same figures the API and the exports serve (services/reports/topics.ts).
 */
export const loadTopicsDocument = cache(async (workspace: Workspace, weekStart: string) => {
  const { db } = await getRuntime();
  return buildTopicsDocument(reportContext(db, workspace), weekStart);
});

export type TopicsDocument = Awaited<ReturnType<typeof loadTopicsDocument>>;
export type TopicItem = TopicsDocument["topics"][number];
