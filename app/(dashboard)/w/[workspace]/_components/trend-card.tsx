import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { WeeklyTrendChart } from "@/app/_components/charts/weekly-trend-chart";
import { getFormatters } from "@/app/_server/format";
import { parseDate } from "@/lib/time/weeks";
import { loadWeeklyTrend, type WeekScope } from "./overview-data";

/** Weeks in the trend chart, ending with the week shown. */
export const TREND_WEEKS = 12;

export async function TrendCard({ scope }: { scope: WeekScope }) {
  const [t, f, rows] = await Promise.all([
    getTranslations("overview.trend"),
    getFormatters(),
    loadWeeklyTrend(scope, TREND_WEEKS),
  ]);
  const points = rows.map((r) => ({
    label: f.shortDate(parseDate(r.weekStart) as Date),
    isoWeek: r.isoWeek,
    conversations: r.conversations,
    reviews: r.reviews,
  }));
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title", { weeks: TREND_WEEKS })}</h2>
      <p className="mt-1 text-xs text-gray-500">{t("description")}</p>
      <WeeklyTrendChart
        points={points}
        series={{ week: t("week"), conversations: t("conversations"), reviews: t("reviews") }}
        ariaLabel={t("ariaLabel", { weeks: TREND_WEEKS })}
      />
    </Card>
  );
}
