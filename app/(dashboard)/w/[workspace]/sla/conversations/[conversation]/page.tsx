import { Badge, Card } from "@tremor/react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { channelName } from "@/app/(dashboard)/w/[workspace]/sla/_components/channel-name";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { loadWorkspace } from "@/app/_server/workspace";
import { getConversationDetail } from "@/db/queries/sla-conversations";
import { getSlaSettings } from "@/db/queries/sla-settings";
import { deriveConversation } from "@/lib/conversations/derive";
import { type ClockRole, explainFirstResponse } from "@/lib/conversations/timeline";
import { textMasker } from "@/lib/privacy/masker";
import { slaClocks } from "@/lib/sla/settings";

export async function generateMetadata() {
  const t = await getTranslations("sla.timeline");
  return { title: t("title") };
}

const ROLE_COLORS: Record<ClockRole, string> = {
  before: "gray",
  start: "indigo",
  bot: "amber",
  waiting: "gray",
  stop: "emerald",
  after: "gray",
};

/** One conversation's messages, explaining its first response time: what started and stopped the clock. */
export default async function ConversationTimelinePage(props: {
  params: Promise<{ workspace: string; conversation: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId, conversation: id } = await props.params;
  const workspace = await loadWorkspace(workspaceId);
  if (!/^\d{1,15}$/.test(id)) notFound();
  const { db } = await getRuntime();
  const detail = await getConversationDetail(db, workspace.id, Number(id));
  if (!detail) notFound();
  const [t, tc, f, settings] = await Promise.all([getTranslations("sla.timeline"), getTranslations("sla.channels"), getFormatters(), getSlaSettings(db, workspace.id)]);
  const context = slaClocks(settings).contextFor(detail.market);
  const derived = deriveConversation(detail.messages, context);
  const now = Date.now();
  const { entries, closedGaps, gapsTruncated } = explainFirstResponse(detail.messages, derived, context.businessClock, now);
  const credited = detail.messages.find((m) => m.sentAt === derived.firstHumanReplyAt && m.agentId === derived.firstReplyAgentId);
  const zone = workspace.timezone;
  const mask = textMasker(workspace);
  const calendar = context.businessClock.calendar;
  const breached = derived.frtSeconds !== null ? derived.frtSeconds > settings.targetSeconds : derived.breachAt !== null && derived.breachAt < now;
  const facts: [string, string][] = [
    [t("facts.frt"), derived.frtSeconds === null ? t("unanswered") : f.duration(derived.frtSeconds)],
    [t("facts.businessFrt", { zone: calendar.timezone }), derived.businessFrtSeconds === null ? t("unanswered") : f.duration(derived.businessFrtSeconds)],
    [t("facts.botAck"), derived.botAckSeconds === null ? t("noBot") : f.duration(derived.botAckSeconds)],
    [t("facts.agent"), credited?.agentName ?? "—"],
    [t("facts.target"), `${f.duration(settings.targetSeconds)} · ${breached ? t("breached") : derived.firstBuyerAt === null ? "—" : t("withinTarget")}`],
    [t("facts.nextReplies"), derived.nextReplies.length === 0 ? "—" : derived.nextReplies.map((r) => (r.seconds === null ? t("waiting") : f.duration(r.seconds))).join(", ")],
  ];
  return (
    <>
      <PageHeader
        title={t("heading", { id: detail.sourceId })}
        description={t("description", {
          channel: channelName(tc, detail.channel),
          market: detail.market ?? "—",
          buyer: detail.buyerId ?? "—",
          zone,
        })}
        actions={<Link href={workspaceHref(workspace.id, "/sla")} className="text-sm font-medium text-indigo-600 hover:underline">{t("back")}</Link>}
      />
      <Card className="mb-6 p-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("explain.title")}</h2>
        <dl className="mt-3 grid grid-cols-2 gap-4 text-sm lg:grid-cols-3">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-gray-500">{label}</dt>
              <dd className="mt-0.5 font-medium tabular-nums text-gray-900">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-xs text-gray-500">
          {derived.firstBuyerAt === null
            ? t("explain.noBuyer")
            : t("explain.clock", {
                start: f.dateTime(new Date(derived.firstBuyerAt), zone),
                stop: derived.firstHumanReplyAt === null ? t("explain.notYet") : f.dateTime(new Date(derived.firstHumanReplyAt), zone),
                bots: entries.filter((e) => e.role === "bot").length,
              })}
        </p>
        {closedGaps.length > 0 && (
          <div className="mt-3">
            <h3 className="text-xs font-medium text-gray-700">{t("explain.gaps", { zone: calendar.timezone })}</h3>
            <ul className="mt-1 space-y-0.5 text-xs text-gray-600">
              {closedGaps.map((g) => (
                <li key={g.from}>
                  {f.dateTime(new Date(g.from), calendar.timezone)} – {f.dateTime(new Date(g.to), calendar.timezone)} ({f.duration((g.to - g.from) / 1000)})
                </li>
              ))}
              {gapsTruncated && <li>{t("explain.moreGaps")}</li>}
            </ul>
          </div>
        )}
      </Card>
      <Card className="p-0">
        <ol className="divide-y divide-gray-100" aria-label={t("messages")}>
          {entries.map(({ message: m, role }) => (
            <li key={m.id} className={`px-5 py-3 ${role === "start" || role === "stop" ? "bg-indigo-50/40" : ""}`} data-role={role}>
              <div className="flex flex-wrap items-center gap-2 text-xs text-gray-500">
                <time dateTime={new Date(m.sentAt).toISOString()} className="tabular-nums">{f.dateTime(new Date(m.sentAt), zone)}</time>
                <span className="font-medium text-gray-800">
                  {m.sender === "buyer" ? t("sender.buyer") : m.agentIsBot || m.sender === "bot" ? t("sender.bot", { name: m.agentName ?? "" }) : (m.agentName ?? t("sender.agent"))}
                </span>
                {role !== "after" && role !== "waiting" && <Badge color={ROLE_COLORS[role]} size="xs">{t(`roles.${role}`)}</Badge>}
                {m.durationS !== null && <span>{t("call", { duration: f.duration(m.durationS) })}</span>}
                {m.templateId && <span className="text-gray-400">{t("template", { id: m.templateId })}</span>}
              </div>
              <p className="mt-1 whitespace-pre-wrap break-words text-sm text-gray-800">{mask(m.text)}</p>
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
