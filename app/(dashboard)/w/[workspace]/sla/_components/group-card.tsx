import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { workspaceHref } from "@/app/_components/nav";
import { SortableTable } from "@/app/_components/sortable-table";
import { getFormatters } from "@/app/_server/format";
import { agentSourceIds } from "@/db/queries/agents";
import type { FirstResponseGroup } from "@/db/queries/first-response";
import { getRuntime } from "@/app/_server/runtime";
import { drillQuery } from "../search-params";
import { channelName } from "./channel-name";
import { loadSla, type SlaView } from "./sla-data";

type Kind = "agents" | "channels" | "markets";

/**
 * Per agent, channel or market: conversations, p50, p90, breach rate, conversion rate; channels
 * also show time to resolution and messages per conversation. Every number drills down.
 */
export async function GroupCard({ view, kind }: { view: SlaView; kind: Kind }) {
  const [t, tc, f, data] = await Promise.all([
    getTranslations("sla.groups"),
    getTranslations("sla.channels"),
    getFormatters(),
    loadSla(view.workspace, view.from, view.to, view.hours),
  ]);
  const groups = kind === "agents" ? data.agents : kind === "channels" ? data.channels : data.markets;
  const { db } = await getRuntime();
  const agents = kind === "agents" ? await agentSourceIds(db, groups.flatMap((g) => (g.key ? [Number(g.key)] : []))) : null;
  const base = workspaceHref(view.workspace.id, "/sla/conversations");
  const filterOf = (g: FirstResponseGroup): Record<string, string> => {
    if (kind === "agents") return g.key ? { agent: agents?.get(Number(g.key))?.sourceId ?? g.key } : { unanswered: "1" };
    if (kind === "channels") return { channel: g.key };
    return g.key ? { market: g.key } : { market: "none" };
  };
  const link = (g: FirstResponseGroup, extra: Record<string, string> = {}) =>
    `${base}?${drillQuery({ from: view.from, to: view.to, hours: view.hours }, { ...filterOf(g), ...extra })}`;
  const nameOf = (g: FirstResponseGroup) => {
    if (kind === "agents") return g.key ? (agents?.get(Number(g.key))?.name ?? g.key) : t("unassigned");
    if (kind === "channels") return channelName(tc, g.key);
    return g.key || t("unknownMarket");
  };
  const rate = (g: FirstResponseGroup, n: number) => (g.totals.conversations > 0 ? n / g.totals.conversations : null);
  const pct = (v: number | null) => ({ text: v === null ? "—" : f.percent(v), sort: v });
  const dur = (v: number | null) => ({ text: v === null ? "—" : f.duration(v), sort: v });
  const withCalls = kind === "channels";
  const columns = [
    { label: t(`name.${kind}`), numeric: false },
    { label: t("conversations"), numeric: true },
    { label: t("p50"), numeric: true, help: t("p50Help") },
    { label: t("p90"), numeric: true, help: t("p90Help") },
    { label: t("breachRate"), numeric: true, help: t("breachHelp", { target: f.duration(view.workspace.slaTargetSeconds) }) },
    { label: t("conversionRate"), numeric: true, help: t("conversionHelp") },
    ...(withCalls
      ? [
          { label: t("resolution"), numeric: true, help: t("resolutionHelp") },
          { label: t("messages"), numeric: true, help: t("messagesHelp") },
        ]
      : []),
  ];
  const rows = groups.map((g) => ({
    id: g.key || "-",
    cells: [
      { text: nameOf(g), sort: nameOf(g), href: link(g) },
      { text: f.number(g.totals.conversations), sort: g.totals.conversations, href: link(g) },
      dur(g.p50),
      dur(g.p90),
      { ...pct(rate(g, g.breaches)), href: link(g, { breached: "1" }) },
      pct(rate(g, g.totals.converted)),
      ...(withCalls
        ? [dur(g.totals.resolved > 0 ? g.totals.resolutionSum / g.totals.resolved : null), { text: rate(g, g.totals.messages) === null ? "—" : f.decimal(rate(g, g.totals.messages)!, 1), sort: rate(g, g.totals.messages) }]
        : []),
    ],
  }));
  return (
    <Card className="p-5" id={`sla-${kind}`}>
      <h2 className="text-sm font-semibold text-gray-900">{t(`title.${kind}`)}</h2>
      <p className="mb-3 mt-1 text-xs text-gray-500">{t(`description.${kind}`)}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-gray-500">{t("empty")}</p>
      ) : (
        <SortableTable
          caption={t(`title.${kind}`)}
          columns={columns}
          rows={rows}
          initialSort={{ column: 1, descending: true }}
          sortLabel={{ ascending: t("sortAscending"), descending: t("sortDescending") }}
        />
      )}
    </Card>
  );
}
