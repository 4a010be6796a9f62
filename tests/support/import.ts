import type { ByteSource } from "../../lib/ingest/items";
import { importSource, waitForBatch } from "../../jobs/import";
import type { Runtime } from "../../jobs/runtime";

export const textSource = (name: string, text: string, size = 64 * 1024): ByteSource => ({
  name,
  open: async function* () {
    const bytes = new TextEncoder().encode(text);
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  },
});

/** Imports text into a workspace through the real pipeline (reader → chunks → bus → processor). */
export async function importText(rt: Runtime, workspaceId: string, text: string, options: { chunkRecords?: number; name?: string } = {}) {
  const produced = await importSource(rt, {
    workspaceId,
    origin: "cli",
    source: textSource(options.name ?? "input.jsonl", text),
    spec: { format: "canonical", maxRecordBytes: 1 << 20 },
    chunkRecords: options.chunkRecords ?? 500,
  });
  await rt.drain();
  return waitForBatch(rt, workspaceId, produced.batchId);
}

