import { createBatch } from "../../db/queries/batches";
import { generateShop, type ShopOptions } from "../../lib/demo/generator";
import type { RawItem } from "../../lib/ingest/items";
import { enqueueItems, waitForBatch } from "../../jobs/import";
import type { Runtime } from "../../jobs/runtime";

/** Loads a generated shop through the real pipeline (chunks → bus → processors) and waits for all follow-up jobs. */
export async function importShop(rt: Runtime, workspaceId: string, options: ShopOptions, chunkRecords = 2_000): Promise<void> {
  const batchId = await createBatch(rt.db, { workspaceId, origin: "cli", filename: "generated shop", format: "canonical" });
  function* items(): Generator<RawItem> {
    let position = 0;
    for (const record of generateShop(options)) yield { position: ++position, text: JSON.stringify(record) };
  }
  await enqueueItems(rt, items(), { workspaceId, batchId, positionKind: "index", chunkRecords });
  await rt.drain();
  const status = await waitForBatch(rt, workspaceId, batchId);
  if (status.state !== "done") throw new Error(`import failed: ${status.error}`);
  await rt.drain();
}
