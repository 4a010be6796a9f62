import { getWorkspace } from "../../db/queries/workspaces";
import type { JobContext } from "../context";
import { type MaintenanceOutcome, maintainTopics } from "../nlp/maintain";
import { getNlpServices } from "../nlp/services";
import type { MaintainTopicsPayload } from "../schemas";

export async function processMaintainTopics(ctx: JobContext, payload: MaintainTopicsPayload): Promise<MaintenanceOutcome | null> {
  const workspace = await getWorkspace(ctx.db, payload.workspaceId);
  if (!workspace) return null;
  return maintainTopics(ctx.db, await getNlpServices(), workspace);
}
