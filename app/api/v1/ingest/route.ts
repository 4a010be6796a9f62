import { NextResponse } from "next/server";
import { createBatch } from "@/db/queries/batches";
import { enqueueItems } from "@/jobs/import";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseIngestBody } from "@/lib/ingest/api-body";
import { authenticate } from "@/app/_server/api-auth";
import { errorResponse } from "@/app/_server/http";
import { getRuntime } from "@/app/_server/runtime";

/**
 * POST /api/v1/ingest: a JSON array of canonical records, or JSONL with
 * Content-Type: application/x-ndjson. Answers 202 with the batch id, how many records were
 * accepted and which were rejected and why; the workers process the accepted ones.
 */
export async function POST(request: Request): Promise<NextResponse> {
  try {
    const rt = await getRuntime();
    const workspace = await authenticate(request, rt.db);
    const config = env();
    const contentType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    const kind = contentType === "application/x-ndjson" || contentType === "application/jsonl" ? "ndjson" : contentType === "application/json" ? "json" : null;
    if (!kind) {
      throw new AppError("unsupported_media_type", "send application/json (an array of records) or application/x-ndjson (one record per line)");
    }
    if (Number(request.headers.get("content-length") ?? 0) > config.INGEST_MAX_BODY_BYTES) throw tooLarge(config.INGEST_MAX_BODY_BYTES);
    if (!request.body) throw new AppError("bad_request", "the body is empty");

    const body = await parseIngestBody(limited(request.body, config.INGEST_MAX_BODY_BYTES), kind, config.INGEST_MAX_RECORD_BYTES);
    const batchId = await createBatch(rt.db, { workspaceId: workspace.id, origin: "api", filename: null, format: "canonical" });
    await enqueueItems(rt, body.items, {
      workspaceId: workspace.id,
      batchId,
      positionKind: "index",
      chunkRecords: config.INGEST_CHUNK_RECORDS,
    });
    return NextResponse.json(
      { batch_id: batchId, accepted: body.items.length - body.rejected.length, rejected: body.rejected },
      { status: 202, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error, "ingest failed");
  }
}

function tooLarge(limit: number): AppError {
  return new AppError("payload_too_large", `the body is larger than the limit of ${limit} bytes; split it into several requests`);
}

/** The body as it streams in, refused as soon as it passes the limit (a missing Content-Length included). */
async function* limited(body: ReadableStream<Uint8Array>, limit: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > limit) throw tooLarge(limit);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
