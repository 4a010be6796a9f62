import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getOutcomeDays } from "@/db/queries/template-effectiveness";
import { EmptyState } from "@/app/_components/empty-state";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { addDays, parseDate } from "@/lib/time/weeks";
import { earliestFrom } from "@/services/reports/params";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { loadWorkspace } from "@/app/_server/workspace";
import { TemplateDefinitions } from "./_components/definitions";
import { DetectionProgress } from "./_components/detection-progress";
import { EditBands } from "./_components/edit-bands";
import { NearDuplicates } from "./_components/near-duplicates";
import { loadTemplatesPage } from "./_components/page-data";
import { PruneList } from "./_components/prune-list";
import { RangeForm } from "./_components/range-form";
import { RankedTable } from "./_components/ranked-table";
import { SecondOutcome } from "./_components/second-outcome";
import { TemplateGaps } from "./_components/template-gaps";
import { parseTemplatesSearchParams } from "./search-params";

/** The default range: the last 12 weeks of data. */
const DEFAULT_DAYS = 84;

export async function generateMetadata() {
  const t = await getTranslations("templates");
  return { title: t("title") };
}

export default async function TemplatesPage(props: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId } = await props.params;
  const workspace = await loadWorkspace(workspaceId);
  const requested = parseTemplatesSearchParams(await props.searchParams);
  const { db } = await getRuntime();
  const [t, f, days] = await Promise.all([getTranslations("templates"), getFormatters(), getOutcomeDays(db, workspace.id)]);

  const libraryLink = (
    <Link href={workspaceHref(workspace.id, "/templates/library")} className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 hover:bg-gray-50">
      {t("libraryLink")}
    </Link>
  );
  const header = <PageHeader title={t("title")} description={t("description")} actions={libraryLink} />;
  const now = new Date();
  const to = requested.to ?? days.last;
  if (!to) {
    return (
      <>
        {header}
        <EmptyState title={t("empty.title")}>
          <p>{t("empty.body")}</p>
        </EmptyState>
      </>
    );
  }
  // Twenty years at most, as in the API: a century of weekly sparklines would be megabytes of page.
  const from = [requested.from ?? addDays(to, -(DEFAULT_DAYS - 1)), earliestFrom(to)].sort().at(-1) as string;
  const data = await loadTemplatesPage(db, workspace, { from, to }, now);

  return (
    <>
      {header}
      <DetectionProgress run={data.run} timeZone={workspace.timezone} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <RangeForm from={from} to={to} />
        <p className="text-xs text-gray-500">
          {t("range.summary", { from: f.calendarDate(parseDate(from)!), to: f.calendarDate(parseDate(to)!), zone: workspace.timezone })}
        </p>
      </div>
      <div className="mb-6">
        <RankedTable data={data} workspaceId={workspace.id} range={{ from, to }} />
      </div>
      <div className="mb-6 grid gap-6 2xl:grid-cols-2">
        <PruneList data={data} workspaceId={workspace.id} timeZone={workspace.timezone} />
        <EditBands data={data} />
      </div>
      <div className="mb-6">
        <SecondOutcome data={data} threshold={workspace.negativeRatingThreshold} />
      </div>
      <div className="mb-6 grid gap-6 2xl:grid-cols-2">
        <TemplateGaps data={data} />
        <NearDuplicates data={data} workspaceId={workspace.id} />
      </div>
      <TemplateDefinitions attributionWindowHours={workspace.attributionWindowHours} />
    </>
  );
}
