"use client";

import { BarChart } from "@tremor/react";
import { useFormatter } from "next-intl";

/** Conversion rate (%) per first-response band. */
export function BandConversionChart({ points, series }: { points: { label: string; rate: number | null }[]; series: string }) {
  const format = useFormatter();
  return (
    <BarChart
      className="mt-4 h-56"
      data={points.map((p) => ({ label: p.label, [series]: p.rate }))}
      index="label"
      categories={[series]}
      colors={["emerald"]}
      valueFormatter={(v: number) => `${format.number(v, { maximumFractionDigits: 1 })}%`}
      yAxisWidth={44}
      showLegend={false}
      showAnimation={false}
    />
  );
}
