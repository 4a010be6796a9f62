import { NextResponse } from "next/server";
import { createBatch } from "@/db/queries/batches";
import { enqueueItems } from "@/jobs/import";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseIngestBody } from "@/lib/ingest/api-body";
import { authenticate, limitIngest, requestSignature } from "@/app/_server/api-auth";
import { errorResponse, otherMethods } from "@/app/_server/http";
import { getRuntime } from "@/app/_server/runtime";

/**
 * POST /api/v1/ingest: a JSON array of canonical records, or JSONL with
 * Content-Type: application/x-ndjson. Answers 202 with the batch id, how many records were
 * accepted and which were rejected and why; the workers process the accepted ones.
 *
 * In order: the key (401), its rate limit (429), the type and declared size (415, 413), the
 * signature's timestamp for signing keys (401); then the body streams in, capped (413), parsed
 * and, for signing keys, checked against the signature before anything is written.
 */
export async function POST(request: Request): Promise<NextResponse> {
  try {
    const rt = await getRuntime();
    const key = await authenticate(request, rt.db);
    await limitIngest(key);
    const config = env();
    const contentType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    const kind = contentType === "application/x-ndjson" || contentType === "application/jsonl" ? "ndjson" : contentType === "application/json" ? "json" : null;
    if (!kind) {
      throw new AppError("unsupported_media_type", "send application/json (an array of records) or application/x-ndjson (one record per line)");
    }
    if (Number(request.headers.get("content-length") ?? 0) > config.INGEST_MAX_BODY_BYTES) throw tooLarge(config.INGEST_MAX_BODY_BYTES);
    const signature = requestSignature(request, key, rt.db);
    if (!request.body) throw new AppError("bad_request", "the body is empty");

    const body = await parseIngestBody(
      limited(request.body, config.INGEST_MAX_BODY_BYTES, signature?.update),
      kind,
      config.INGEST_MAX_RECORD_BYTES,
    );
    await signature?.verify();
    const workspaceId = key.workspace.id;
    const batchId = await createBatch(rt.db, { workspaceId, origin: "api", filename: null, format: "canonical" });
    await enqueueItems(rt, body.items, {
      workspaceId,
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

/**
 * The body as it streams in, refused as soon as it passes the limit (a missing Content-Length
 * included), each chunk also handed to `observe` (the signature check).
 */
async function* limited(body: ReadableStream<Uint8Array>, limit: number, observe?: (chunk: Uint8Array) => void): AsyncGenerator<Uint8Array> {
  let size = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > limit) throw tooLarge(limit);
      observe?.(value);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export const { GET, PUT, PATCH, DELETE } = otherMethods("POST");
