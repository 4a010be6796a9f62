import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { getBatch } from "@/db/queries/batches";
import { isUuid } from "@/db/queries/workspaces";
import { notFound } from "@/lib/errors";
import { authorizeWorkspaceRequest } from "@/app/_server/auth";
import { errorResponse } from "@/app/_server/http";
import { getRuntime } from "@/app/_server/runtime";

/** GET /api/uploads/{batch}?workspace={id}: the batch's progress, polled by the upload form. */
export async function GET(
  request: NextRequest,
  context: { params: Promise<{ batch: string }> },
): Promise<NextResponse> {
  try {
    const { batch } = await context.params;
    const { workspace } = await authorizeWorkspaceRequest(request.nextUrl.searchParams.get("workspace"), "view");
    if (!isUuid(batch)) throw notFound("no such batch");
    const { db } = await getRuntime();
    const status = await getBatch(db, workspace.id, batch);
    if (!status) throw notFound("no such batch");
    return NextResponse.json(
      {
        batch_id: status.id,
        state: status.state,
        sealed: status.sealed,
        filename: status.filename,
        format: status.format,
        records: status.records,
        processed: status.processed,
        inserted: status.inserted,
        updated: status.updated,
        unchanged: status.unchanged,
        rejected: status.rejected,
        error: status.error,
        created_at: status.createdAt,
        finished_at: status.finishedAt,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error, "batch status failed");
  }
}
