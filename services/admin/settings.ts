import type { Database } from "../../db/client";
import { recordAudit } from "../../db/queries/audit";
import { updateWorkspaceSettings, type Workspace, type WorkspaceSettings } from "../../db/queries/workspaces";
import type { Actor } from "../auth/passwords";

/** Saves the workspace's general and privacy settings; the audit record lists what changed. */
export async function saveWorkspaceSettings(db: Database, workspace: Workspace, next: WorkspaceSettings, actor: Actor): Promise<number> {
  const changed = (Object.keys(next) as (keyof WorkspaceSettings)[]).filter((k) => workspace[k] !== next[k]);
  if (changed.length === 0) return 0;
  await updateWorkspaceSettings(db, workspace.id, next);
  await recordAudit(db, {
    workspaceId: workspace.id,
    actorUserId: actor.userId,
    actor: actor.label,
    action: "settings.update",
    subject: null,
    details: Object.fromEntries(changed.map((k) => [k, { from: workspace[k], to: next[k] }])),
  });
  return changed.length;
}
