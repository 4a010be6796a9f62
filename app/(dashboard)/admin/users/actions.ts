"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { createAccount, PASSWORD_MAX, PASSWORD_MIN } from "@/services/auth/passwords";
import { type ActionState, failed, ok, parseForm } from "@/app/_lib/action-state";
import { requireInstanceAdmin } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";

const account = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().email().max(320),
  password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX),
  isAdmin: z.literal("on").optional(),
});

/** An instance admin creates an account; workspace admins then add it to their workspaces. */
export async function createUserAccount(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const admin = await requireInstanceAdmin();
  const form = parseForm(account, formData);
  if ("error" in form) return form.error.values?.field === "password" ? failed("passwordLength", { min: PASSWORD_MIN }) : form.error;
  const { db } = await getRuntime();
  try {
    await createAccount(
      db,
      { name: form.data.name, email: form.data.email, password: form.data.password, isAdmin: form.data.isAdmin === "on" },
      { userId: admin.id, label: admin.email },
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return failed("emailTaken", { email: form.data.email });
    throw error;
  }
  revalidatePath("/admin/users");
  return ok("userCreated", { email: form.data.email });
}
