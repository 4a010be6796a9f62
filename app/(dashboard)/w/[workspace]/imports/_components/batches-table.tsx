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
import { getTranslations } from "next-intl/server";
import type { BatchStatus } from "@/db/queries/batches";
import { AutoRefresh } from "@/app/_components/auto-refresh";
import { EmptyState } from "@/app/_components/empty-state";
import { workspaceHref } from "@/app/_components/nav";
import { StateBadge } from "@/app/_components/state-badge";
import { getFormatters } from "@/app/_server/format";

/** How often the table refreshes while a batch is queued or processing, in milliseconds. */
const REFRESH_MS = 2_000;

const KNOWN_ORIGINS = ["api", "cli", "upload", "demo"] as const;
const KNOWN_FORMATS = ["canonical", "twcs", "olist"] as const;

export async function BatchesTable({
  workspaceId,
  timeZone,
  batches,
}: {
  workspaceId: string;
  timeZone: string;
  batches: BatchStatus[];
}) {
  const [t, tOrigins, tFormats, f] = await Promise.all([
    getTranslations("imports.batches"),
    getTranslations("origins"),
    getTranslations("batchFormats"),
    getFormatters(),
  ]);
  // The error column only when some batch has an error: the table is wide enough already.
  const showErrors = batches.some((b) => b.error);
  const running = batches.some((b) => b.state === "queued" || b.state === "processing");
  const label = <T extends string>(known: readonly T[], value: string, tr: (key: T) => string) =>
    (known as readonly string[]).includes(value) ? tr(value as T) : value;

  return (
    <Card className="p-0">
      <AutoRefresh active={running} intervalMs={REFRESH_MS} />
      <div className="flex items-center justify-between px-5 pt-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
        {running && <span className="text-xs text-gray-500">{t("refreshing")}</span>}
      </div>
      {batches.length === 0 ? (
        <div className="p-5">
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        </div>
      ) : (
        <Table className="mt-3">
          <TableHead>
            <TableRow className="text-xs">
              <TableHeaderCell className="px-2 py-3 pl-5">{t("columns.file")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3">{t("columns.origin")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3">{t("columns.format")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3">{t("columns.state")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.records")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.processed")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.inserted")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.updated")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.unchanged")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.rejected")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3">{t("columns.created")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3">{t("columns.finished")}</TableHeaderCell>
              {showErrors && <TableHeaderCell className="px-2 py-3 pr-5">{t("columns.error")}</TableHeaderCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {batches.map((b) => (
              <TableRow key={b.id} className="text-xs">
                <TableCell className="px-2 py-2.5 max-w-[12rem] pl-5">
                  <Link
                    href={workspaceHref(workspaceId, `/imports/${b.id}`)}
                    className="block truncate font-medium text-indigo-600 hover:text-indigo-500"
                    title={b.filename ?? b.id}
                  >
                    {b.filename ?? t("noFile")}
                  </Link>
                </TableCell>
                <TableCell className="px-2 py-2.5">{label(KNOWN_ORIGINS, b.origin, tOrigins)}</TableCell>
                <TableCell className="px-2 py-2.5">{label(KNOWN_FORMATS, b.format, tFormats)}</TableCell>
                <TableCell className="px-2 py-2.5">
                  <StateBadge state={b.state} />
                </TableCell>
                <TableCell className="px-2 py-2.5 text-right tabular-nums">{f.number(b.records)}</TableCell>
                <TableCell className="px-2 py-2.5 text-right tabular-nums">{f.number(b.processed)}</TableCell>
                <TableCell className="px-2 py-2.5 text-right tabular-nums">{f.number(b.inserted)}</TableCell>
                <TableCell className="px-2 py-2.5 text-right tabular-nums">{f.number(b.updated)}</TableCell>
                <TableCell className="px-2 py-2.5 text-right tabular-nums">{f.number(b.unchanged)}</TableCell>
                <TableCell className="px-2 py-2.5 text-right tabular-nums">
                  {b.rejected > 0 ? (
                    <Link
                      href={workspaceHref(workspaceId, `/imports/${b.id}`)}
                      className="font-medium text-red-600 hover:text-red-500"
                    >
                      {f.number(b.rejected)}
                    </Link>
                  ) : (
                    f.number(b.rejected)
                  )}
                </TableCell>
                <TableCell className="px-2 py-2.5 whitespace-nowrap">
                  <time dateTime={b.createdAt.toISOString()} title={f.dateTime(b.createdAt, timeZone)}>
                    {f.compactDateTime(b.createdAt, timeZone)}
                  </time>
                </TableCell>
                <TableCell className="px-2 py-2.5 whitespace-nowrap">
                  {b.finishedAt ? (
                    <time dateTime={b.finishedAt.toISOString()} title={f.dateTime(b.finishedAt, timeZone)}>
                      {f.compactDateTime(b.finishedAt, timeZone)}
                    </time>
                  ) : (
                    "—"
                  )}
                </TableCell>
                {showErrors && (
                  <TableCell className="px-2 py-2.5 max-w-[12rem] pr-5">
                  {b.error ? (
                    <span className="block truncate text-red-600" title={b.error}>
                      {b.error}
                    </span>
                  ) : (
                    "—"
                  )}
                </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
