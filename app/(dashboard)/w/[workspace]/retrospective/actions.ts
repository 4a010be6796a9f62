"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addAction, addNote, deleteNote, updateAction } from "@/db/queries/retro";
import { workspaceHref } from "@/app/_components/nav";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";

/**
 * The retrospective's writes: notes and action items of a week. Every input is parsed here;
 * a malformed form is ignored rather than half-applied.
 */
const week = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v));
const base = z.object({ workspace: z.uuid(), week });

const noteSchema = base.extend({ body: z.string().trim().min(1).max(4_000), author: optionalText(100), topic: optionalText(120) });
const deleteSchema = base.extend({ id: z.coerce.number().int().positive() });
const actionSchema = base.extend({ title: z.string().trim().min(1).max(500), owner: optionalText(100), topic: optionalText(120) });
const updateSchema = base.extend({
  id: z.coerce.number().int().positive(),
  status: z.enum(["open", "in_progress", "done", "dropped"]),
  owner: optionalText(100),
});

/**
 * Checks the signed-in user may write this workspace's retrospective (404 for a workspace they do
 * not belong to, 403 without `retro.notes`), parses the form with `schema`, runs `write` and
 * refreshes the page; a malformed form changes nothing.
 */
async function handle<T extends z.ZodType<{ workspace: string }>>(
  schema: T,
  form: FormData,
  write: (db: Awaited<ReturnType<typeof getRuntime>>["db"], data: z.infer<T>) => Promise<void>,
): Promise<void> {
  await requireWorkspaceRole(form.get("workspace"), "retro.notes");
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { db } = await getRuntime();
  await write(db, parsed.data);
  revalidatePath(workspaceHref(parsed.data.workspace, "/retrospective"));
}

export async function addNoteAction(form: FormData): Promise<void> {
  await handle(noteSchema, form, (db, d) =>
    addNote(db, { workspaceId: d.workspace, weekStart: d.week, topicKey: d.topic, body: d.body, author: d.author }),
  );
}

export async function deleteNoteAction(form: FormData): Promise<void> {
  await handle(deleteSchema, form, (db, d) => deleteNote(db, d.workspace, d.id));
}

export async function addActionAction(form: FormData): Promise<void> {
  await handle(actionSchema, form, (db, d) =>
    addAction(db, { workspaceId: d.workspace, weekStart: d.week, topicKey: d.topic, title: d.title, owner: d.owner }),
  );
}

export async function updateActionAction(form: FormData): Promise<void> {
  await handle(updateSchema, form, (db, d) =>
    updateAction(db, { workspaceId: d.workspace, id: d.id, status: d.status, owner: d.owner, weekStart: d.week }),
  );
}
