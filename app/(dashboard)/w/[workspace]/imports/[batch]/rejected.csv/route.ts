import { getBatch, listRejected } from "@/db/queries/batches";
import { isUuid } from "@/db/queries/workspaces";
import { notFound } from "@/lib/errors";
import { textMasker } from "@/lib/privacy/masker";
import { csvRow } from "@/app/_lib/csv";
import { authorizeWorkspaceRequest } from "@/app/_server/auth";
import { errorResponse, logError } from "@/app/_server/http";
import { getRuntime } from "@/app/_server/runtime";

/** Rows fetched per query while streaming. */
const PAGE = 1_000;
const HEADER = ["position", "position_kind", "field", "reason", "raw"] as const;
/** Lets Excel (which sellers' teams open CSVs with) read the file as UTF-8; other tools skip it. */
const UTF8_BOM = "\uFEFF";

/**
 * Every rejected record of a batch as CSV, streamed page by page so a batch with a million
 * rejections never sits in memory. Cells are neutralised against formula injection (app/_lib/csv.ts)
 * and the raw text masked when the workspace asks for it.
 */
export async function GET(
  _request: Request,
  context: { params: Promise<{ workspace: string; batch: string }> },
): Promise<Response> {
  try {
    const params = await context.params;
    const { workspace } = await authorizeWorkspaceRequest(params.workspace, "view");
    const batch = params.batch;
    if (!isUuid(batch)) throw notFound("no such batch");
    const { db } = await getRuntime();
    const status = await getBatch(db, workspace.id, batch);
    if (!status) throw notFound("no such batch");
    const mask = textMasker(workspace);

    const encoder = new TextEncoder();
    let after = -1;
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          if (!started) {
            started = true;
            controller.enqueue(encoder.encode(UTF8_BOM + csvRow(HEADER)));
            return;
          }
          const rows = await listRejected(db, workspace.id, batch, { limit: PAGE, afterPosition: after });
          if (rows.length === 0) {
            controller.close();
            return;
          }
          after = rows[rows.length - 1]?.position ?? after;
          controller.enqueue(
            encoder.encode(rows.map((r) => csvRow([r.position, r.positionKind, r.field, mask(r.reason), r.raw === null ? null : mask(r.raw)])).join("")),
          );
          if (rows.length < PAGE) controller.close();
        } catch (error) {
          logError(`streaming rejected records of ${batch} failed`, error);
          controller.error(error);
        }
      },
    });
    const filename = `rejected-${batch}.csv`;
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, "rejected records export failed");
  }
}
