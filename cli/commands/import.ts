import fs from "node:fs";
import path from "node:path";
import type { BatchStatus } from "../../db/queries/batches";
import { listRejected } from "../../db/queries/batches";
import { env } from "../../lib/env";
import { AppError, usageError } from "../../lib/errors";
import type { ByteSource } from "../../lib/ingest/items";
import { checkReadSpec, FORMATS, type Format, ReadSpecError, syntaxOf } from "../../lib/ingest/read";
import { RECORD_TYPES, type RecordType } from "../../lib/ingest/records";
import { importSource, waitForBatch } from "../../jobs/import";
import { parse, printJson, required } from "../args";
import type { CliContext } from "../context";
import { Progress } from "../progress";
import { resolveWorkspace } from "./workspace";

const USAGE = "usage: import <file> --workspace <id> [--format canonical|twcs|olist] [--type <record type>] [--wait] [--json]";

export async function importCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    workspace: { type: "string" },
    format: { type: "string", default: "canonical" },
    type: { type: "string" },
    wait: { type: "boolean" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw usageError(USAGE);
  const workspaceRef = required(values.workspace, "--workspace");
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw usageError(`--format must be one of ${FORMATS.join(", ")}`);
  const type = values.type as RecordType | undefined;
  if (type !== undefined && !RECORD_TYPES.includes(type)) throw usageError(`--type must be one of ${RECORD_TYPES.join(", ")}`);
  const config = env();
  const spec = { format, type, syntax: format === "canonical" ? syntaxOf(file) : undefined, maxRecordBytes: config.INGEST_MAX_RECORD_BYTES };
  try {
    checkReadSpec(spec);
  } catch (error) {
    if (error instanceof ReadSpecError) throw usageError(error.message);
    throw error;
  }
  const source = fileSource(file);

  const rt = await ctx.open();
  const workspace = await resolveWorkspace(rt.db, workspaceRef);
  const passes = format === "twcs" ? 2 : 1;
  const reading = new Progress(`import ${path.basename(file)}`);
  let bytesRead = 0;
  const counted: ByteSource = {
    ...source,
    async *open() {
      for await (const chunk of source.open()) {
        bytesRead += chunk.length;
        yield chunk;
      }
    },
  };
  const produced = await importSource(rt, {
    workspaceId: workspace.id,
    origin: "cli",
    source: counted,
    spec,
    chunkRecords: config.INGEST_CHUNK_RECORDS,
    onProgress: (p) => reading.update(bytesRead, (source.size ?? 0) * passes, `${p.records} records, ${p.rejected} rejected`),
  });
  reading.finish(`read ${produced.records} records (${produced.rejected} rejected) into batch ${produced.batchId}`);

  // In-process jobs die with this process, so without Redis the import always waits.
  if (!values.wait && rt.bus.mode === "redis") {
    const summary = { batch_id: produced.batchId, state: "queued", records: produced.records, rejected: produced.rejected };
    if (values.json) printJson(summary);
    else process.stdout.write(`batch ${produced.batchId} queued: ${produced.records} records, ${produced.rejected} rejected\n`);
    return;
  }
  const processing = new Progress("processing");
  const status = await waitForBatch(rt, workspace.id, produced.batchId, (s) =>
    processing.update(s.processed, s.records, `${s.processed}/${s.records} records`),
  );
  await rt.drain();
  processing.finish(`${status.state}: ${status.inserted} inserted, ${status.updated} updated, ${status.unchanged} unchanged, ${status.rejected} rejected`);
  await reportRejections(ctx, status);
  if (status.state === "failed") throw new Error(`batch ${status.id} failed: ${status.error ?? "unknown error"}`);
  const summary = {
    batch_id: status.id,
    state: status.state,
    records: status.records,
    inserted: status.inserted,
    updated: status.updated,
    unchanged: status.unchanged,
    rejected: status.rejected,
  };
  if (values.json) printJson(summary);
  else process.stdout.write(`${JSON.stringify(summary)}\n`);
}

/** The first rejections on stderr, so a person sees at once what was wrong with the file. */
async function reportRejections(ctx: CliContext, status: BatchStatus): Promise<void> {
  if (status.rejected === 0) return;
  const shown = await listRejected(await ctx.db(), status.workspaceId, status.id, { limit: 10 });
  for (const r of shown) {
    process.stderr.write(`  ${r.positionKind} ${r.position}: ${r.field ? `${r.field}: ` : ""}${r.reason}\n`);
  }
  if (status.rejected > shown.length) process.stderr.write(`  ... and ${status.rejected - shown.length} more\n`);
}

function fileSource(file: string): ByteSource {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new AppError("bad_request", `${file} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("bad_request", `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (size === 0) throw new AppError("bad_request", `${file} is empty: there is nothing to import`);
  return {
    name: path.basename(file),
    size,
    open: () => fs.createReadStream(file, { highWaterMark: 1 << 20 }),
  };
}
