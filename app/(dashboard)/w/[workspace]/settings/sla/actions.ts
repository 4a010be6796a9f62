"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceHref } from "@/app/_components/nav";
import { type ActionState, failed, ok } from "@/app/_lib/action-state";
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
 * A refusal answers with the reason and leaves the form as typed.
 */
export async function saveSlaSettings(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { workspace } = await requireWorkspaceRole(formData.get("workspaceId"), "sla.settings");
  const parsed = form.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return failed("slaNotSaved", { error: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("; ") });
  const input = parsed.data;
  const schedule = parseSchedule(input.schedule);
  const holidays = parseHolidays(input.holidays);
  const markets = parseMarketCalendars(input.markets);
  if (!schedule.ok || !holidays.ok || !markets.ok) {
    const refused = [schedule, holidays, markets].find((p) => !p.ok);
    return failed("slaNotSaved", { error: refused && !refused.ok ? refused.error : "" });
  }
  const rt = await getRuntime();
  const { clockChanged } = await updateSlaSettings(rt.db, workspace.id, {
    targetSeconds: input.targetSeconds,
    businessHours: schedule.value,
    holidays: holidays.value,
    marketCalendars: markets.value,
    webhookUrl: input.webhookUrl || null,
    alertBreachRate: input.alertBreachPercent / 100,
    alertLeadSeconds: input.alertLeadSeconds,
  });
  if (clockChanged) await startFactsRecompute(rt.db, rt.bus, workspace.id, "settings");
  revalidatePath(workspaceHref(workspace.id, "/settings/sla"));
  return ok(clockChanged ? "slaSavedRecompute" : "slaSaved");
}
