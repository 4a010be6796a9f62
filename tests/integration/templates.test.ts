import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CanonicalRecord } from "../../lib/ingest/records";
import { repoRoot } from "../../lib/test-support/files";
import { getStratumCounts } from "../../db/queries/template-effectiveness";
import { markTemplateDays, rollupDirtyTemplateDays, rollupTemplateOutcomes } from "../../db/queries/template-outcomes";
import { getLatestDetectionRun } from "../../db/queries/template-runs";
import { getTemplateGaps } from "../../db/queries/template-gaps";
import { updateTemplate } from "../../db/queries/templates";
import { createWorkspace } from "../../db/queries/workspaces";
import { CONFOUNDED_EFFECTS } from "../../lib/demo/effects";
import type { ConversationTruth } from "../../lib/demo/truth";
import { parseEnv } from "../../lib/env";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { startTemplateRedetection } from "../../jobs/template-detection";
import { templatesReport } from "../../services/reports/templates";
import { freshDatabase, type TestDatabase } from "../support/database";
import { importRecords, importShop } from "../support/shop";
import { reportContext } from "../../services/reports/types";

const CONVERSATIONS = 8_000;
const RANGE = { from: "2026-08-31", to: "2026-11-22" };

describe("template effectiveness on a confounded shop (PostgreSQL)", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let workspaceId: string;
  const truth = new Map<string, ConversationTruth>();

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
    workspaceId = (await createWorkspace(rt.db, { name: "confounded" })).workspace.id;
    await importShop(rt, workspaceId, {
      seed: "confounded-test",
      conversations: CONVERSATIONS,
      effects: CONFOUNDED_EFFECTS,
      onTruth: (t) => {
        if (t.kind === "conversation") truth.set(t.conversationId, t);
      },
    });
  });
  afterAll(async () => {
    await rt?.close();
    await database?.drop();
  });

  const report = () => templatesReport.run(reportContext(rt.db, { id: workspaceId, timezone: "UTC", maskPersonalData: false } as never), RANGE);

  it("gets the sign of every planted effect right where the pooled comparison gets it wrong", async () => {
    const { rows } = await report();
    const counts = await getStratumCounts(rt.db, { workspaceId, ...RANGE });
    const versionOf = new Map(rows.map((r) => [r.template_id, r]));
    const comparable = counts.filter((c) => c.versionId === 0);
    const pooledBaseline = sum(comparable, "conversions") / sum(comparable, "conversations");
    for (const [id, planted] of Object.entries(CONFOUNDED_EFFECTS.templateLift)) {
      const row = versionOf.get(id)!;
      expect(row.uses, id).toBeGreaterThan(50);
      const pooledLift = row.conversion_rate! / pooledBaseline - 1;
      // Pooled: harmful presale templates look good, helpful after-sales ones look bad.
      expect(Math.sign(pooledLift), `${id} pooled`).toBe(-Math.sign(planted - 1));
      // Standardised over scenario x channel: the planted sign.
      expect(Math.sign(row.lift!), `${id} standardised`).toBe(Math.sign(planted - 1));
    }
    // Where the data are plentiful, the standardised interval excludes the pooled estimate outright.
    for (const id of ["seed-presale-1-en", "seed-aftersale-7-en"]) {
      const row = versionOf.get(id)!;
      const pooledLift = row.conversion_rate! / pooledBaseline - 1;
      expect(pooledLift < row.ci_low! || pooledLift > row.ci_high!, id).toBe(true);
    }
  });

  it("answers the API contract's shape, with q-values across the report's templates", async () => {
    const { rows } = await report();
    expect(rows.length).toBeGreaterThanOrEqual(24);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(["template_id", "name", "uses", "conversions", "conversion_rate", "baseline_rate", "lift", "ci_low", "ci_high", "p_value", "q_value", "verdict"]),
      );
      if (row.p_value !== null) expect(row.q_value).toBeGreaterThanOrEqual(row.p_value);
      if (row.uses < 30) expect(row.verdict).toBe("insufficient_data");
    }
    // The Chinese versions are never pasted by the generated agents.
    expect(rows.find((r) => r.template_id === "seed-presale-1-zh")?.uses).toBe(0);
  });

  it("records template use for named and detected messages, with how much was edited", async () => {
    const [named] = await rt.db.query<{ n: number; edited: number }>(
      `SELECT count(*)::int AS n, avg(edited_share)::float8 AS edited FROM template_uses WHERE workspace_id = $1 AND explicit`,
      [workspaceId],
    );
    const [detected] = await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM template_uses WHERE workspace_id = $1 AND NOT explicit`, [workspaceId]);
    const plantedUses = [...truth.values()].flatMap((t) => t.agentMessages.filter((m) => m.templateId !== null)).length;
    expect(named!.n + detected!.n).toBeGreaterThan(plantedUses * 0.8);
    expect(named!.n + detected!.n).toBeLessThanOrEqual(plantedUses);
    expect(named!.edited).toBeLessThan(0.3);
  });

  it("infers the scenario of conversations recorded without one, flagged as inferred", async () => {
    const rows = await rt.db.query<{ source_id: string; scenario: string }>(
      `SELECT c.source_id, f.scenario FROM conversation_facts f JOIN conversations c ON c.id = f.conversation_id
       WHERE f.workspace_id = $1 AND f.scenario_inferred`,
      [workspaceId],
    );
    const hidden = [...truth.values()].filter((t) => !t.scenarioRecorded).length;
    expect(rows.length).toBe(hidden);
    const right = rows.filter((r) => truth.get(r.source_id)?.scenario === r.scenario).length;
    expect(right / rows.length).toBeGreaterThan(0.85);
  });

  it("rolls up after an import exactly what a whole rollup from scratch gives, with no day left marked", async () => {
    const outcomes = async () =>
      JSON.stringify(
        await rt.db.query(
          `SELECT day::text, template_version_id, scenario, channel, conversations, conversions, negative_reviews
           FROM template_daily_outcomes WHERE workspace_id = $1 ORDER BY 1, 2, 3, 4`,
          [workspaceId],
        ),
      );
    const afterImport = await outcomes();
    expect(await rt.db.query(`SELECT 1 FROM template_dirty_days WHERE workspace_id = $1`, [workspaceId])).toEqual([]);
    await rollupTemplateOutcomes(rt.db, workspaceId);
    expect(await outcomes()).toBe(afterImport);
    // Marked days are rolled up by the slot job, marks and all, and only those days change.
    const removed = await rt.db.query(`DELETE FROM template_daily_outcomes WHERE workspace_id = $1 AND day = '2026-10-14' RETURNING day`, [workspaceId]);
    expect(removed.length).toBeGreaterThan(0);
    await markTemplateDays(rt.db, workspaceId, ["2026-10-14"]);
    expect(await rollupDirtyTemplateDays(rt.db, workspaceId)).toBe(1);
    expect(await outcomes()).toBe(afterImport);
    expect(await rollupDirtyTemplateDays(rt.db, workspaceId)).toBe(0);
  });

  it("finds frequent questions answered without a template", async () => {
    const gaps = await getTemplateGaps(rt.db, workspaceId);
    expect(gaps?.examined).toBeGreaterThan(100);
    expect(gaps?.clusters.length).toBeGreaterThan(0);
  });

  it("prints the same document from the command line as the report gives the API", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "cli/index.ts"), "report", "templates", "--workspace", workspaceId, "--from", RANGE.from, "--to", RANGE.to, "--json"],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: database.url, REDIS_URL: "" } },
    );
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(await report())));
  });

  it("counts a negative review by the buyer within 14 days after an after-sales conversation, also when it comes later", async () => {
    const ws = (await createWorkspace(rt.db, { name: "second outcome" })).workspace.id;
    const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 9, 1 + day, 9, minute)).toISOString();
    const records: CanonicalRecord[] = [
      { type: "agent", id: "li", name: "Li" },
      { type: "template", id: "sorry", name: "Sorry", scenario: "aftersale", text: "We are very sorry about this. Please send a photo of the damage and we will replace it at once." },
    ];
    for (let i = 0; i < 8; i++) {
      records.push({ type: "conversation", id: `c${i}`, buyer_id: `b${i}`, scenario: "aftersale", channel: "chat" });
      records.push({ type: "message", id: `c${i}-1`, conversation_id: `c${i}`, sender: "buyer", sent_at: at(i), text: "It arrived broken" });
      records.push({
        type: "message",
        id: `c${i}-2`,
        conversation_id: `c${i}`,
        sender: "agent",
        agent_id: "li",
        sent_at: at(i, 5),
        text: i < 4 ? "We are very sorry about this. Please send a photo of the damage and we will replace it at once." : "Let me check that for you.",
        ...(i < 2 ? { template_id: "sorry" } : {}),
      });
    }
    await importRecords(rt, ws, records);
    // Reviews come in a later batch: within 14 days (b0, b4), after 20 days (b1), positive (b2).
    await importRecords(rt, ws, [
      { type: "review", id: "r0", rating: 1, text: "bad", created_at: at(3), buyer_id: "b0" },
      { type: "review", id: "r4", rating: 2, text: "meh", created_at: at(10), buyer_id: "b4" },
      { type: "review", id: "r1", rating: 1, text: "late", created_at: at(21), buyer_id: "b1" },
      { type: "review", id: "r2", rating: 5, text: "good", created_at: at(4), buyer_id: "b2" },
    ]);
    const counts = await getStratumCounts(rt.db, { workspaceId: ws, from: "2026-10-01", to: "2026-10-31" });
    const used = counts.filter((c) => c.versionId !== 0);
    const comparable = counts.filter((c) => c.versionId === 0);
    expect(used.map((c) => [c.conversations, c.negativeReviews])).toEqual([[4, 1]]);
    expect(comparable.map((c) => [c.conversations, c.negativeReviews])).toEqual([[4, 1]]);
  });

  it("starts a new version when a template's text is edited, and re-detects in the background", async () => {
    const [template] = await rt.db.query<{ id: number; name: string; text: string }>(
      `SELECT id, name, text FROM templates WHERE workspace_id = $1 AND source_id = 'seed-logistics-5-en'`,
      [workspaceId],
    );
    const edited = `${template!.text} Thank you for your patience!`;
    const saved = await updateTemplate(rt.db, workspaceId, template!.id, { name: template!.name, text: edited, scenario: "logistics", language: "en" });
    expect(saved).toEqual({ found: true, newVersion: true });
    await startTemplateRedetection(rt.db, rt.bus, workspaceId);
    await rt.drain();
    const run = await getLatestDetectionRun(rt.db, workspaceId);
    expect(run).toMatchObject({ state: "done" });
    expect(run!.done).toBe(run!.total);
    const { rows } = await report();
    const versions = rows.filter((r) => r.template_id === "seed-logistics-5-en").map((r) => r.version);
    // Old messages stay with version 1; version 2 is listed (unused so far) as the current text.
    expect(versions.sort()).toEqual([1, 2]);
  });
});

function sum<T>(rows: readonly T[], key: keyof T): number {
  return rows.reduce((total, row) => total + Number(row[key]), 0);
}

describe("template effectiveness on PGlite (the embedded default)", () => {
  let rt: Runtime;
  beforeAll(async () => {
    const { openPglite } = await import("../../db/client");
    const { InProcessBus } = await import("../../jobs/in-process-bus");
    const db = await openPglite(undefined);
    const bus = new InProcessBus();
    bus.attach({ db });
    rt = { db, bus, drain: () => bus.drain(), close: async () => { await bus.close(); await db.close(); } };
  });
  afterAll(async () => rt?.close());

  it("detects uses, rolls up outcomes and reports with the same SQL", async () => {
    const workspaceId = (await createWorkspace(rt.db, { name: "embedded" })).workspace.id;
    await importShop(rt, workspaceId, { seed: "pglite-templates", conversations: 400 });
    const { rows } = await templatesReport.run(reportContext(rt.db, { id: workspaceId, timezone: "UTC", maskPersonalData: false } as never), RANGE);
    const used = rows.filter((r) => r.uses > 0);
    expect(used.length).toBeGreaterThan(5);
    expect(used.every((r) => r.baseline_rate !== null)).toBe(true);
    expect(await getLatestDetectionRun(rt.db, workspaceId)).toMatchObject({ state: "done" });
  });
});
