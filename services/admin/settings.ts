import type { Database } from "../../db/client";
import { recordAudit } from "../../db/queries/audit";
import { updateWorkspaceSettings, type Workspace, type WorkspaceSettings } from "../../db/queries/workspaces";
import type { JobBus } from "../../jobs/bus";
import { startFactsRecompute } from "../../jobs/facts-recompute";
import type { Actor } from "../auth/passwords";

/**
 * Saves the workspace's general and privacy settings; the audit record lists what changed. A new
 * time zone moves every business-hours first response and every local day, so it starts the
 * background recomputation the SLA settings page shows.
 */
export async function saveWorkspaceSettings(
  rt: { db: Database; bus: JobBus },
  workspace: Workspace,
  next: WorkspaceSettings,
  actor: Actor,
): Promise<{ changed: number; recomputing: boolean }> {
  const changed = (Object.keys(next) as (keyof WorkspaceSettings)[]).filter((k) => workspace[k] !== next[k]);
  if (changed.length === 0) return { changed: 0, recomputing: false };
  await updateWorkspaceSettings(rt.db, workspace.id, next);
  await recordAudit(rt.db, {
    workspaceId: workspace.id,
    actorUserId: actor.userId,
    actor: actor.label,
    action: "settings.update",
    subject: null,
    details: Object.fromEntries(changed.map((k) => [k, { from: workspace[k], to: next[k] }])),
  });
  const recomputing = changed.includes("timezone");
  if (recomputing) await startFactsRecompute(rt.db, rt.bus, workspace.id, "timezone");
  return { changed: changed.length, recomputing };
}
