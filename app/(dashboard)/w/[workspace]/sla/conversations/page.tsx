import { Badge, Card } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { channelName } from "@/app/(dashboard)/w/[workspace]/sla/_components/channel-name";
import { EmptyState } from "@/app/_components/empty-state";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { loadWorkspace } from "@/app/_server/workspace";
import { agentIdBySource } from "@/db/queries/agents";
import { listSlaConversations } from "@/db/queries/sla-conversations";
import { drillQuery, parseDrillParams } from "../search-params";

const PAGE_SIZE = 50;

export async function generateMetadata() {
  const t = await getTranslations("sla.drill");
  return { title: t("title") };
}

/** The conversations behind a number of the SLA page, with the same filter as the number. */
export default async function SlaConversationsPage(props: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId } = await props.params;
  const workspace = await loadWorkspace(workspaceId);
  const raw = await props.searchParams;
  const p = parseDrillParams(raw);
  const [t, tc, f] = await Promise.all([getTranslations("sla.drill"), getTranslations("sla.channels"), getFormatters()]);
  const back = workspaceHref(workspace.id, "/sla");
  if (!p) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("badLink")}>
          <Link href={back} className="text-indigo-600 hover:underline">{t("back")}</Link>
        </EmptyState>
      </>
    );
  }
  const { db } = await getRuntime();
  const agentId = p.agent ? await agentIdBySource(db, workspace.id, p.agent) : null;
  const { rows, total, breached } = await listSlaConversations(
    db,
    {
      workspaceId: workspace.id,
      timeZone: workspace.timezone,
      from: p.from,
      to: p.to,
      hours: p.hours,
      targetSeconds: workspace.slaTargetSeconds,
      now: new Date(),
      agentId: p.agent ? (agentId ?? -1) : null,
      unassigned: false,
      channel: p.channel,
      market: p.market && p.market !== "none" ? p.market : undefined,
      noMarket: p.market === "none",
      weekStart: p.week,
      band: p.band,
      breached: p.breached === "1",
      unanswered: p.unanswered === "1",
      zone: p.zone,
      hour: p.hour,
    },
    { limit: PAGE_SIZE, before: p.before },
  );
  const days = t("days").split(",");
  const chips = [
    t("chips.range", { from: p.from, to: p.to }),
    t(`chips.hours.${p.hours}`),
    p.agent && t("chips.agent", { agent: p.agent }),
    p.channel && t("chips.channel", { channel: channelName(tc, p.channel) }),
    p.market && t("chips.market", { market: p.market === "none" ? t("noMarket") : p.market }),
    p.week && t("chips.week", { week: p.week }),
    p.band !== undefined && t("chips.band", { band: t(`bands.${p.band}` as "bands.0") }),
    p.breached && t("chips.breached", { target: f.duration(workspace.slaTargetSeconds) }),
    p.unanswered && t("chips.unanswered"),
    p.zone && p.hour !== undefined && t(`chips.${p.zone}Hour`, { day: days[Math.floor(p.hour / 24)] ?? "", hour: p.hour % 24 }),
  ].filter(Boolean) as string[];
  const last = rows.at(-1);
  const { before: _before, ...rest } = raw;
  const next = last && rows.length === PAGE_SIZE ? `?${drillQuery({ from: p.from, to: p.to, hours: p.hours }, { ...(rest as Record<string, string>), before: `${last.firstBuyerAt.getTime()}:${last.id}` })}` : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { count: total, breached })}
        actions={<Link href={back} className="text-sm font-medium text-indigo-600 hover:underline">{t("back")}</Link>}
      />
      <ul className="mb-4 flex flex-wrap gap-2" aria-label={t("filters")}>
        {chips.map((c) => (
          <li key={c} className="rounded-full bg-indigo-50 px-2.5 py-0.5 text-xs font-medium text-indigo-700">{c}</li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-gray-200 text-left text-xs text-gray-500">
                {(["conversation", "started", "agent", "channel", "market", "frt", "botAck", "status", "converted"] as const).map((c) => (
                  <th key={c} scope="col" className={`px-4 py-2 font-medium ${["frt", "botAck"].includes(c) ? "text-right" : ""}`}>{t(`columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-100 last:border-0 hover:bg-gray-50">
                  <td className="px-4 py-2">
                    <Link href={`${workspaceHref(workspace.id, `/sla/conversations/${r.id}`)}?hours=${p.hours}`} className="font-medium text-indigo-700 hover:underline">
                      {r.sourceId}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-4 py-2 text-gray-600">{f.compactDateTime(r.firstBuyerAt, workspace.timezone)}</td>
                  <td className="px-4 py-2">{r.agentName ?? <span className="text-gray-400">—</span>}</td>
                  <td className="px-4 py-2">{channelName(tc, r.channel)}</td>
                  <td className="px-4 py-2">{r.market ?? "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{r.frtS === null ? "—" : f.duration(r.frtS)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{r.botAckS === null ? "—" : f.duration(r.botAckS)}</td>
                  <td className="px-4 py-2">
                    {r.unanswered ? <Badge color="amber" size="xs">{t("unanswered")}</Badge> : null}{" "}
                    {r.breached ? <Badge color="red" size="xs">{t("breached")}</Badge> : <Badge color="emerald" size="xs">{t("withinTarget")}</Badge>}
                  </td>
                  <td className="px-4 py-2">{r.converted ? t("yes") : t("no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {next && (
        <div className="mt-4">
          <Link href={next} className="text-sm font-medium text-indigo-600 hover:underline">{t("more")}</Link>
        </div>
      )}
    </>
  );
}
