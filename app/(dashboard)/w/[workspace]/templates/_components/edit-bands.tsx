import { Card, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { getFormatters } from "@/app/_server/format";
import { LiftCell } from "./lift-cell";
import type { TemplatesPageData } from "./page-data";

/** Conversion by how much agents edited the template; the one-line answer needs a 95% interval clear of zero. */
export async function EditBands({ data }: { data: TemplatesPageData }) {
  const [t, f] = await Promise.all([getTranslations("templates.edits"), getFormatters()]);
  const edited = data.editBands.filter((b) => b.band !== "verbatim" && b.ciLow !== null && b.ciHigh !== null);
  const answer = edited.some((b) => b.ciLow! > 0) ? "verdictHelps" : edited.some((b) => b.ciHigh! < 0) ? "verdictHurts" : "verdictUnclear";
  return (
    <Card className="p-0">
      <div className="px-5 pt-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("title")}</h2>
        <p className="mt-1 text-xs text-gray-500">{t("description")}</p>
        <p className="mt-2 text-sm font-medium text-gray-800" data-edit-answer={answer}>
          {t(answer)}
        </p>
      </div>
      <Table className="mt-2">
        <TableHead>
          <TableRow className="text-xs">
            <TableHeaderCell className="px-2 py-3 pl-5">{t("columns.band")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 text-right">{t("columns.conversations")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 text-right">{t("columns.conversion")}</TableHeaderCell>
            <TableHeaderCell className="px-2 py-3 pr-5">{t("columns.lift")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.editBands.map((b) => {
            return (
              <TableRow key={b.band} className="text-xs">
                <TableCell className="px-2 py-2 pl-5">{t(`bands.${b.band}`)}</TableCell>
                <TableCell className="px-2 py-2 text-right tabular-nums">{f.number(b.conversations)}</TableCell>
                <TableCell className="px-2 py-2 text-right tabular-nums">{b.conversionRate === null ? "—" : f.percent(b.conversionRate)}</TableCell>
                <TableCell className="px-2 py-2 pr-5">
                  {b.band === "verbatim" ? (
                    <span className="text-gray-500">{t("reference")}</span>
                  ) : (
                    <LiftCell lift={b.lift} low={b.ciLow} high={b.ciHigh} />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
