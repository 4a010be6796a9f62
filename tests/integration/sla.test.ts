import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainFirstResponse, type PlainRow } from "../../bench/first-response-sql";
import { applyIngestChunk } from "../../db/queries/ingest";
import { createRecompute, latestRecompute } from "../../db/queries/recomputes";
import { updateSlaSettings } from "../../db/queries/sla-settings";
import { createWorkspace, getWorkspace } from "../../db/queries/workspaces";
import { importSource, waitForBatch } from "../../jobs/import";
import { processSlaTick } from "../../jobs/processors/sla-tick";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { deriveConversation } from "../../lib/conversations/derive";
import { generateShop } from "../../lib/demo/generator";
import { parseEnv } from "../../lib/env";
import type { CanonicalRecord } from "../../lib/ingest/records";
import { DEFAULT_WEEKLY_SCHEDULE } from "../../lib/time/business-hours";
import { firstResponseReport, type FirstResponseRow } from "../../services/reports/first-response";
import { reportContext } from "../../services/reports/types";
import { saveWorkspaceSettings } from "../../services/admin/settings";
import { rollupTemplateOutcomes } from "../../db/queries/template-outcomes";
import { BACKENDS } from "../support/backends";
import { freshDatabase, type TestDatabase } from "../support/database";
import { toJsonl } from "../support/records";

const NOW = new Date("2026-12-01T00:00:00Z");
// The alerts below go to a receiver on 127.0.0.1 (tests/integration/webhook.test.ts checks the refusal).
process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
const GROUPS = ["none", "week", "agent", "channel", "market"] as const;

async function importRecords(rt: Runtime, workspaceId: string, records: readonly CanonicalRecord[]) {
  const text = toJsonl(records);
  const { batchId } = await importSource(rt, {
    workspaceId,
    origin: "cli",
    source: { name: "shop.jsonl", open: async function* () { yield new TextEncoder().encode(text); } },
    spec: { format: "canonical", maxRecordBytes: 1 << 20 },
    chunkRecords: 400,
  });
  await rt.drain();
  return waitForBatch(rt, workspaceId, batchId);
}

describe.each(BACKENDS)("first response on %s", (_name, open) => {
  let rt: Runtime;
  let cleanup: () => Promise<void>;
  let ws: string;

  beforeAll(async () => {
    ({ rt, cleanup } = await open());
    ws = (await createWorkspace(rt.db, { name: "shop", timezone: "Asia/Shanghai" })).workspace.id;
    await updateSlaSettings(rt.db, ws, {
      targetSeconds: 240,
      businessHours: { ...DEFAULT_WEEKLY_SCHEDULE, "1": [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "18:00" }] },
      holidays: ["2026-10-01"],
      marketCalendars: { DE: { timezone: "Europe/Berlin", weekly: DEFAULT_WEEKLY_SCHEDULE, holidays: ["2026-10-03"] } },
      webhookUrl: null,
      alertBreachRate: 0.25,
      alertLeadSeconds: 60,
    });
    const records = [...generateShop({ seed: "sla-test", conversations: 600, weeks: 6, reviewsPerConversation: 0, backgroundOrdersPerConversation: 0.2, shuffle: true })];
    const status = await importRecords(rt, ws, records);
    expect(status.state).toBe("done");
  });
  afterAll(async () => cleanup());

  const report = async (params: Record<string, string>) => {
    const workspace = (await getWorkspace(rt.db, ws))!;
    const parsed = firstResponseReport.params.parse(params);
    return (await firstResponseReport.run(reportContext(rt.db, workspace, NOW), parsed)).rows;
  };
  const plain = async (from: string, to: string, groupBy: (typeof GROUPS)[number], hours: "calendar" | "business") => {
    const workspace = (await getWorkspace(rt.db, ws))!;
    return plainFirstResponse(rt.db, { workspaceId: ws, timeZone: workspace.timezone, from, to, groupBy, hours, targetSeconds: workspace.slaTargetSeconds, now: NOW });
  };
  const contract = (rows: FirstResponseRow[] | PlainRow[]) =>
    rows
      .map((r) => ({ key: r.key, conversations: r.conversations, answered: r.answered, unanswered: r.unanswered, p50_s: r.p50_s, p90_s: r.p90_s, p95_s: r.p95_s, breach_rate: r.breach_rate, conversion_rate: r.conversion_rate }))
      .sort((a, b) => String(a.key).localeCompare(String(b.key)));

  const expectSameAsPlainSql = async (from: string, to: string) => {
    for (const hours of ["calendar", "business"] as const) {
      for (const group_by of GROUPS) {
        const ours = await report({ from, to, group_by, hours });
        const theirs = await plain(from, to, group_by, hours);
        expect(contract(ours), `${group_by}/${hours} ${from}..${to}`).toEqual(contract(theirs.length ? theirs : ours));
        if (group_by === "none") expect(ours).toHaveLength(1);
      }
    }
  };

  it("builds the rollups of every week after the import", async () => {
    const [dirty] = await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sla_dirty_weeks WHERE workspace_id = $1`, [ws]);
    expect(dirty?.n).toBe(0);
    const [weeks] = await rt.db.query<{ n: number }>(`SELECT count(DISTINCT week_start)::int AS n FROM sla_week_rollups WHERE workspace_id = $1`, [ws]);
    expect(weeks?.n).toBeGreaterThanOrEqual(6);
  });

  it("answers exactly what plain percentile_cont over the facts answers: whole weeks, partial weeks, every grouping", async () => {
    await expectSameAsPlainSql("2026-10-12", "2026-11-22");
    await expectSameAsPlainSql("2026-10-15", "2026-11-03");
    await expectSameAsPlainSql("2026-11-24", "2026-11-24");
  });

  it("stays exact for weeks changed since their rollup (late, out-of-order messages)", async () => {
    const [conversation] = await rt.db.query<{ source_id: string }>(
      `SELECT c.source_id FROM conversations c JOIN conversation_facts f ON f.conversation_id = c.id
       WHERE c.workspace_id = $1 AND f.week_start = '2026-11-02' AND NOT f.unanswered ORDER BY c.id LIMIT 1`,
      [ws],
    );
    // A buyer message that arrives late and predates everything: the clock now starts earlier.
    const late: CanonicalRecord = { type: "message", id: "late-1", conversation_id: conversation!.source_id, sender: "buyer", sent_at: "2026-11-02T00:00:01+08:00", text: "hello?" };
    await applyIngestChunk(rt.db, { workspaceId: ws, batchId: (await rt.db.query<{ id: string }>(`INSERT INTO ingest_batches (workspace_id, origin, format) VALUES ($1, 'cli', 'canonical') RETURNING id`, [ws]))[0]!.id, seq: 0, positionKind: "line", records: [late], rejected: [] }, deriveConversation);
    const [dirty] = await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM sla_dirty_weeks WHERE workspace_id = $1`, [ws]);
    expect(dirty?.n).toBeGreaterThan(0);
    await expectSameAsPlainSql("2026-10-12", "2026-11-22");
  });

  it("recomputes history in the background when the schedule changes", async () => {
    const before = await report({ from: "2026-10-12", to: "2026-11-22", hours: "business" });
    await updateSlaSettings(rt.db, ws, {
      targetSeconds: 300,
      businessHours: { "1": [{ start: "00:00", end: "24:00" }], "2": [{ start: "00:00", end: "24:00" }] },
      holidays: [],
      marketCalendars: {},
      webhookUrl: null,
      alertBreachRate: 0.25,
      alertLeadSeconds: 60,
    });
    const recompute = await createRecompute(rt.db, ws, "settings");
    await rt.bus.enqueue("recompute-facts", { recomputeId: recompute.id, page: 0 });
    await rt.drain();
    expect(await latestRecompute(rt.db, ws)).toMatchObject({ state: "done", done: recompute.total });
    const after = await report({ from: "2026-10-12", to: "2026-11-22", hours: "business" });
    expect(after[0]?.p50_s).not.toBe(before[0]?.p50_s);
    await expectSameAsPlainSql("2026-10-12", "2026-11-22");
  });

  it("recomputes first responses, weeks and the daily template outcomes for a new time zone", async () => {
    const outcomes = async () =>
      JSON.stringify(
        await rt.db.query(
          `SELECT day::text, template_version_id, scenario, channel, conversations, conversions FROM template_daily_outcomes
           WHERE workspace_id = $1 ORDER BY 1, 2, 3, 4`,
          [ws],
        ),
      );
    const workspace = (await getWorkspace(rt.db, ws))!;
    const weekly = () => report({ from: "2026-10-12", to: "2026-11-22", hours: "business", group_by: "week" });
    const [before, outcomesBefore] = [await weekly(), await outcomes()];
    const saved = await saveWorkspaceSettings(rt, workspace, { name: workspace.name, timezone: "America/New_York", maskPersonalData: false }, { userId: null, label: "test" });
    expect(saved).toEqual({ changed: 1, recomputing: true });
    await rt.drain();
    expect(await latestRecompute(rt.db, ws)).toMatchObject({ state: "done", reason: "timezone" });
    // Weeks start at New York's midnight now: conversations near the boundary change weeks.
    expect(await weekly()).not.toEqual(before);
    await expectSameAsPlainSql("2026-10-12", "2026-11-22");
    // The outcomes moved to New York's days, and are what a full rollup from scratch gives.
    const outcomesAfter = await outcomes();
    expect(outcomesAfter).not.toBe(outcomesBefore);
    await rollupTemplateOutcomes(rt.db, ws);
    expect(await outcomes()).toBe(outcomesAfter);
  });
});

describe("SLA alerts", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let server: http.Server;
  const received: { type: string; conversation?: { id: string }; breach_rate?: number }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        if (failNext > 0) {
          failNext--;
          res.writeHead(503).end();
          return;
        }
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    server.close();
    await rt.close();
    await database.drop();
  });

  it("warns once per conversation about to breach, and once an hour about a high breach rate, retrying failed deliveries", async () => {
    const ws = (await createWorkspace(rt.db, { name: "alerts" })).workspace.id;
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    await updateSlaSettings(rt.db, ws, { targetSeconds: 240, businessHours: DEFAULT_WEEKLY_SCHEDULE, holidays: [], marketCalendars: {}, webhookUrl: url, alertBreachRate: 0.5, alertLeadSeconds: 60 });
    const now = new Date();
    const ago = (s: number) => new Date(now.getTime() - s * 1000).toISOString();
    const records: CanonicalRecord[] = [
      // 30 s before its deadline: about to breach.
      { type: "message", id: "w1", conversation_id: "waiting", sender: "buyer", sent_at: ago(210), text: "hi" },
      // 3 minutes left: not yet.
      { type: "message", id: "w2", conversation_id: "fresh", sender: "buyer", sent_at: ago(60), text: "hi" },
    ];
    // The hour that ended 240 s ago: 6 conversations, 4 never answered.
    for (let i = 0; i < 6; i++) {
      records.push({ type: "message", id: `h${i}`, conversation_id: `hour-${i}`, sender: "buyer", sent_at: ago(600 + i * 300), text: "?" });
      if (i < 2) records.push({ type: "message", id: `h${i}r`, conversation_id: `hour-${i}`, sender: "agent", agent_id: "ana", sent_at: ago(590 + i * 300), text: "!" });
    }
    await importRecords(rt, ws, records);

    failNext = 1;
    await processSlaTick({ db: rt.db, bus: rt.bus }, { minute: 0 }, now);
    // One of the two deliveries failed; the next tick sends it again, and nothing twice.
    await processSlaTick({ db: rt.db, bus: rt.bus }, { minute: 1 }, new Date(now.getTime() + 5_000));
    await processSlaTick({ db: rt.db, bus: rt.bus }, { minute: 2 }, new Date(now.getTime() + 10_000));
    expect(received.map((r) => r.type).sort()).toEqual(["about_to_breach", "breach_rate"]);
    expect(received.find((r) => r.type === "about_to_breach")?.conversation?.id).toBe("waiting");
    expect(received.find((r) => r.type === "breach_rate")?.breach_rate).toBeCloseTo(4 / 6);
  });
});
