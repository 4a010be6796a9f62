"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { QUEUE_NAMES } from "@/jobs/queues";
import { requireInstanceAdmin } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";

const retryInput = z.object({ queue: z.enum(QUEUE_NAMES), id: z.string().min(1).max(500) });

/** The Retry button: puts a failed job back in its queue with fresh attempts. */
export async function retryFailedJob(formData: FormData): Promise<void> {
  await requireInstanceAdmin();
  const parsed = retryInput.safeParse({ queue: formData.get("queue"), id: formData.get("id") });
  if (!parsed.success) return;
  const { bus } = await getRuntime();
  await bus.retryJob(parsed.data.queue, parsed.data.id);
  revalidatePath("/admin/queues");
}
