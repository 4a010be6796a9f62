"use client";

import { BarChart } from "@tremor/react";
import { useFormatter } from "next-intl";

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
      {/* The same numbers as text, for screen readers. */}
      <table className="sr-only">
        <caption>{ariaLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{series.week}</th>
            <th scope="col">{series.conversations}</th>
            <th scope="col">{series.reviews}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.isoWeek}>
              <th scope="row">{`${p.isoWeek} (${p.label})`}</th>
              <td>{p.conversations}</td>
              <td>{p.reviews}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
