import {
  Card,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@tremor/react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { type BatchStatus, getBatch } from "@/db/queries/batches";
import { getRejectedPage } from "@/db/queries/rejected-records";
import { isUuid } from "@/db/queries/workspaces";
import { AutoRefresh } from "@/app/_components/auto-refresh";
import { EmptyState } from "@/app/_components/empty-state";
import { Icon } from "@/app/_components/icons";
import { workspaceHref } from "@/app/_components/nav";
import { PageHeader } from "@/app/_components/page-header";
import { TableSkeleton } from "@/app/_components/skeletons";
import { StateBadge } from "@/app/_components/state-badge";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { loadWorkspace } from "@/app/_server/workspace";
import { textMasker } from "@/lib/privacy/masker";
import { parseBatchSearchParams, REJECTED_PAGE_SIZE } from "./search-params";

export async function generateMetadata() {
  const t = await getTranslations("batch");
  return { title: t("title") };
}

export default async function BatchPage(props: {
  params: Promise<{ workspace: string; batch: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace: workspaceId, batch: batchId } = await props.params;
  const workspace = await loadWorkspace(workspaceId);
  if (!isUuid(batchId)) notFound();
  const { page } = parseBatchSearchParams(await props.searchParams);
  const { db } = await getRuntime();
  const batch = await getBatch(db, workspace.id, batchId);
  if (!batch) notFound();
  const [t, f] = await Promise.all([getTranslations("batch"), getFormatters()]);
  const running = batch.state === "queued" || batch.state === "processing";
  const importsHref = workspaceHref(workspace.id, "/imports");

  return (
    <>
      <AutoRefresh active={running} intervalMs={2_000} />
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href={importsHref} className="text-indigo-600 hover:text-indigo-500">
          {t("back")}
        </Link>
      </nav>
      <PageHeader
        title={<span className="break-all">{batch.filename ?? t("title")}</span>}
        description={t("description", { id: batch.id })}
        actions={<StateBadge state={batch.state} />}
      />
      <Card className="mb-6 p-5">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-4 text-sm sm:grid-cols-4 lg:grid-cols-7">
          {(["records", "processed", "inserted", "updated", "unchanged", "rejected"] as const).map((key) => (
            <div key={key}>
              <dt className="text-xs text-gray-500">{t(`counts.${key}`)}</dt>
              <dd className={`mt-1 text-lg font-semibold tabular-nums ${key === "rejected" && batch.rejected > 0 ? "text-red-600" : "text-gray-900"}`}>
                {f.number(batch[key])}
              </dd>
            </div>
          ))}
          <div>
            <dt className="text-xs text-gray-500">{t("counts.created")}</dt>
            <dd className="mt-1 text-gray-900">{f.dateTime(batch.createdAt, workspace.timezone)}</dd>
          </div>
        </dl>
        {batch.finishedAt && (
          <p className="mt-4 text-xs text-gray-500">
            {t("finished", { when: f.dateTime(batch.finishedAt, workspace.timezone) })}
          </p>
        )}
        {batch.error && (
          <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {batch.error}
          </p>
        )}
      </Card>
      <Suspense key={page} fallback={<TableSkeleton rows={8} />}>
        <RejectedRecords batch={batch} page={page} maskPersonalData={workspace.maskPersonalData} />
      </Suspense>
    </>
  );
}

async function RejectedRecords({ batch, page, maskPersonalData }: { batch: BatchStatus; page: number; maskPersonalData: boolean }) {
  const [t, f] = await Promise.all([getTranslations("batch.rejected"), getFormatters()]);
  const mask = textMasker({ maskPersonalData });
  const { db } = await getRuntime();
  const pages = Math.max(1, Math.ceil(batch.rejected / REJECTED_PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = await getRejectedPage(db, {
    workspaceId: batch.workspaceId,
    batchId: batch.id,
    offset: (current - 1) * REJECTED_PAGE_SIZE,
    limit: REJECTED_PAGE_SIZE,
  });
  const base = workspaceHref(batch.workspaceId, `/imports/${batch.id}`);
  const pageHref = (p: number) => (p <= 1 ? base : `${base}?page=${p}`);

  return (
    <Card className="p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-5 pt-5">
        <div>
          <h2 className="text-sm font-semibold text-gray-900">{t("title", { count: batch.rejected })}</h2>
          <p className="mt-1 text-xs text-gray-500">{t("description")}</p>
        </div>
        {batch.rejected > 0 && (
          <a
            href={`${base}/rejected.csv`}
            download
            className="inline-flex items-center gap-1.5 rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 shadow-sm hover:bg-gray-50"
          >
            <Icon name="download" className="h-4 w-4" />
            {t("download")}
          </a>
        )}
      </div>
      {rows.length === 0 ? (
        <div className="p-5">
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        </div>
      ) : (
        <>
          <Table className="mt-3">
            <TableHead>
              <TableRow className="text-xs">
                <TableHeaderCell className="w-28 pl-5">{t("columns.position")}</TableHeaderCell>
                <TableHeaderCell className="w-40">{t("columns.field")}</TableHeaderCell>
                <TableHeaderCell className="w-72">{t("columns.reason")}</TableHeaderCell>
                <TableHeaderCell className="pr-5">{t("columns.raw")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.position} className="align-top text-xs">
                  <TableCell className="whitespace-nowrap pl-5 tabular-nums">
                    {t(`positionKinds.${r.positionKind}`, { position: f.number(r.position) })}
                  </TableCell>
                  <TableCell className="font-mono">{r.field ?? "—"}</TableCell>
                  <TableCell className="whitespace-normal text-gray-700">{mask(r.reason)}</TableCell>
                  <TableCell className="max-w-0 pr-5">
                    {r.raw === null ? (
                      "—"
                    ) : (
                      // Shown as text: raw input may look like HTML and must never become markup.
                      <pre className="max-h-32 overflow-auto whitespace-pre-wrap break-all rounded bg-gray-50 px-2 py-1.5 font-mono text-[11px] leading-snug text-gray-800">
                        <code>{mask(r.raw)}</code>
                      </pre>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {pages > 1 && (
            <nav aria-label={t("pagination")} className="flex items-center justify-between border-t border-gray-100 px-5 py-3 text-sm">
              <span className="text-gray-500">{t("pageOf", { page: current, pages })}</span>
              <span className="flex gap-2">
                {current > 1 && (
                  <Link href={pageHref(current - 1)} className="rounded-md border border-gray-300 px-3 py-1 text-gray-700 hover:bg-gray-50" rel="prev">
                    {t("previous")}
                  </Link>
                )}
                {current < pages && (
                  <Link href={pageHref(current + 1)} className="rounded-md border border-gray-300 px-3 py-1 text-gray-700 hover:bg-gray-50" rel="next">
                    {t("next")}
                  </Link>
                )}
              </span>
            </nav>
          )}
        </>
      )}
    </Card>
  );
}
