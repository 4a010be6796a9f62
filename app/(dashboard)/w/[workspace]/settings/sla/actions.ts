"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { workspaceHref } from "@/app/_components/nav";
import { getRuntime } from "@/app/_server/runtime";
import { createRecompute } from "@/db/queries/recomputes";
import { updateSlaSettings } from "@/db/queries/sla-settings";
import { getWorkspace } from "@/db/queries/workspaces";
import { parseHolidays, parseMarketCalendars, parseSchedule } from "@/lib/sla/schedule-text";

const form = z.object({
  workspaceId: z.uuid(),
  targetSeconds: z.coerce.number().int().min(1).max(30 * 86_400),
  schedule: z.string().max(5_000),
  holidays: z.string().max(20_000),
  markets: z.string().max(20_000),
  webhookUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]),
  alertBreachPercent: z.coerce.number().min(0).max(100),
  alertLeadSeconds: z.coerce.number().int().min(0).max(86_400),
});

/**
 * Saves the SLA settings. When anything the clock depends on changed (target, hours, holidays,
 * market calendars), every conversation is recomputed in the background; the page shows progress.
 */
export async function saveSlaSettings(formData: FormData): Promise<void> {
  const parsed = form.safeParse(Object.fromEntries(formData));
  const workspaceId = String(formData.get("workspaceId") ?? "");
  const back = (query: Record<string, string>) => `${workspaceHref(workspaceId, "/settings/sla")}?${new URLSearchParams(query)}`;
  if (!parsed.success) redirect(back({ error: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ") }));
  const input = parsed.data;
  const schedule = parseSchedule(input.schedule);
  const holidays = parseHolidays(input.holidays);
  const markets = parseMarketCalendars(input.markets);
  const error = [schedule, holidays, markets].find((p) => !p.ok);
  if (error && !error.ok) redirect(back({ error: error.error }));
  if (!schedule.ok || !holidays.ok || !markets.ok) return;
  const rt = await getRuntime();
  if (!(await getWorkspace(rt.db, input.workspaceId))) redirect(back({ error: "workspace not found" }));
  const { clockChanged } = await updateSlaSettings(rt.db, input.workspaceId, {
    targetSeconds: input.targetSeconds,
    businessHours: schedule.value,
    holidays: holidays.value,
    marketCalendars: markets.value,
    webhookUrl: input.webhookUrl || null,
    alertBreachRate: input.alertBreachPercent / 100,
    alertLeadSeconds: input.alertLeadSeconds,
  });
  if (clockChanged) {
    const recompute = await createRecompute(rt.db, input.workspaceId, "settings");
    await rt.bus.enqueue("recompute-facts", { recomputeId: recompute.id, page: 0 });
  }
  redirect(back({ saved: clockChanged ? "recompute" : "1" }));
}
