import { Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { FrtTrendChart } from "@/app/_components/charts/frt-trend-chart";
import { getFormatters } from "@/app/_server/format";
import { isoWeekName, parseDate } from "@/lib/time/weeks";
import { loadSla, type SlaView } from "./sla-data";

/** Weekly p50 and p90 first response and breach rate; weeks without conversations show as gaps. */
export async function TrendCard({ view }: { view: SlaView }) {
  const [t, f, data] = await Promise.all([getTranslations("sla.trend"), getFormatters(), loadSla(view.workspace, view.from, view.to, view.hours)]);
  const points = view.weeks.map((monday) => {
    const g = data.weeks.find((w) => w.key === monday);
    return {
      label: f.shortDate(parseDate(monday) as Date),
      isoWeek: isoWeekName(monday),
      p50Minutes: g?.p50 == null ? null : g.p50 / 60,
      p90Minutes: g?.p90 == null ? null : g.p90 / 60,
      breachPercent: g && g.totals.conversations > 0 ? (100 * g.breaches) / g.totals.conversations : null,
      conversations: g?.totals.conversations ?? 0,
    };
  });
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
      <p className="mt-1 text-xs text-gray-500">{t("description")}</p>
      {/* A chart of nothing but gaps draws empty axes (and NaN bars): say so instead. */}
      {points.some((p) => p.conversations > 0) ? (
        <FrtTrendChart
          points={points}
          labels={{ week: t("week"), p50: t("p50"), p90: t("p90"), breach: t("breach"), minutes: t("minutes"), conversations: t("conversations") }}
        />
      ) : (
        <p className="mt-6 text-sm text-gray-500" data-testid="trend-none">
          {t("none")}
        </p>
      )}
    </Card>
  );
}
