import { getBatch, listRejected } from "@/db/queries/batches";
import { isUuid } from "@/db/queries/workspaces";
import { notFound } from "@/lib/errors";
import { csvRow } from "@/app/_lib/csv";
import { errorResponse } from "@/app/_server/http";
import { getRuntime } from "@/app/_server/runtime";

/** Rows fetched per query while streaming. */
const PAGE = 1_000;
const HEADER = ["position", "position_kind", "field", "reason", "raw"] as const;
/** Lets Excel (which sellers' teams open CSVs with) read the file as UTF-8; other tools skip it. */
const UTF8_BOM = "\uFEFF";

/**
 * Every rejected record of a batch as CSV, streamed page by page so a batch with a million
 * rejections never sits in memory. Cells are neutralised against formula injection (app/_lib/csv.ts).
 */
export async function GET(
  _request: Request,
  context: { params: Promise<{ workspace: string; batch: string }> },
): Promise<Response> {
  try {
    const { workspace, batch } = await context.params;
    if (!isUuid(workspace) || !isUuid(batch)) throw notFound("no such batch");
    const { db } = await getRuntime();
    const status = await getBatch(db, workspace, batch);
    if (!status) throw notFound("no such batch");

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
          const rows = await listRejected(db, workspace, batch, { limit: PAGE, afterPosition: after });
          if (rows.length === 0) {
            controller.close();
            return;
          }
          after = rows[rows.length - 1]?.position ?? after;
          controller.enqueue(
            encoder.encode(rows.map((r) => csvRow([r.position, r.positionKind, r.field, r.reason, r.raw])).join("")),
          );
          if (rows.length < PAGE) controller.close();
        } catch (error) {
          console.error(`replyscope: streaming rejected records of ${batch} failed:`, error);
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
