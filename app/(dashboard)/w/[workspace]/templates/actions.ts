"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createTemplate, getTemplate, setTemplateArchived, updateTemplate } from "@/db/queries/templates";
import { startTemplateRedetection } from "@/jobs/template-detection";
import { workspaceHref } from "@/app/_components/nav";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";
import { SCENARIOS } from "@/lib/ingest/records";

const templateInput = z.object({
  workspaceId: z.uuid(),
  name: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(10_000),
  scenario: z.enum(SCENARIOS).nullable(),
  language: z
    .string()
    .trim()
    .max(20)
    .transform((v) => (v === "" ? null : v.toLowerCase())),
});

const templateRef = z.object({ workspaceId: z.uuid(), id: z.coerce.number().int().positive() });

function readTemplate(formData: FormData) {
  const scenario = formData.get("scenario");
  return templateInput.safeParse({
    workspaceId: formData.get("workspaceId"),
    name: formData.get("name"),
    text: formData.get("text"),
    scenario: typeof scenario === "string" && scenario !== "" ? scenario : null,
    language: formData.get("language") ?? "",
  });
}

/** Only members whose role may edit templates get past this (404 for other workspaces, 403 for other roles). */
async function authorize(formData: FormData) {
  await requireWorkspaceRole(formData.get("workspaceId"), "templates.edit");
  return getRuntime();
}

/** Any change to a template's text changes what counts as its use: detect again, in the background. */
async function afterTextChange(workspaceId: string): Promise<void> {
  const { db, bus } = await getRuntime();
  await startTemplateRedetection(db, bus, workspaceId);
  revalidatePath(workspaceHref(workspaceId, "/templates"), "layout");
}

export async function createTemplateAction(formData: FormData): Promise<void> {
  const rt = await authorize(formData);
  const parsed = readTemplate(formData);
  if (!parsed.success) redirect(`${workspaceHref(String(formData.get("workspaceId")), "/templates/library")}?error=invalid`);
  const { workspaceId, ...input } = parsed.data;
  const id = await createTemplate(rt.db, workspaceId, input);
  await afterTextChange(workspaceId);
  redirect(`${workspaceHref(workspaceId, `/templates/library/${id}`)}?saved=1`);
}

export async function updateTemplateAction(formData: FormData): Promise<void> {
  const rt = await authorize(formData);
  const ref = templateRef.safeParse({ workspaceId: formData.get("workspaceId"), id: formData.get("id") });
  const parsed = readTemplate(formData);
  if (!ref.success) redirect("/");
  const href = workspaceHref(ref.data.workspaceId, `/templates/library/${ref.data.id}`);
  if (!parsed.success) redirect(`${href}?error=invalid`);
  const { workspaceId: _workspaceId, ...input } = parsed.data;
  const saved = await updateTemplate(rt.db, ref.data.workspaceId, ref.data.id, input);
  if (!saved.found) redirect(workspaceHref(ref.data.workspaceId, "/templates/library"));
  if (saved.newVersion) await afterTextChange(ref.data.workspaceId);
  else revalidatePath(workspaceHref(ref.data.workspaceId, "/templates"), "layout");
  redirect(`${href}?saved=${saved.newVersion ? "version" : "1"}`);
}

export async function setArchivedAction(formData: FormData): Promise<void> {
  const rt = await authorize(formData);
  const ref = templateRef.safeParse({ workspaceId: formData.get("workspaceId"), id: formData.get("id") });
  const archived = formData.get("archived") === "true";
  if (!ref.success) return;
  if (!(await getTemplate(rt.db, ref.data.workspaceId, ref.data.id))) return;
  await setTemplateArchived(rt.db, ref.data.workspaceId, ref.data.id, archived);
  revalidatePath(workspaceHref(ref.data.workspaceId, "/templates"), "layout");
}
