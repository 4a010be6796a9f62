import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ByteSource } from "../ingest/items";

/** The repository root, for tests that read the shipped sample data. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function fileSource(file: string): ByteSource {
  return { name: path.basename(file), size: fs.statSync(file).size, open: () => fs.createReadStream(file) };
}

export const sampleData = (...parts: string[]) => path.join(repoRoot, "data", "samples", ...parts);
