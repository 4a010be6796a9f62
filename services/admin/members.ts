import type { Database } from "../../db/client";
import { recordAudit } from "../../db/queries/audit";
import { countAdmins, findUserByEmail, getMembership, removeMember, setMember } from "../../db/queries/users";
import type { Role } from "../../lib/auth/roles";
import type { Actor } from "../auth/passwords";

export type MemberChange = "added" | "changed" | "unchanged" | "no_such_user" | "not_a_member" | "last_admin";

/**
 * Gives a person a role in a workspace (adding them if needed), audited. A workspace always keeps
 * at least one admin: taking the role from the last one is refused.
 */
export async function setMemberRole(
  db: Database,
  input: { workspaceId: string; email: string; role: Role; addIfMissing: boolean },
  actor: Actor,
): Promise<MemberChange> {
  const user = await findUserByEmail(db, input.email);
  if (!user) return "no_such_user";
  const current = await getMembership(db, input.workspaceId, user.id);
  if (!current && !input.addIfMissing) return "not_a_member";
  if (current?.role === input.role) return "unchanged";
  if (current?.role === "admin" && (await countAdmins(db, input.workspaceId)) <= 1) return "last_admin";
  await setMember(db, input.workspaceId, user.id, input.role);
  await recordAudit(db, {
    workspaceId: input.workspaceId,
    actorUserId: actor.userId,
    actor: actor.label,
    action: current ? "member.role" : "member.add",
    subject: user.email,
    details: current ? { from: current.role, to: input.role } : { role: input.role },
  });
  return current ? "changed" : "added";
}

export async function removeFromWorkspace(
  db: Database,
  input: { workspaceId: string; email: string },
  actor: Actor,
): Promise<"removed" | "not_a_member" | "last_admin"> {
  const user = await findUserByEmail(db, input.email);
  const current = user ? await getMembership(db, input.workspaceId, user.id) : null;
  if (!user || !current) return "not_a_member";
  if (current.role === "admin" && (await countAdmins(db, input.workspaceId)) <= 1) return "last_admin";
  await removeMember(db, input.workspaceId, user.id);
  await recordAudit(db, {
    workspaceId: input.workspaceId,
    actorUserId: actor.userId,
    actor: actor.label,
    action: "member.remove",
    subject: user.email,
    details: { role: current.role },
  });
  return "removed";
}
