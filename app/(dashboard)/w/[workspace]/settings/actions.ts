"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { isValidTimeZone } from "@/lib/time/zone";
import { issueApiKey, withdrawApiKey } from "@/services/admin/api-keys";
import { removeFromWorkspace, setMemberRole } from "@/services/admin/members";
import { saveWorkspaceSettings } from "@/services/admin/settings";
import { eraseBuyer } from "@/jobs/buyer-erasure";
import type { Actor } from "@/services/auth/passwords";
import { type ActionState, failed, ok, parseForm } from "@/app/_lib/action-state";
import { requireWorkspaceRole, type WorkspaceAccess } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";

/**
 * The settings pages' actions. Each starts with `requireWorkspaceRole(<the form's workspace>,
 * <capability>)`: the workspace id in the form is only trusted once the signed-in user is shown to
 * be a member with that capability, and every query below is scoped to that workspace.
 */
const actorOf = (access: WorkspaceAccess): Actor => ({ userId: access.user.id, label: access.user.email });
const settingsPath = (access: WorkspaceAccess, sub = "") => `/w/${access.workspace.id}/settings${sub}`;

const general = z.object({
  name: z.string().trim().min(1).max(200),
  timezone: z.string().trim().max(100).refine(isValidTimeZone),
  maskPersonalData: z.literal("on").optional(),
});

export async function saveGeneralSettings(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireWorkspaceRole(formData.get("workspace"), "settings.edit");
  const form = parseForm(general, formData);
  if ("error" in form) return form.error;
  const { changed, recomputing } = await saveWorkspaceSettings(
    await getRuntime(),
    access.workspace,
    { name: form.data.name, timezone: form.data.timezone, maskPersonalData: form.data.maskPersonalData === "on" },
    actorOf(access),
  );
  revalidatePath(`/w/${access.workspace.id}`, "layout");
  return ok(recomputing ? "settingsSavedRecompute" : changed > 0 ? "settingsSaved" : "nothingChanged");
}

const member = z.object({ email: z.string().trim().email().max(320), role: z.enum(ROLES) });

export async function addMember(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveMember(formData, true);
}

export async function changeMemberRole(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return saveMember(formData, false);
}

/** Adding a member and changing a member's role differ only in whether a newcomer may be added. */
async function saveMember(formData: FormData, addIfMissing: boolean): Promise<ActionState> {
  const access = await requireWorkspaceRole(formData.get("workspace"), "users.manage");
  const form = parseForm(member, formData);
  if ("error" in form) return form.error;
  const { db } = await getRuntime();
  const result = await setMemberRole(db, { workspaceId: access.workspace.id, ...form.data, addIfMissing }, actorOf(access));
  revalidatePath(settingsPath(access, "/members"));
  return memberAnswer(result, form.data.email);
}

export async function removeMember(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireWorkspaceRole(formData.get("workspace"), "users.manage");
  const form = parseForm(member.pick({ email: true }), formData);
  if ("error" in form) return form.error;
  const { db } = await getRuntime();
  const result = await removeFromWorkspace(db, { workspaceId: access.workspace.id, email: form.data.email }, actorOf(access));
  revalidatePath(settingsPath(access, "/members"));
  return memberAnswer(result, form.data.email);
}

function memberAnswer(result: string, email: string): ActionState {
  const answers: Record<string, ActionState> = {
    added: ok("memberAdded", { email }),
    changed: ok("memberChanged", { email }),
    unchanged: ok("nothingChanged"),
    removed: ok("memberRemoved", { email }),
    no_such_user: failed("noSuchUser", { email }),
    not_a_member: failed("notAMember", { email }),
    last_admin: failed("lastAdmin"),
  };
  return answers[result] ?? failed("invalid", { field: "form" });
}

const newKey = z.object({ name: z.string().trim().min(1).max(100), signed: z.literal("on").optional() });

export async function createApiKey(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireWorkspaceRole(formData.get("workspace"), "keys.manage");
  const form = parseForm(newKey, formData);
  if ("error" in form) return form.error;
  const { db } = await getRuntime();
  const created = await issueApiKey(db, { workspaceId: access.workspace.id, name: form.data.name, signed: form.data.signed === "on" }, actorOf(access));
  revalidatePath(settingsPath(access, "/api-keys"));
  const reveal = [{ label: "apiKey", value: created.key }];
  if (created.signingSecret) reveal.push({ label: "signingSecret", value: created.signingSecret });
  return ok("keyCreated", { name: form.data.name }, reveal);
}

export async function revokeApiKey(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireWorkspaceRole(formData.get("workspace"), "keys.manage");
  const form = parseForm(z.object({ key: z.uuid() }), formData);
  if ("error" in form) return form.error;
  const { db } = await getRuntime();
  const revoked = await withdrawApiKey(db, { workspaceId: access.workspace.id, keyId: form.data.key }, actorOf(access));
  revalidatePath(settingsPath(access, "/api-keys"));
  return revoked ? ok("keyRevoked") : failed("noSuchKey");
}

const buyer = z
  .object({ buyer: z.string().trim().min(1).max(500), confirm: z.string().trim().max(500) })
  .refine((v) => v.buyer === v.confirm, { path: ["confirm"] });

export async function deleteBuyer(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const access = await requireWorkspaceRole(formData.get("workspace"), "data.delete");
  const form = parseForm(buyer, formData);
  if ("error" in form) return form.error.values?.field === "confirm" ? failed("confirmMismatch") : form.error;
  const deleted = await eraseBuyer(await getRuntime(), {
    workspaceId: access.workspace.id,
    buyerId: form.data.buyer,
    actor: access.user.email,
    actorUserId: access.user.id,
  });
  revalidatePath(`/w/${access.workspace.id}`, "layout");
  const total = Object.values(deleted).reduce((a, b) => a + b, 0);
  return ok(total > 0 ? "buyerDeleted" : "buyerNotFound", { buyer: form.data.buyer, rows: total });
}
