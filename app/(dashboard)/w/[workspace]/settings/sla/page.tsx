import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/app/_components/action-form";
import { AutoRefresh } from "@/app/_components/auto-refresh";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { latestRecompute } from "@/db/queries/recomputes";
import { getSlaSettings } from "@/db/queries/sla-settings";
import { formatMarketCalendars, formatSchedule } from "@/lib/sla/schedule-text";
import { saveSlaSettings } from "./actions";

/** While a recomputation runs, the progress refreshes this often: 2 s. */
const REFRESH_MS = 2_000;

export async function generateMetadata() {
  const t = await getTranslations("slaSettings");
  return { title: t("title") };
}

export default async function SlaSettingsPage(props: { params: Promise<{ workspace: string }> }) {
  const { workspace: workspaceId } = await props.params;
  const { workspace } = await requireWorkspaceRole(workspaceId, "sla.settings");
  const { db } = await getRuntime();
  const [t, f, settings, recompute] = await Promise.all([
    getTranslations("slaSettings"),
    getFormatters(),
    getSlaSettings(db, workspace.id),
    latestRecompute(db, workspace.id),
  ]);
  const running = recompute !== null && (recompute.state === "queued" || recompute.state === "running");
  const field = "mt-1 block w-full rounded-md border-gray-300 text-sm shadow-sm focus:border-indigo-500 focus:ring-indigo-500";
  const label = "block text-sm font-medium text-gray-800";
  const help = "mt-1 text-xs text-gray-500";
  return (
    <>
      <AutoRefresh active={running} intervalMs={REFRESH_MS} />
      <p className="mb-4 max-w-3xl text-sm text-gray-600">{t("description", { workspace: workspace.name, zone: workspace.timezone })}</p>
      {recompute && (
        <Card className="mb-6 p-5" aria-live="polite">
          <h2 className="text-sm font-semibold text-gray-900">{t("recompute.title")}</h2>
          <p className="mt-1 text-xs text-gray-500">{t("recompute.description")}</p>
          <div className="mt-3 flex items-center gap-3">
            <div className="h-2 w-full max-w-md overflow-hidden rounded-full bg-gray-200" role="progressbar" aria-valuemin={0} aria-valuemax={recompute.total} aria-valuenow={recompute.done}>
              <div
                className={`h-full rounded-full ${recompute.state === "failed" ? "bg-red-500" : "bg-indigo-600"}`}
                style={{ width: `${recompute.total > 0 ? Math.min(100, (100 * recompute.done) / recompute.total) : 100}%` }}
              />
            </div>
            <span className="text-sm tabular-nums text-gray-700" data-testid="recompute-progress">
              {t(`recompute.states.${recompute.state}`, { done: f.number(recompute.done), total: f.number(recompute.total) })}
            </span>
          </div>
          <p className="mt-2 text-xs text-gray-500">
            {t("recompute.started", { time: f.dateTime(recompute.createdAt, workspace.timezone) })}
            {recompute.finishedAt && ` · ${t("recompute.finished", { time: f.dateTime(recompute.finishedAt, workspace.timezone) })}`}
            {recompute.error && ` · ${recompute.error}`}
          </p>
        </Card>
      )}
      <ActionForm action={saveSlaSettings} submitLabel={t("save")} keepValues className="space-y-6">
        <input type="hidden" name="workspaceId" value={workspace.id} />
        <Card className="space-y-5 p-5">
          <h2 className="text-sm font-semibold text-gray-900">{t("sections.target")}</h2>
          <div className="max-w-xs">
            <label htmlFor="targetSeconds" className={label}>{t("target.label")}</label>
            <input id="targetSeconds" name="targetSeconds" type="number" min={1} required defaultValue={settings.targetSeconds} className={field} />
            <p className={help}>{t("target.help", { now: f.duration(settings.targetSeconds) })}</p>
          </div>
        </Card>
        <Card className="space-y-5 p-5">
          <h2 className="text-sm font-semibold text-gray-900">{t("sections.hours")}</h2>
          <div>
            <label htmlFor="schedule" className={label}>{t("schedule.label", { zone: workspace.timezone })}</label>
            <textarea id="schedule" name="schedule" rows={4} defaultValue={formatSchedule(settings.businessHours)} className={`${field} font-mono`} />
            <p className={help}>{t("schedule.help")}</p>
          </div>
          <div>
            <label htmlFor="holidays" className={label}>{t("holidays.label")}</label>
            <textarea id="holidays" name="holidays" rows={2} defaultValue={settings.holidays.join(" ")} className={`${field} font-mono`} />
            <p className={help}>{t("holidays.help")}</p>
          </div>
          <div>
            <label htmlFor="markets" className={label}>{t("markets.label")}</label>
            <textarea id="markets" name="markets" rows={3} defaultValue={formatMarketCalendars(settings.marketCalendars)} className={`${field} font-mono`} placeholder="DE | Europe/Berlin | Mon-Fri 08:00-17:00 | 2026-12-24 2026-12-25" />
            <p className={help}>{t("markets.help")}</p>
          </div>
        </Card>
        <Card className="space-y-5 p-5">
          <h2 className="text-sm font-semibold text-gray-900">{t("sections.alerts")}</h2>
          <div>
            <label htmlFor="webhookUrl" className={label}>{t("webhook.label")}</label>
            <input id="webhookUrl" name="webhookUrl" type="url" defaultValue={workspace.webhookUrl ?? ""} placeholder="https://example.com/hooks/sla" className={field} />
            <p className={help}>{t("webhook.help")}</p>
          </div>
          <div className="grid max-w-xl gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="alertBreachPercent" className={label}>{t("threshold.label")}</label>
              <input id="alertBreachPercent" name="alertBreachPercent" type="number" min={0} max={100} step="any" defaultValue={Math.round(workspace.alertBreachRate * 1000) / 10} className={field} />
              <p className={help}>{t("threshold.help")}</p>
            </div>
            <div>
              <label htmlFor="alertLeadSeconds" className={label}>{t("lead.label")}</label>
              <input id="alertLeadSeconds" name="alertLeadSeconds" type="number" min={0} defaultValue={workspace.alertLeadSeconds} className={field} />
              <p className={help}>{t("lead.help")}</p>
            </div>
          </div>
        </Card>
        <p className="text-xs text-gray-500">{t("saveHelp")}</p>
      </ActionForm>
    </>
  );
}
