import { Badge, Card } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { channelName } from "@/app/(dashboard)/w/[workspace]/sla/_components/channel-name";
import { AutoRefresh } from "@/app/_components/auto-refresh";
import { EmptyState } from "@/app/_components/empty-state";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { getLatestBuyerMessageAt, getWaitingConversations } from "@/db/queries/live";

/** How often the page refreshes itself: 15 s. */
const REFRESH_MS = 15_000;
/** Conversations older than this are history (in the reports), not the current queue: 24 h. */
const WINDOW_HOURS = 24;

export async function generateMetadata() {
  const t = await getTranslations("sla.live");
  return { title: t("title") };
}

/** Conversations waiting for a first reply right now, the closest to breaching first. */
export default async function LivePage(props: { params: Promise<{ workspace: string }> }) {
  const { workspace: workspaceId } = await props.params;
  const access = await requireWorkspaceRole(workspaceId, "view");
  const { workspace } = access;
  const { db } = await getRuntime();
  const now = new Date();
  const [t, tc, f, waiting, latest] = await Promise.all([
    getTranslations("sla.live"),
    getTranslations("sla.channels"),
    getFormatters(),
    getWaitingConversations(db, { workspaceId: workspace.id, now, windowHours: WINDOW_HOURS, limit: 200 }),
    getLatestBuyerMessageAt(db, workspace.id),
  ]);
  const settings = workspaceHref(workspace.id, "/settings/sla");
  const stale = latest === null || now.getTime() - latest.getTime() > WINDOW_HOURS * 3_600_000;
  return (
    <>
      <AutoRefresh active intervalMs={REFRESH_MS} />
      <PageHeader
        title={t("title")}
        description={t("description", { hours: WINDOW_HOURS, target: f.duration(workspace.slaTargetSeconds) })}
        actions={<Link href={workspaceHref(workspace.id, "/sla")} className="text-sm font-medium text-indigo-600 hover:underline">{t("back")}</Link>}
      />
      <p className="mb-4 text-xs text-gray-500">
        {t("refreshed", { time: f.dateTime(now, workspace.timezone) })}{" "}
        {workspace.webhookUrl ? t("webhookOn", { lead: f.duration(workspace.alertLeadSeconds) }) : t("webhookOff")}{" "}
        {access.can("sla.settings") && <Link href={settings} className="text-indigo-600 hover:underline">{t("settings")}</Link>}
      </p>
      {waiting.length === 0 ? (
        <EmptyState title={stale ? t("empty.staleTitle") : t("empty.title")}>
          {stale
            ? latest === null
              ? t("empty.noData")
              : t("empty.stale", { latest: f.dateTime(latest, workspace.timezone), hours: WINDOW_HOURS })
            : t("empty.body")}
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-gray-200 text-left text-xs text-gray-500">
                {(["conversation", "waiting", "left", "channel", "market", "bot"] as const).map((c) => (
                  <th key={c} scope="col" className="px-4 py-2 font-medium">{t(`columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {waiting.map((w) => {
                const left = (w.breachAt.getTime() - now.getTime()) / 1000;
                return (
                  <tr key={w.id} className="border-b border-gray-100 last:border-0">
                    <td className="px-4 py-2">
                      <Link href={workspaceHref(workspace.id, `/sla/conversations/${w.id}`)} className="font-medium text-indigo-700 hover:underline">{w.sourceId}</Link>
                    </td>
                    <td className="px-4 py-2 tabular-nums">{f.duration((now.getTime() - w.firstBuyerAt.getTime()) / 1000)}</td>
                    <td className="px-4 py-2">
                      {left < 0 ? (
                        <Badge color="red" size="xs">{t("overdue", { time: f.duration(-left) })}</Badge>
                      ) : (
                        <Badge color={left < workspace.alertLeadSeconds ? "amber" : "emerald"} size="xs">{t("left", { time: f.duration(left) })}</Badge>
                      )}
                    </td>
                    <td className="px-4 py-2">{channelName(tc, w.channel)}</td>
                    <td className="px-4 py-2">{w.market ?? "—"}</td>
                    <td className="px-4 py-2">{w.firstBotAt ? t("botYes") : t("botNo")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}
