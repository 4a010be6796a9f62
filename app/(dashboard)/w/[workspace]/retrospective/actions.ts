"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addAction, addNote, deleteNote, updateAction } from "@/db/queries/retro";
import { getWorkspace } from "@/db/queries/workspaces";
import { workspaceHref } from "@/app/_components/nav";
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

async function parse<T extends z.ZodTypeAny>(schema: T, form: FormData): Promise<{ data: z.infer<T>; path: string } | null> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return null;
  const { db } = await getRuntime();
  const data = parsed.data as z.infer<T> & { workspace: string };
  if (!(await getWorkspace(db, data.workspace))) return null;
  return { data, path: workspaceHref(data.workspace, "/retrospective") };
}

export async function addNoteAction(form: FormData): Promise<void> {
  const parsed = await parse(noteSchema, form);
  if (!parsed) return;
  const { data } = parsed;
  const { db } = await getRuntime();
  await addNote(db, { workspaceId: data.workspace, weekStart: data.week, topicKey: data.topic, body: data.body, author: data.author });
  revalidatePath(parsed.path);
}

export async function deleteNoteAction(form: FormData): Promise<void> {
  const parsed = await parse(deleteSchema, form);
  if (!parsed) return;
  const { db } = await getRuntime();
  await deleteNote(db, parsed.data.workspace, parsed.data.id);
  revalidatePath(parsed.path);
}

export async function addActionAction(form: FormData): Promise<void> {
  const parsed = await parse(actionSchema, form);
  if (!parsed) return;
  const { data } = parsed;
  const { db } = await getRuntime();
  await addAction(db, { workspaceId: data.workspace, weekStart: data.week, topicKey: data.topic, title: data.title, owner: data.owner });
  revalidatePath(parsed.path);
}

export async function updateActionAction(form: FormData): Promise<void> {
  const parsed = await parse(updateSchema, form);
  if (!parsed) return;
  const { data } = parsed;
  const { db } = await getRuntime();
  await updateAction(db, { workspaceId: data.workspace, id: data.id, status: data.status, owner: data.owner, weekStart: data.week });
  revalidatePath(parsed.path);
}
