import { errorResponse } from "@/app/_server/http";
import { retrospectiveCsv } from "../_lib/export";
import { attachment, loadExport } from "../_lib/export-context";

/** Lets Excel (which sellers' teams open CSVs with) read the file as UTF-8; other tools skip it. */
const UTF8_BOM = "\uFEFF";

/** The week's topics as CSV; labels in English, like the API. */
export async function GET(request: Request, context: { params: Promise<{ workspace: string }> }): Promise<Response> {
  try {
    const { doc } = await loadExport(request, (await context.params).workspace);
    return attachment(UTF8_BOM + retrospectiveCsv(doc, (t) => t.label), `retrospective-${doc.week}.csv`, "text/csv");
  } catch (error) {
    return errorResponse(error, "retrospective CSV export failed");
  }
}
