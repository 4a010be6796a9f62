import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getDataWeeks } from "@/db/queries/overview";
import { EmptyState } from "@/app/_components/empty-state";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { CardSkeleton, ChartSkeleton } from "@/app/_components/skeletons";
import { mondayOf, todayIn } from "@/lib/time/weeks";
import { getRuntime } from "@/app/_server/runtime";
import { loadWorkspace } from "@/app/_server/workspace";
import { Definitions } from "./_components/definitions";
import type { WeekScope } from "./_components/overview-data";
import { TrendCard } from "./_components/trend-card";
import { COMMERCE_METRICS, SUPPORT_METRICS, WeekFigure } from "./_components/week-figure";
import { WeekNavigator } from "./_components/week-navigator";
import { parseOverviewSearchParams } from "./search-params";

export async function generateMetadata() {
  const t = await getTranslations("overview");
  return { title: t("title") };
}

export default async function OverviewPage(props: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId } = await props.params;
  const workspace = await loadWorkspace(workspaceId);
  const { weekStart: requested } = parseOverviewSearchParams(await props.searchParams);
  const { db } = await getRuntime();
  const [t, dataWeeks] = await Promise.all([
    getTranslations("overview"),
    getDataWeeks(db, { workspaceId: workspace.id, timeZone: workspace.timezone }),
  ]);

  const header = (
    <PageHeader title={t("title")} description={t("description", { workspace: workspace.name })} />
  );
  if (dataWeeks.latest === null) {
    return (
      <>
        {header}
        <EmptyState title={t("empty.title")}>
          <p>{t("empty.body")}</p>
          <Link
            href={workspaceHref(workspace.id, "/imports")}
            className="mt-4 inline-block rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500"
          >
            {t("empty.action")}
          </Link>
        </EmptyState>
      </>
    );
  }

  // The week asked for, else the last week the data covers to its end (demo data lies in the past).
  const weekStart = requested ?? dataWeeks.lastFullWeek ?? mondayOf(todayIn(workspace.timezone));
  const scope: WeekScope = {
    workspaceId: workspace.id,
    timeZone: workspace.timezone,
    weekStart,
    slaTargetSeconds: workspace.slaTargetSeconds,
    negativeRatingThreshold: workspace.negativeRatingThreshold,
  };

  return (
    <>
      {header}
      <WeekNavigator
        basePath={workspaceHref(workspace.id)}
        weekStart={weekStart}
        latestWeekStart={dataWeeks.latest}
        lastDataDay={dataWeeks.lastDay}
        timeZone={workspace.timezone}
      />
      <section aria-labelledby="support-heading" className="mb-6">
        <h2 id="support-heading" className="mb-3 text-sm font-semibold text-gray-700">
          {t("sections.support")}
        </h2>
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-3 xl:grid-cols-5">
          {SUPPORT_METRICS.map((metric) => (
            <Suspense key={metric} fallback={<CardSkeleton />}>
              <WeekFigure metric={metric} scope={scope} />
            </Suspense>
          ))}
        </div>
      </section>
      <section aria-labelledby="commerce-heading" className="mb-6">
        <h2 id="commerce-heading" className="mb-3 text-sm font-semibold text-gray-700">
          {t("sections.commerce")}
        </h2>
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {COMMERCE_METRICS.map((metric) => (
            <Suspense key={metric} fallback={<CardSkeleton />}>
              <WeekFigure metric={metric} scope={scope} />
            </Suspense>
          ))}
        </div>
      </section>
      <div className="mb-6">
        <Suspense fallback={<ChartSkeleton />}>
          <TrendCard scope={scope} />
        </Suspense>
      </div>
      <Definitions
        timeZone={workspace.timezone}
        slaTargetSeconds={workspace.slaTargetSeconds}
        negativeRatingThreshold={workspace.negativeRatingThreshold}
      />
    </>
  );
}
