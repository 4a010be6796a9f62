import { Badge, Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TopicSparkline } from "@/app/_components/charts/topic-sparkline";
import { relativeChange, tone } from "@/app/_lib/change";
import { getFormatters } from "@/app/_server/format";
import type { TopicsDocument } from "./retro-data";
import { topicName } from "./topic-label";

const TONE_COLORS = { good: "emerald", bad: "red", neutral: "gray" } as const;

/** The week's topics, largest first, each a link that opens its drill-down. */
export async function TopicsTable({
  doc,
  basePath,
  selected,
}: {
  doc: TopicsDocument;
  basePath: string;
  selected: string | null;
}) {
  const [t, f] = await Promise.all([getTranslations("retro.table"), getFormatters()]);
  const names = await Promise.all(doc.topics.map((topic) => topicName(topic)));
  return (
    <Card className="p-0">
      <div className="px-5 pt-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      </div>
      {doc.topics.length === 0 ? (
        <p className="px-5 py-6 text-sm text-gray-500">{t("noTopics")}</p>
      ) : (
        <Table className="mt-3">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead>
            <TableRow className="text-xs">
              <TableHeaderCell className="pl-5">{t("topic")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("count")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("change")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("trailing")}</TableHeaderCell>
              <TableHeaderCell className="print:hidden">{t("trend")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("share")}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t("rating")}</TableHeaderCell>
              <TableHeaderCell className="pr-5 text-right">{t("sentiment")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {doc.topics.map((topic, i) => {
              const name = names[i] ?? topic.label;
              const change = relativeChange(topic.count, topic.previous_count);
              const changeText =
                change?.kind === "relative" ? `${change.ratio > 0 ? "+" : ""}${f.percent(change.ratio)}` : change ? t("new") : "—";
              const href = `${basePath}&topic=${encodeURIComponent(topic.id)}#drilldown`;
              return (
                <TableRow key={topic.id} className={`align-top text-sm ${selected === topic.id ? "bg-indigo-50/60" : ""}`}>
                  <TableCell className="max-w-md whitespace-normal pl-5">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={href} className="font-medium text-indigo-700 hover:text-indigo-500" data-topic={topic.id}>
                        {name}
                      </Link>
                      {topic.emerging && (
                        <Badge color="rose" size="xs">
                          {t("emerging")}
                        </Badge>
                      )}
                      {topic.kind === "emergent" && <span className="text-xs text-gray-400">{t("emergent")}</span>}
                    </div>
                    {topic.keywords.length > 0 && (
                      <p className="mt-1 text-xs text-gray-500">
                        <span className="sr-only">{t("keywords")}: </span>
                        {topic.keywords.slice(0, 6).join(" · ")}
                      </p>
                    )}
                  </TableCell>
                  <TableCell className="text-right font-semibold tabular-nums">{f.number(topic.count)}</TableCell>
                  <TableCell className="text-right">
                    {change ? (
                      <Badge color={TONE_COLORS[tone(change, "lower-is-better")]} size="xs">
                        {changeText}
                      </Badge>
                    ) : (
                      <span className="text-gray-400">—</span>
                    )}
                    <p className="mt-1 text-xs text-gray-400 tabular-nums">{f.number(topic.previous_count)}</p>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {topic.trailing_avg === null ? "—" : f.decimal(topic.trailing_avg, 1)}
                  </TableCell>
                  <TableCell className="print:hidden">
                    <TopicSparkline
                      points={topic.history.map((h) => ({ week: h.week, count: h.count }))}
                      label={t("sparkLabel", { topic: name })}
                      emerging={topic.emerging}
                    />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{topic.share === null ? "—" : f.percent(topic.share)}</TableCell>
                  <TableCell className="text-right tabular-nums">{topic.avg_rating === null ? "—" : f.decimal(topic.avg_rating, 1)}</TableCell>
                  <TableCell className="pr-5 text-right tabular-nums">
                    {topic.avg_sentiment === null ? "—" : f.decimal(topic.avg_sentiment, 2)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
