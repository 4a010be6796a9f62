import { createBatch } from "../../db/queries/batches";
import { generateShop, type ShopOptions } from "../../lib/demo/generator";
import type { RawItem } from "../../lib/ingest/items";
import type { CanonicalRecord } from "../../lib/ingest/records";
import { enqueueItems, waitForBatch } from "../../jobs/import";
import type { Runtime } from "../../jobs/runtime";

/** Loads records through the real pipeline (chunks → bus → processors) and waits for every follow-up job. */
export async function importRecords(rt: Runtime, workspaceId: string, records: Iterable<CanonicalRecord>, chunkRecords = 2_000): Promise<void> {
  const batchId = await createBatch(rt.db, { workspaceId, origin: "cli", filename: "test records", format: "canonical" });
  function* items(): Generator<RawItem> {
    let position = 0;
    for (const record of records) yield { position: ++position, text: JSON.stringify(record) };
  }
  await enqueueItems(rt, items(), { workspaceId, batchId, positionKind: "index", chunkRecords });
  await rt.drain();
  const status = await waitForBatch(rt, workspaceId, batchId);
  if (status.state !== "done") throw new Error(`import failed: ${status.error}`);
  await rt.drain();
}

/** A generated shop, loaded as above. */
export function importShop(rt: Runtime, workspaceId: string, options: ShopOptions): Promise<void> {
  return importRecords(rt, workspaceId, generateShop(options));
}
