import { randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { startImport } from "@/jobs/import";
import { env } from "@/lib/env";
import { AppError, badRequest } from "@/lib/errors";
import { checkReadSpec, FORMATS, type ReadSpec, ReadSpecError, syntaxOf } from "@/lib/ingest/read";
import { RECORD_TYPES } from "@/lib/ingest/records";
import { authorizeWorkspaceRequest } from "@/app/_server/auth";
import { errorResponse, jsonError, logError } from "@/app/_server/http";
import { getRuntime } from "@/app/_server/runtime";

/** Largest upload: 1 GiB. Bigger files go through `npm run cli -- import`. */
const MAX_UPLOAD_BYTES = 1024 ** 3;
/** Temporary files older than this are leftovers of a crash: 1 day, in milliseconds. */
const STALE_UPLOAD_MS = 24 * 3600 * 1000;

const query = z.object({
  workspace: z.string(),
  format: z.enum(FORMATS, { message: `format must be one of ${FORMATS.join(", ")}` }),
  type: z.enum(RECORD_TYPES, { message: `type must be one of ${RECORD_TYPES.join(", ")}` }).optional(),
  /** Canonical files only; by default from the file name (.csv is CSV, anything else JSONL). */
  syntax: z.enum(["jsonl", "csv"]).optional(),
  filename: z.string().max(1_000).optional(),
});

/**
 * The dashboard's upload (internal, not the public /api/v1): the raw file as the body. It is
 * streamed to a temporary file (never held in memory; the Twitter adapter reads it twice), the
 * batch is created, and the answer `{batch_id}` goes back at once while the file is read into
 * chunks in the background; the page then polls /api/uploads/{batch_id}.
 *
 * The body must be `application/octet-stream`: besides being what it is, that is not a type a
 * cross-site form can send without a CORS preflight, which this route never grants; with the
 * SameSite=Lax session cookie, that keeps other sites from uploading in a signed-in user's name.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  let tempPath: string | null = null;
  try {
    const { workspace } = await authorizeWorkspaceRequest(request.nextUrl.searchParams.get("workspace"), "data.import");
    const parsed = query.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => i.message).join("; "));
    const params = parsed.data;

    const contentType = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (contentType !== "application/octet-stream") {
      throw new AppError("unsupported_media_type", "send the file itself as the body, with Content-Type: application/octet-stream");
    }
    const declared = Number(request.headers.get("content-length") ?? Number.NaN);
    if (declared > MAX_UPLOAD_BYTES) throw tooLarge();

    const filename = cleanFilename(params.filename);
    const config = env();
    const spec: ReadSpec = {
      format: params.format,
      type: params.type,
      syntax: params.format === "canonical" ? (params.syntax ?? syntaxOf(filename)) : undefined,
      maxRecordBytes: config.INGEST_MAX_RECORD_BYTES,
    };
    if (spec.format === "canonical" && spec.syntax === "csv" && !spec.type) {
      throw badRequest("a canonical CSV file holds one record type: choose it with type");
    }
    try {
      checkReadSpec(spec);
    } catch (error) {
      if (error instanceof ReadSpecError) throw badRequest(error.message.replaceAll("--", ""));
      throw error;
    }

    const rt = await getRuntime();
    if (!request.body) throw badRequest("the file is empty: there is nothing to import");

    const dir = path.resolve(config.REPLYSCOPE_DATA_DIR, "uploads");
    await fsp.mkdir(dir, { recursive: true });
    void sweepStaleUploads(dir);
    tempPath = path.join(dir, `${randomUUID()}.upload`);
    const size = await receive(request.body, tempPath);
    if (size === 0) throw badRequest("the file is empty: there is nothing to import");

    const file = tempPath;
    tempPath = null; // the producer owns it now
    const { batchId, produced } = await startImport(rt, {
      workspaceId: workspace.id,
      origin: "upload",
      source: { name: filename, size, open: () => fs.createReadStream(file, { highWaterMark: 1 << 20 }) },
      spec,
      chunkRecords: config.INGEST_CHUNK_RECORDS,
    });
    // The answer goes back now; the file is read into chunks in the background, then deleted.
    produced
      .catch((error: unknown) => logError(`reading upload ${batchId} failed`, error))
      .finally(() => fsp.rm(file, { force: true }).catch(() => {}));
    return NextResponse.json({ batch_id: batchId }, { status: 202, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "upload failed");
  } finally {
    if (tempPath) await fsp.rm(tempPath, { force: true }).catch(() => {});
  }
}

function tooLarge(): AppError {
  return new AppError(
    "payload_too_large",
    `the file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB; import it with npm run cli -- import instead`,
  );
}

/** Streams the body to `target`, stopping as soon as it passes the limit. Returns its size. */
async function receive(body: ReadableStream<Uint8Array>, target: string): Promise<number> {
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) callback(tooLarge());
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>),
      limit,
      fs.createWriteStream(target, { flags: "wx" }),
    );
  } catch (error) {
    if (error instanceof AppError) throw error;
    // The browser went away mid-upload (a cancel, a closed tab).
    if ((error as NodeJS.ErrnoException).code === "ABORT_ERR" || (error as Error).name === "AbortError") {
      throw badRequest("the upload was interrupted");
    }
    throw error;
  }
  return size;
}

/** The name the batch shows: no directories, no control characters, at most 255 characters. */
function cleanFilename(raw: string | undefined): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\p{Cc}\p{Cf}]/gu, "").trim().slice(0, 255);
  return clean || "upload";
}

/** Deletes temporary files a crash left behind; best effort. */
async function sweepStaleUploads(dir: string): Promise<void> {
  try {
    const now = Date.now();
    for (const entry of await fsp.readdir(dir)) {
      if (!entry.endsWith(".upload")) continue;
      const file = path.join(dir, entry);
      const stat = await fsp.stat(file).catch(() => null);
      if (stat && now - stat.mtimeMs > STALE_UPLOAD_MS) await fsp.rm(file, { force: true });
    }
  } catch {
    // Nothing to do: the next upload tries again.
  }
}

/** For a wrong method, the same error shape as everything else. */
export function GET(): NextResponse {
  return jsonError("bad_request", "POST a file here", 405);
}
