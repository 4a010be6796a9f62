/**
 * npm run demo: loads the demo workspaces (the real Twitter and Olist samples, and a generated
 * cross-border shop), builds the dashboard when needed, and serves it on http://localhost:3000.
 * Without DATABASE_URL everything lives in the embedded database under .replyscope/; with
 * REDIS_URL a worker process is started beside the dashboard.
 *
 *   npm run demo -- [--port 3000] [--conversations 3000] [--seed-only] [--reseed]
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { listBatches } from "../db/queries/batches";
import { updateSlaSettings } from "../db/queries/sla-settings";
import { findUserByEmail } from "../db/queries/users";
import { createWorkspace, findWorkspaceByName } from "../db/queries/workspaces";
import { createAccount } from "../services/auth/passwords";
import { DEMO_ADMIN } from "../lib/demo/admin";
import { generateShop } from "../lib/demo/generator";
import { env } from "../lib/env";
import type { ByteSource, RawItem } from "../lib/ingest/items";
import { createBatch } from "../db/queries/batches";
import { enqueueItems, importSource, waitForBatch } from "../jobs/import";
import { openRuntime, type Runtime } from "../jobs/runtime";
import { buildIfNeeded } from "./build";
import { Progress } from "./progress";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const samples = path.join(root, "data", "samples");

export const DEMO_WORKSPACES = {
  twitter: { name: "Twitter support (real sample)", timezone: "America/New_York" },
  olist: { name: "Olist marketplace (real sample)", timezone: "America/Sao_Paulo" },
  shop: { name: "Cross-border shop (generated)", timezone: "Asia/Shanghai" },
} as const;

interface Loaded {
  name: string;
  id: string;
  apiKey: string | null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.PORT ?? "3000" },
      conversations: { type: "string", default: "3000" },
      "seed-only": { type: "boolean" },
      reseed: { type: "boolean" },
    },
  });
  const config = env();
  const worker = config.REDIS_URL ? startWorker() : null;
  const rt = await openRuntime(config, { poolSize: 4 });
  let loaded: Loaded[];
  try {
    loaded = await seed(rt, { conversations: Number(values.conversations), reseed: values.reseed ?? false });
    if (!(await findUserByEmail(rt.db, DEMO_ADMIN.email))) {
      await createAccount(rt.db, { ...DEMO_ADMIN, isAdmin: true }, { userId: null, label: "demo" });
    }
  } finally {
    await rt.close();
  }
  for (const w of loaded) {
    process.stderr.write(`  ${w.name}: workspace ${w.id}${w.apiKey ? `, API key ${w.apiKey}` : ""}\n`);
  }
  process.stderr.write(
    `\nSign in to the demo with\n  e-mail:   ${DEMO_ADMIN.email}\n  password: ${DEMO_ADMIN.password}\n` +
      "(an instance admin: sees every workspace; create more accounts on the Users page)\n",
  );
  if (values["seed-only"]) {
    worker?.kill("SIGTERM");
    return;
  }
  buildIfNeeded();
  const children = [worker, startDashboard(values.port ?? "3000")].filter((c): c is ChildProcess => c !== null);
  const stop = () => {
    for (const child of children) child.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** Creates and fills each demo workspace that does not exist yet (or all of them with --reseed). */
async function seed(rt: Runtime, options: { conversations: number; reseed: boolean }): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  const ensure = async (spec: { name: string; timezone: string }, fill: (workspaceId: string) => Promise<void>) => {
    const existing = await findWorkspaceByName(rt.db, spec.name);
    if (existing && !options.reseed && (await listBatches(rt.db, existing.id, 1)).some((b) => b.state === "done")) {
      loaded.push({ name: spec.name, id: existing.id, apiKey: null });
      return;
    }
    const created = existing ? { workspace: existing, apiKey: null } : await createWorkspace(rt.db, spec);
    await fill(created.workspace.id);
    loaded.push({ name: spec.name, id: created.workspace.id, apiKey: created.apiKey });
  };

  await ensure(DEMO_WORKSPACES.twitter, (ws) =>
    importFile(rt, ws, path.join(samples, "twcs", "twcs_head_5000.csv"), { format: "twcs" }),
  );
  await ensure(DEMO_WORKSPACES.olist, async (ws) => {
    await importFile(rt, ws, path.join(samples, "olist", "olist_orders_2k.csv"), { format: "olist", type: "order" });
    await importFile(rt, ws, path.join(samples, "olist", "olist_order_reviews_2k.csv"), { format: "olist", type: "review" });
  });
  await ensure(DEMO_WORKSPACES.shop, async (ws) => {
    // The shop's Shanghai shifts (lib/demo/staff.ts), so business-hours figures mean something.
    await updateSlaSettings(rt.db, ws, {
      targetSeconds: 240,
      businessHours: {
        "1": [{ start: "09:00", end: "24:00" }],
        "2": [{ start: "00:00", end: "03:00" }, { start: "09:00", end: "24:00" }],
        "3": [{ start: "00:00", end: "03:00" }, { start: "09:00", end: "24:00" }],
        "4": [{ start: "00:00", end: "03:00" }, { start: "09:00", end: "24:00" }],
        "5": [{ start: "00:00", end: "03:00" }, { start: "09:00", end: "24:00" }],
        "6": [{ start: "00:00", end: "03:00" }, { start: "09:00", end: "18:00" }],
      },
      holidays: ["2026-10-01", "2026-10-02"],
      marketCalendars: {},
      webhookUrl: null,
      alertBreachRate: 0.25,
      alertLeadSeconds: 60,
    });
    await importGenerated(rt, ws, options.conversations);
  });
  return loaded;
}

async function importFile(rt: Runtime, workspaceId: string, file: string, spec: { format: "twcs" | "olist"; type?: "order" | "review" }) {
  const source: ByteSource = { name: path.basename(file), size: fs.statSync(file).size, open: () => fs.createReadStream(file) };
  const produced = await importSource(rt, {
    workspaceId,
    origin: "demo",
    source,
    spec: { ...spec, maxRecordBytes: env().INGEST_MAX_RECORD_BYTES },
    chunkRecords: env().INGEST_CHUNK_RECORDS,
  });
  await finish(rt, workspaceId, produced.batchId, source.name);
}

async function importGenerated(rt: Runtime, workspaceId: string, conversations: number) {
  const batchId = await createBatch(rt.db, { workspaceId, origin: "demo", filename: "generated shop", format: "canonical" });
  function* items(): Generator<RawItem> {
    let position = 0;
    for (const record of generateShop({ conversations })) yield { position: ++position, text: JSON.stringify(record) };
  }
  await enqueueItems(rt, items(), { workspaceId, batchId, positionKind: "index", chunkRecords: env().INGEST_CHUNK_RECORDS });
  await finish(rt, workspaceId, batchId, `generated shop (${conversations} conversations)`);
}

async function finish(rt: Runtime, workspaceId: string, batchId: string, label: string) {
  const progress = new Progress(`load ${label}`);
  const status = await waitForBatch(rt, workspaceId, batchId, (s) => progress.update(s.processed, s.records, `${s.processed}/${s.records}`));
  await rt.drain();
  progress.finish(`${status.state}, ${status.inserted} records in, ${status.rejected} rejected`);
  if (status.state !== "done") throw new Error(`loading ${label} failed: ${status.error}`);
}

function startDashboard(port: string): ChildProcess {
  const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
  process.stderr.write(`\nReplyscope is starting on http://localhost:${port}\n`);
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

function startWorker(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "jobs", "worker.ts")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
