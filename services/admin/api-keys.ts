import type { Database } from "../../db/client";
import { createApiKey, revokeApiKey } from "../../db/queries/api-keys";
import { recordAudit } from "../../db/queries/audit";
import type { Actor } from "../auth/passwords";

/** A new API key for the workspace, audited; the key (and signing secret) are returned once. */
export async function issueApiKey(db: Database, input: { workspaceId: string; name: string; signed: boolean }, actor: Actor) {
  const created = await createApiKey(db, { ...input, createdBy: actor.userId });
  await recordAudit(db, {
    workspaceId: input.workspaceId,
    actorUserId: actor.userId,
    actor: actor.label,
    action: "api_key.create",
    subject: input.name,
    details: { signed: input.signed },
  });
  return created;
}

/** Revokes one of the workspace's keys, audited; false if it has no such live key. */
export async function withdrawApiKey(db: Database, input: { workspaceId: string; keyId: string }, actor: Actor): Promise<boolean> {
  const name = await revokeApiKey(db, input.workspaceId, input.keyId);
  if (name === null) return false;
  await recordAudit(db, { workspaceId: input.workspaceId, actorUserId: actor.userId, actor: actor.label, action: "api_key.revoke", subject: name });
  return true;
}
