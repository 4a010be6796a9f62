"use client";

import { BarChart, LineChart } from "@tremor/react";
import { useFormatter } from "next-intl";
import { WeeklyDataTable } from "./weekly-data-table";

export interface FrtTrendPoint {
  label: string;
  isoWeek: string;
  p50Minutes: number | null;
  p90Minutes: number | null;
  breachPercent: number | null;
  conversations: number;
}

/**
 * Weekly p50/p90 first response (minutes, log-free so a lead reads real minutes) and breach rate.
 * Series are keyed by their translated names; the formatters live here (functions cannot cross
 * from a server component).
 */
export function FrtTrendChart({
  points,
  labels,
}: {
  points: FrtTrendPoint[];
  labels: { week: string; p50: string; p90: string; breach: string; minutes: string; conversations: string };
}) {
  const format = useFormatter();
  const breach = points.map((p) => ({ label: p.label, [labels.breach]: p.breachPercent }));
  // p50 and p90 often differ by two orders of magnitude (minutes vs. the next shift): one chart each.
  const line = (key: "p50Minutes" | "p90Minutes", name: string, color: string) => (
    <figure aria-label={name}>
      <figcaption className="mb-1 text-xs font-medium text-gray-600">{`${name} · ${labels.minutes}`}</figcaption>
      <LineChart
        className="h-56"
        data={points.map((p) => ({ label: p.label, [name]: p[key] }))}
        index="label"
        categories={[name]}
        colors={[color]}
        valueFormatter={(v: number) => format.number(v, { maximumFractionDigits: 1 })}
        connectNulls={false}
        yAxisWidth={52}
        showAnimation={false}
        showLegend={false}
      />
    </figure>
  );
  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-3">
      {line("p50Minutes", labels.p50, "indigo")}
      {line("p90Minutes", labels.p90, "amber")}
      <figure aria-label={labels.breach}>
        <figcaption className="mb-1 text-xs font-medium text-gray-600">{labels.breach}</figcaption>
        <BarChart
          className="h-56"
          data={breach}
          index="label"
          categories={[labels.breach]}
          colors={["rose"]}
          valueFormatter={(v: number) => `${format.number(v, { maximumFractionDigits: 1 })}%`}
          yAxisWidth={48}
          showAnimation={false}
          showLegend={false}
        />
      </figure>
      <WeeklyDataTable
        weekHeading={labels.week}
        points={points}
        columns={[
          { heading: labels.p50, cell: (p) => (p.p50Minutes === null ? "—" : format.number(p.p50Minutes, { maximumFractionDigits: 1 })) },
          { heading: labels.p90, cell: (p) => (p.p90Minutes === null ? "—" : format.number(p.p90Minutes, { maximumFractionDigits: 1 })) },
          { heading: labels.breach, cell: (p) => (p.breachPercent === null ? "—" : `${format.number(p.breachPercent, { maximumFractionDigits: 1 })}%`) },
          { heading: labels.conversations, cell: (p) => p.conversations },
        ]}
      />
    </div>
  );
}
