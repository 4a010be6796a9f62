import "server-only";
import { cache } from "react";
import type { Workspace } from "@/db/queries/workspaces";
import { getRuntime } from "@/app/_server/runtime";
import type { Hours } from "@/lib/sla/rollup";
import { loadSlaPageData } from "@/services/sla/page-data";

export interface SlaView {
  workspace: Workspace;
  from: string;
  to: string;
  hours: Hours;
  /** Mondays of the weeks shown, oldest first. */
  weeks: string[];
}

/** The page's figures, read once per request and shared by every section's Suspense boundary. */
export const loadSla = cache(async (workspace: Workspace, from: string, to: string, hours: Hours) => {
  const { db } = await getRuntime();
  return loadSlaPageData(db, {
    workspaceId: workspace.id,
    timeZone: workspace.timezone,
    from,
    to,
    hours,
    targetSeconds: workspace.slaTargetSeconds,
    now: new Date(),
  });
});
