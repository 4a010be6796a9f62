"use client";

import { BarChart } from "@tremor/react";
import { useFormatter } from "next-intl";
import { WeeklyDataTable } from "./weekly-data-table";

export interface WeeklyTrendPoint {
  /** The week's Monday, already formatted for the axis. */
  label: string;
  isoWeek: string;
  conversations: number;
  reviews: number;
}

/**
 * Conversations and reviews per week. Tremor names series by their data keys, so the rows are
 * re-keyed by the translated series names; the value formatter lives here because a server
 * component cannot pass a function.
 */
export function WeeklyTrendChart({
  points,
  series,
  ariaLabel,
}: {
  points: WeeklyTrendPoint[];
  series: { week: string; conversations: string; reviews: string };
  ariaLabel: string;
}) {
  const format = useFormatter();
  const data = points.map((p) => ({
    label: p.label,
    [series.conversations]: p.conversations,
    [series.reviews]: p.reviews,
  }));
  return (
    <figure aria-label={ariaLabel} className="mt-4">
      <BarChart
        className="h-72"
        data={data}
        index="label"
        categories={[series.conversations, series.reviews]}
        colors={["indigo", "amber"]}
        valueFormatter={(value: number) => format.number(value)}
        allowDecimals={false}
        yAxisWidth={48}
        showAnimation={false}
      />
      <WeeklyDataTable
        caption={ariaLabel}
        weekHeading={series.week}
        points={points}
        columns={[
          { heading: series.conversations, cell: (p) => p.conversations },
          { heading: series.reviews, cell: (p) => p.reviews },
        ]}
      />
    </figure>
  );
}
