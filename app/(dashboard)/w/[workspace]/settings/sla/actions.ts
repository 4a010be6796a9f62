"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { workspaceHref } from "@/app/_components/nav";
import { getRuntime } from "@/app/_server/runtime";
import { updateSlaSettings } from "@/db/queries/sla-settings";
import { startFactsRecompute } from "@/jobs/facts-recompute";
import { requireWorkspaceRole } from "@/app/_server/auth";
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
  await requireWorkspaceRole(formData.get("workspaceId"), "sla.settings");
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
  const { clockChanged } = await updateSlaSettings(rt.db, input.workspaceId, {
    targetSeconds: input.targetSeconds,
    businessHours: schedule.value,
    holidays: holidays.value,
    marketCalendars: markets.value,
    webhookUrl: input.webhookUrl || null,
    alertBreachRate: input.alertBreachPercent / 100,
    alertLeadSeconds: input.alertLeadSeconds,
  });
  if (clockChanged) await startFactsRecompute(rt.db, rt.bus, input.workspaceId, "settings");
  redirect(back({ saved: clockChanged ? "recompute" : "1" }));
}
