import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/app/_server/format";
import { LiftCell } from "./lift-cell";
import type { TemplatesPageData } from "./page-data";

export async function SecondOutcome({ data, threshold }: { data: TemplatesPageData; threshold: number }) {
  const [t, f] = await Promise.all([getTranslations("templates.secondOutcome"), getFormatters()]);
  return (
    <Card className="p-0">
      <div className="px-5 pt-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
        <p className="mt-1 text-xs text-gray-500">{t("description", { threshold })}</p>
      </div>
      {data.secondOutcome.length === 0 ? (
        <p className="px-5 py-4 text-sm text-gray-500">{t("none")}</p>
      ) : (
        <Table className="mt-2">
          <TableHead>
            <TableRow className="text-xs">
              <TableHeaderCell className="px-2 py-3 pl-5">{t("columns.template")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.uses")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.rate")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 text-right">{t("columns.baseline")}</TableHeaderCell>
              <TableHeaderCell className="px-2 py-3 pr-5">{t("columns.change")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.secondOutcome.map((r) => {
                return (
                <TableRow key={r.versionId} className="text-xs" data-second-outcome={r.version.sourceId}>
                  <TableCell className="px-2 py-2 pl-5">
                    {r.version.name} <span className="text-gray-500">v{r.version.version}</span>
                  </TableCell>
                  <TableCell className="px-2 py-2 text-right tabular-nums">{f.number(r.uses)}</TableCell>
                  <TableCell className="px-2 py-2 text-right tabular-nums">{r.rate === null ? "—" : f.percent(r.rate)}</TableCell>
                  <TableCell className="px-2 py-2 text-right tabular-nums">{r.baselineRate === null ? "—" : f.percent(r.baselineRate)}</TableCell>
                  <TableCell className="px-2 py-2 pr-5">
                    <LiftCell lift={r.change} low={r.ciLow} high={r.ciHigh} lowerIsBetter />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
