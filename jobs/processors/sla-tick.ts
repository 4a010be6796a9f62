import {
  type AlertWorkspace,
  claimAlert,
  getAboutToBreach,
  getAlertWorkspaces,
  getLastHourBreaches,
  settleAlert,
} from "../../db/queries/live";
import { analyzeStaleTables } from "../../db/queries/maintenance";
import { unfinishedRecomputes } from "../../db/queries/recomputes";
import { workspacesWithDirtyWeeks } from "../../db/queries/sla-rollups";
import { workspacesWithDirtyTemplateDays } from "../../db/queries/template-outcomes";
import { env } from "../../lib/env";
import { aboutToBreachAlert, breachRateAlert, type SlaAlert } from "../../lib/sla/alerts";
import type { JobContext } from "../context";
import { log } from "../log";
import type { SlaTickPayload } from "../schemas";
import { requestSlotted } from "../slots";
import { deliverWebhook } from "../webhook";

/** A webhook that does not answer within this long is tried again at the next tick: 10 s. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** Below this many conversations in the hour a breach rate says little: no alert. */
const MIN_HOURLY_CONVERSATIONS = 5;

/**
 * Every minute: warn each workspace's webhook about conversations about to breach and about a
 * last hour whose breach rate passed its threshold (each alert once), rebuild SLA rollups and
 * template outcomes nobody asked for yet, resume recomputations whose job was lost with a process, and refresh planner
 * statistics that fell behind.
 */
export async function processSlaTick(ctx: JobContext, _payload: SlaTickPayload, now = new Date()): Promise<{ alerts: number }> {
  const analyzed = await analyzeStaleTables(ctx.db);
  if (analyzed.length > 0) log("db.analyzed", { tables: analyzed });
  for (const workspaceId of await workspacesWithDirtyWeeks(ctx.db)) await requestSlotted(ctx.bus, "refresh-sla-rollups", workspaceId);
  for (const workspaceId of await workspacesWithDirtyTemplateDays(ctx.db)) await requestSlotted(ctx.bus, "rollup-template-outcomes", workspaceId);
  for (const r of await unfinishedRecomputes(ctx.db)) await ctx.bus.enqueue("recompute-facts", { recomputeId: r.id, page: r.page });
  let alerts = 0;
  for (const workspace of await getAlertWorkspaces(ctx.db)) alerts += await alertWorkspace(ctx, workspace, now);
  return { alerts };
}

async function alertWorkspace(ctx: JobContext, workspace: AlertWorkspace, now: Date): Promise<number> {
  const pending: { kind: string; ref: string; alert: SlaAlert }[] = [];
  for (const c of await getAboutToBreach(ctx.db, { workspaceId: workspace.id, now, leadSeconds: workspace.leadSeconds })) {
    pending.push({ kind: "about_to_breach", ref: String(c.id), alert: aboutToBreachAlert(workspace, c, now) });
  }
  const hour = await getLastHourBreaches(ctx.db, { workspaceId: workspace.id, now, targetSeconds: workspace.targetSeconds });
  if (hour.conversations >= MIN_HOURLY_CONVERSATIONS && hour.breaches / hour.conversations > workspace.breachRate) {
    // One alert per clock hour while the rate stays above the threshold.
    const ref = now.toISOString().slice(0, 13);
    pending.push({ kind: "breach_rate", ref, alert: breachRateAlert(workspace, hour, now) });
  }
  let sent = 0;
  for (const { kind, ref, alert } of pending) {
    if (!(await claimAlert(ctx.db, workspace.id, kind, ref))) continue;
    const status = await deliverWebhook(workspace.webhookUrl, alert, { allowPrivate: env().WEBHOOK_ALLOW_PRIVATE_NETWORKS, timeoutMs: WEBHOOK_TIMEOUT_MS });
    await settleAlert(ctx.db, workspace.id, kind, ref, status);
    if (status !== null && status < 300) sent++;
    else log("sla.webhook-failed", { workspace: workspace.id, kind, status });
  }
  return sent;
}
