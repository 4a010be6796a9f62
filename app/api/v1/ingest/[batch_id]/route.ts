import { NextResponse } from "next/server";
import { getBatch } from "@/db/queries/batches";
import { isUuid } from "@/db/queries/workspaces";
import { notFound } from "@/lib/errors";
import { authenticate } from "@/app/_server/api-auth";
import { errorResponse, otherMethods } from "@/app/_server/http";
import { getRuntime } from "@/app/_server/runtime";

/** GET /api/v1/ingest/{batch_id}: where a batch is. Only the key's own workspace's batches exist here. */
export async function GET(request: Request, { params }: { params: Promise<{ batch_id: string }> }): Promise<NextResponse> {
  try {
    const rt = await getRuntime();
    const { workspace } = await authenticate(request, rt.db);
    const { batch_id: batchId } = await params;
    const batch = isUuid(batchId) ? await getBatch(rt.db, workspace.id, batchId) : null;
    if (!batch) throw notFound(`no batch ${batchId}`);
    return NextResponse.json(
      {
        batch_id: batch.id,
        state: batch.state,
        records: batch.records,
        processed: batch.processed,
        rejected: batch.rejected,
        inserted: batch.inserted,
        updated: batch.updated,
        unchanged: batch.unchanged,
        error: batch.error,
        created_at: batch.createdAt,
        finished_at: batch.finishedAt,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error, "batch status failed");
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
