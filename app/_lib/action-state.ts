import type { z } from "zod";

/**
 * What a form's server action answers (forms use it with useActionState through ActionForm):
 * whether it worked, a message key under `actions` in messages/*.json with its values, and,
 * for secrets shown once (a new API key), what to reveal.
 */
export interface ActionState {
  status: "idle" | "ok" | "error";
  message?: string;
  values?: Record<string, string | number>;
  reveal?: { label: string; value: string }[];
}

export const IDLE: ActionState = { status: "idle" };

export const ok = (message: string, values?: ActionState["values"], reveal?: ActionState["reveal"]): ActionState => ({
  status: "ok",
  message,
  values,
  reveal,
});

export const failed = (message: string, values?: ActionState["values"]): ActionState => ({ status: "error", message, values });

/** The form's fields, parsed; a field that does not parse is the `invalid` answer. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): { data: z.infer<S> } | { error: ActionState } {
  const raw: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData) if (!key.startsWith("$")) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return { error: failed("invalid", { field: String(issue?.path[0] ?? "form") }) };
}
