import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getStratumCounts } from "../../db/queries/template-effectiveness";
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
import { importShop } from "../support/shop";

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

  const report = () => templatesReport.run({ db: rt.db, workspace: { id: workspaceId, timezone: "UTC" } as never, now: new Date() }, RANGE);

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

  it("finds frequent questions answered without a template", async () => {
    const gaps = await getTemplateGaps(rt.db, workspaceId);
    expect(gaps?.examined).toBeGreaterThan(100);
    expect(gaps?.clusters.length).toBeGreaterThan(0);
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
