import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { ChangeBadge } from "@/app/_components/change-badge";
import { absoluteChange, type Change, pointsChange, type Polarity, relativeChange } from "@/app/_lib/change";
import { type Formatters, getFormatters } from "@/app/_server/format";
import {
  loadConversationFigures,
  loadOrderFigures,
  loadReviewFigures,
  type WeekScope,
} from "./overview-data";

export const SUPPORT_METRICS = ["conversations", "answered", "unanswered", "frtP50", "breachRate"] as const;
export const COMMERCE_METRICS = ["orders", "reviews", "negativeReviews", "averageRating"] as const;
export type WeekMetric = (typeof SUPPORT_METRICS)[number] | (typeof COMMERCE_METRICS)[number];

interface FigurePair {
  current: number | null;
  previous: number | null;
  format: (value: number) => string;
  change: (current: number | null, previous: number | null) => Change | null;
  polarity: Polarity;
}

async function figurePair(metric: WeekMetric, s: WeekScope, f: Formatters): Promise<FigurePair> {
  const count = (current: number, previous: number, polarity: Polarity): FigurePair => ({
    current,
    previous,
    format: f.number,
    change: relativeChange,
    polarity,
  });
  switch (metric) {
    case "conversations":
    case "answered":
    case "unanswered":
    case "frtP50":
    case "breachRate": {
      const { current, previous } = await loadConversationFigures(s.workspaceId, s.timeZone, s.weekStart, s.slaTargetSeconds);
      if (metric === "frtP50") {
        return {
          current: current.frtP50Seconds,
          previous: previous.frtP50Seconds,
          format: f.duration,
          change: relativeChange,
          polarity: "lower-is-better",
        };
      }
      if (metric === "breachRate") {
        return {
          current: current.breachRate,
          previous: previous.breachRate,
          format: f.percent,
          change: pointsChange,
          polarity: "lower-is-better",
        };
      }
      const polarity: Polarity = metric === "unanswered" ? "lower-is-better" : "neutral";
      return count(current[metric], previous[metric], polarity);
    }
    case "orders": {
      const { current, previous } = await loadOrderFigures(s.workspaceId, s.timeZone, s.weekStart);
      return count(current.orders, previous.orders, "higher-is-better");
    }
    case "reviews":
    case "negativeReviews":
    case "averageRating": {
      const { current, previous } = await loadReviewFigures(s.workspaceId, s.timeZone, s.weekStart, s.negativeRatingThreshold);
      if (metric === "reviews") return count(current.reviews, previous.reviews, "neutral");
      if (metric === "negativeReviews") return count(current.negative, previous.negative, "lower-is-better");
      return {
        current: current.averageRating,
        previous: previous.averageRating,
        format: (v) => f.decimal(v, 2),
        change: absoluteChange,
        polarity: "higher-is-better",
      };
    }
  }
}

/** One headline figure of the week with its change against the previous week. */
export async function WeekFigure({ metric, scope }: { metric: WeekMetric; scope: WeekScope }) {
  const [t, f] = await Promise.all([getTranslations("overview"), getFormatters()]);
  const pair = await figurePair(metric, scope, f);
  const change = pair.change(pair.current, pair.previous);

  return (
    <Card className="flex flex-col p-5" decoration="top" decorationColor="indigo">
      <h3 className="text-sm font-medium text-gray-600">{t(`figures.${metric}.label`)}</h3>
      <p className="mt-2 text-2xl font-semibold tabular-nums text-gray-900">
        {pair.current === null ? <span className="text-gray-400">{t("noValue")}</span> : pair.format(pair.current)}
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 pt-3 text-xs text-gray-500">
        <ChangeBadge change={change} polarity={pair.polarity} />
        <span>
          {t("previousWeek", { value: pair.previous === null ? t("noValue") : pair.format(pair.previous) })}
        </span>
      </div>
    </Card>
  );
}
