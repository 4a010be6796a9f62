import { Card } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import {
  type BreakdownDimension,
  type BreakdownRow,
  getConversationTemplates,
  getOrders,
  getPriorConversations,
  getTopicBreakdowns,
  getTopicDocuments,
  type TopicDocument,
} from "@/db/queries/retro";
import { findTopicId } from "@/db/queries/review-list";
import type { Workspace } from "@/db/queries/workspaces";
import { textMasker } from "@/lib/privacy/masker";
import { highlightPatterns, highlightSegments } from "@/lib/topics/highlight";
import { type Formatters, getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import type { TopicItem } from "./retro-data";
import { topicName } from "./topic-label";

/** Documents listed in the drill-down. */
const DOCUMENTS = 40;
const QUOTES = 8;
/** Support conversations shown per reviewer. */
const CONVERSATIONS_PER_BUYER = 3;
const DIMENSIONS: BreakdownDimension[] = ["product", "market", "source", "language"];
const DAY_MS = 86_400_000;

/**
 * One topic of the week opened up: the buyers' words with the topic's keywords highlighted (as
 * React text, never markup), where the complaints come from, and for each negative review its
 * order and the buyer's support conversations before it.
 */
export async function TopicDrilldown({
  workspace,
  weekStart,
  topic,
  closeHref,
}: {
  workspace: Workspace;
  weekStart: string;
  topic: TopicItem;
  closeHref: string;
}) {
  const { db } = await getRuntime();
  const [t, f, name, topicId] = await Promise.all([
    getTranslations("retro.drill"),
    getFormatters(),
    topicName(topic),
    findTopicId(db, workspace.id, topic.id),
  ]);
  if (topicId === null) return null;
  const scope = { workspaceId: workspace.id, timeZone: workspace.timezone, weekStart, topicId };
  const [found, breakdowns] = await Promise.all([getTopicDocuments(db, { ...scope, limit: DOCUMENTS }), getTopicBreakdowns(db, scope)]);
  const mask = textMasker(workspace);
  const documents = found.map((d) => ({ ...d, text: mask(d.text) }));
  const patterns = highlightPatterns(topic.id, topic.keywords);
  const reviews = documents.filter((d) => d.kind === "review");

  return (
    <Card id="drilldown" className="scroll-mt-4 p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 className="text-base font-semibold text-gray-900">{t("title", { topic: name })}</h2>
        <Link href={closeHref} className="text-sm font-medium text-indigo-600 hover:text-indigo-500 print:hidden">
          {t("close")}
        </Link>
      </div>

      <section aria-labelledby="quotes-heading" className="mt-4">
        <h3 id="quotes-heading" className="text-sm font-semibold text-gray-800">
          {t("quotes")}
        </h3>
        <p className="mt-0.5 text-xs text-gray-500">{t("quotesHelp")}</p>
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {documents.slice(0, QUOTES).map((d) => (
            <li key={`${d.kind}:${d.id}`} className="rounded-md border border-gray-200 bg-gray-50 px-3 py-2" data-quote>
              <blockquote className="text-sm leading-relaxed text-gray-800">
                <Highlighted text={d.text} patterns={patterns} />
              </blockquote>
              <p className="mt-1.5 text-xs text-gray-500">{documentLine(d, t, f, workspace.timezone)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="breakdowns-heading" className="mt-6">
        <h3 id="breakdowns-heading" className="text-sm font-semibold text-gray-800">
          {t("breakdowns")}
        </h3>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {DIMENSIONS.map((dimension) => (
            <Breakdown key={dimension} title={t(dimension)} rows={breakdowns.filter((b) => b.dimension === dimension)} unknown={t("unknown")} f={f} />
          ))}
        </div>
      </section>

      {reviews.length > 0 && (
        <section aria-labelledby="reviews-heading" className="mt-6">
          <h3 id="reviews-heading" className="text-sm font-semibold text-gray-800">
            {t("reviews")}
          </h3>
          <ReviewContexts workspace={workspace} reviews={reviews} patterns={patterns} />
        </section>
      )}
    </Card>
  );
}

type DrillT = Awaited<ReturnType<typeof getTranslations<"retro.drill">>>;

function documentLine(d: TopicDocument, t: DrillT, f: Formatters, timeZone: string): string {
  const parts = [
    d.kind === "review" ? `${t("review")} ${d.id}` : `${t("message")} ${d.id}`,
    d.rating === null ? null : t("rating", { rating: d.rating }),
    d.market,
    d.language,
    f.compactDateTime(d.occurredAt, timeZone),
  ];
  return parts.filter(Boolean).join(" · ");
}

function Highlighted({ text, patterns }: { text: string; patterns: readonly string[] }) {
  return (
    <>
      {highlightSegments(text, patterns).map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 text-gray-900">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

function Breakdown({ title, rows, unknown, f }: { title: string; rows: BreakdownRow[]; unknown: string; f: Formatters }) {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <div>
      <h4 className="text-xs font-medium uppercase tracking-wide text-gray-500">{title}</h4>
      <ul className="mt-2 space-y-1.5">
        {rows.slice(0, 6).map((r) => (
          <li key={r.value ?? ""} className="text-sm">
            <div className="flex justify-between gap-2">
              <span className="truncate text-gray-700">{r.value ?? unknown}</span>
              <span className="tabular-nums text-gray-500">{f.number(r.count)}</span>
            </div>
            <div className="mt-0.5 h-1.5 rounded bg-gray-100" aria-hidden="true">
              <div className="h-1.5 rounded bg-indigo-400" style={{ width: `${total > 0 ? (100 * r.count) / total : 0}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

async function ReviewContexts({ workspace, reviews, patterns }: { workspace: Workspace; reviews: TopicDocument[]; patterns: readonly string[] }) {
  const { db } = await getRuntime();
  const [t, f] = await Promise.all([getTranslations("retro.drill"), getFormatters()]);
  const [orders, conversations] = await Promise.all([
    getOrders(db, workspace.id, reviews.flatMap((r) => (r.orderId ? [r.orderId] : []))),
    getPriorConversations(db, {
      workspaceId: workspace.id,
      buyers: reviews.flatMap((r) => (r.buyerId ? [{ buyerId: r.buyerId, before: r.occurredAt }] : [])),
      perBuyer: CONVERSATIONS_PER_BUYER,
    }),
  ]);
  const templates = await getConversationTemplates(db, conversations.map((c) => c.conversationRowId));
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const target = workspace.slaTargetSeconds;
  return (
    <ul className="mt-3 divide-y divide-gray-100 rounded-md border border-gray-200">
      {reviews.map((r) => {
        const order = r.orderId ? orderById.get(r.orderId) : undefined;
        const before = conversations.filter((c) => c.buyerId === r.buyerId && c.firstBuyerAt < r.occurredAt);
        let orderText: ReactNode = t("noOrder");
        if (order) {
          const lateDays =
            order.deliveredAt && order.estimatedDeliveryAt ? Math.floor((order.deliveredAt.getTime() - order.estimatedDeliveryAt.getTime()) / DAY_MS) : 0;
          const delivery = order.deliveredAt
            ? lateDays > 0
              ? t("deliveredLate", { date: f.compactDateTime(order.deliveredAt, workspace.timezone), days: lateDays })
              : t("delivered", { date: f.compactDateTime(order.deliveredAt, workspace.timezone) })
            : t("notDelivered");
          orderText = (
            <>
              <span className="font-mono text-gray-700">{order.id}</span> · {t("placed", { date: f.compactDateTime(order.placedAt, workspace.timezone) })} ·{" "}
              <span className={lateDays > 0 ? "text-red-700" : undefined}>{delivery}</span>
              {order.amount && order.currency ? ` · ${order.amount} ${order.currency}` : ""}
            </>
          );
        }
        return (
          <li key={r.id} className="grid gap-3 px-3 py-3 text-sm md:grid-cols-[2fr_1fr_2fr]" data-review={r.id}>
            <div>
              <p className="text-xs text-gray-500">{documentLine(r, t, f, workspace.timezone)}</p>
              <p className="mt-1 text-gray-800">
                <Highlighted text={r.text} patterns={patterns} />
              </p>
            </div>
            <div>
              <p className="text-xs font-medium text-gray-500">{t("order")}</p>
              <p className="mt-1 text-xs text-gray-600">{orderText}</p>
            </div>
            <div>
              <p className="text-xs font-medium text-gray-500">{t("support")}</p>
              {before.length === 0 ? (
                <p className="mt-1 text-xs text-gray-500">{t("noSupport")}</p>
              ) : (
                <ul className="mt-1 space-y-1 text-xs text-gray-600">
                  {before.map((c) => {
                    const frt = c.firstHumanReplyAt ? (c.firstHumanReplyAt.getTime() - c.firstBuyerAt.getTime()) / 1000 : null;
                    const used = templates.get(c.conversationRowId) ?? [];
                    return (
                      <li key={c.id}>
                        <span className="font-mono text-gray-700">{c.id}</span> · {c.channel} · {f.compactDateTime(c.firstBuyerAt, workspace.timezone)} ·{" "}
                        {frt === null ? (
                          <span className="text-red-700">{t("unanswered")}</span>
                        ) : (
                          <span className={frt > target ? "text-red-700" : undefined}>
                            {t("firstResponse", { duration: f.duration(frt) })}
                            {frt > target ? ` (${t("late", { target: f.duration(target) })})` : ""}
                          </span>
                        )}{" "}
                        · <span title={t("templatesHelp")}>{used.length > 0 ? t("templates", { list: used.join(", ") }) : t("noTemplates")}</span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
