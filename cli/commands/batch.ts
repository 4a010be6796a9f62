import { getBatch } from "../../db/queries/batches";
import { notFound, usageError } from "../../lib/errors";
import { parse, printJson, required } from "../args";
import type { CliContext } from "../context";
import { resolveWorkspace } from "./workspace";

/** `batch <id> --workspace <id>`: the same status document as GET /api/v1/ingest/{batch_id}. */
export async function batchCommand(ctx: CliContext, args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { workspace: { type: "string" } });
  const batchId = positionals[0];
  if (!batchId) throw usageError("usage: batch <batch-id> --workspace <id> [--json]");
  const db = await ctx.db();
  const workspace = await resolveWorkspace(db, required(values.workspace, "--workspace"));
  const batch = await getBatch(db, workspace.id, batchId);
  if (!batch) throw notFound(`no batch ${batchId} in workspace ${workspace.name}`);
  const doc = { batch_id: batch.id, state: batch.state, records: batch.records, processed: batch.processed, rejected: batch.rejected };
  if (values.json) printJson(doc);
  else process.stdout.write(`${JSON.stringify(doc)}\n`);
}
