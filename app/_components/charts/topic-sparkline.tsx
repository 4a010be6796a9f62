"use client";

import { SparkBarChart } from "@tremor/react";

export interface SparkPoint {
  week: string;
  count: number;
}

/**
 * A topic's weekly counts as a small bar chart, the reviewed week last; the counts are also
 * written out for screen readers (and in the chart's title as a tooltip).
 */
export function TopicSparkline({ points, label, emerging }: { points: SparkPoint[]; label: string; emerging: boolean }) {
  const text = points.map((p) => `${p.week}: ${p.count}`).join(", ");
  return (
    <figure aria-label={label} title={text} className="w-28">
      <SparkBarChart
        className="h-8 w-28"
        data={points}
        index="week"
        categories={["count"]}
        colors={[emerging ? "rose" : "indigo"]}
      />
      <figcaption className="sr-only">{text}</figcaption>
    </figure>
  );
}
