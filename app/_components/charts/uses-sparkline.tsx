"use client";

import { SparkBarChart } from "@tremor/react";

/** Conversations per week that used one template: a small bar chart beside its row. */
export function UsesSparkline({ points, ariaLabel }: { points: { week: string; uses: number }[]; ariaLabel: string }) {
  return (
    <figure aria-label={ariaLabel} className="m-0">
      <SparkBarChart data={points} index="week" categories={["uses"]} colors={["indigo"]} className="h-8 w-28" />
    </figure>
  );
}
