import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../lib/test-support/files";
import { freshDatabase, freshQueuePrefix, REDIS_URL, type TestDatabase } from "../support/database";
import { DEMO_ADMIN } from "../../lib/demo/admin";
import { launchChromium, requireChromium, signIn } from "../support/browser";
import { freePort, waitForHttp } from "../support/http";
import { type Spawned, spawnTs } from "../support/processes";

const BODY_LIMIT = 64 * 1024;
const shots = path.join(repoRoot, "tests", "e2e", "screenshots");

/**
 * Drives `npm run demo` the way a new user would: against PostgreSQL and Redis (the web app only
 * enqueues, the demo's worker process does the work), with a small generated shop.
 */
describe.skipIf(!requireChromium("the end-to-end test"))("the demo, end to end", () => {
  let database: TestDatabase;
  let demo: Spawned;
  let base: string;
  let apiKey: string;
  let shopId: string;
  let browser: Browser;

  beforeAll(async () => {
    database = await freshDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    demo = spawnTs("cli/demo.ts", ["--port", String(port), "--conversations", "300"], {
      DATABASE_URL: database.url,
      REDIS_URL,
      QUEUE_PREFIX: freshQueuePrefix(),
      INGEST_MAX_BODY_BYTES: String(BODY_LIMIT),
      NEXT_TELEMETRY_DISABLED: "1",
    });
    await demo.waitFor(/Cross-border shop \(generated\): workspace \S+, API key (\S+)/, 300_000);
    [, shopId = "", apiKey = ""] = /Cross-border shop \(generated\): workspace (\S+), API key (\S+)/.exec(demo.output()) ?? [];
    await waitForHttp(`${base}/`, 300_000);
    browser = await launchChromium();
    fs.mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    demo?.child.kill("SIGTERM");
    await demo?.exited;
    await database?.drop();
  });

  const api = (pathname: string, init: RequestInit = {}) =>
    fetch(`${base}${pathname}`, { ...init, headers: { authorization: `Bearer ${apiKey}`, ...init.headers } });

  it("ingests through the HTTP API with per-record rejections, and reports the batch", async () => {
    const records: Record<string, unknown>[] = [
      { type: "conversation", id: "api-c1", market: "DE", buyer_id: "api-b1" },
      { type: "message", id: "api-m1", conversation_id: "api-c1", sender: "buyer", sent_at: "2026-11-20T09:00:00+01:00", text: "Wo ist mein Paket?" },
      { type: "message", id: "api-m2", conversation_id: "api-c1", sender: "agent", sent_at: "2026-11-20T09:00:00", text: "no offset" },
      { type: "review", id: "api-r1", rating: 9, text: "?", created_at: "2026-11-20T09:00:00Z" },
      // A field named like a built-in property is an unknown field like any other (kept in attrs).
      { type: "agent", id: "api-a1", name: "Ana", constructor: "c", toString: "t" },
      // Valid JSON the database could not store: refused on its own, not with its whole batch.
      { type: "message", id: "api-m3", conversation_id: "api-c1", sender: "agent", sent_at: "2026-11-20T09:05:00Z", text: "call", duration_s: 3e9 },
    ];
    const deep = `{"type":"agent","id":"api-a2","name":"Deep","extra":${"[".repeat(5_000)}${"]".repeat(5_000)}}`;
    const response = await api("/api/v1/ingest", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `${JSON.stringify(records).slice(0, -1)},${deep}]`,
    });
    expect(response.status).toBe(202);
    const body = (await response.json()) as { batch_id: string; accepted: number; rejected: unknown[] };
    expect(body).toMatchObject({
      accepted: 3,
      rejected: [
        { index: 2, field: "sent_at", reason: expect.stringMatching(/no UTC offset/) },
        { index: 3, field: "rating", reason: expect.stringMatching(/1 to 5/) },
        { index: 5, field: "duration_s", reason: expect.stringMatching(/from 0 to/) },
        { index: 6, field: null, reason: expect.stringMatching(/32 levels/) },
      ],
    });
    let status: Record<string, unknown> = {};
    for (let i = 0; i < 100 && status.state !== "done"; i++) {
      status = (await (await api(`/api/v1/ingest/${body.batch_id}`)).json()) as Record<string, unknown>;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toMatchObject({ batch_id: body.batch_id, state: "done", records: 7, processed: 7, rejected: 4 });

    const ndjson = await api("/api/v1/ingest", {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: `${JSON.stringify(records[0])}\n{broken\n`,
    });
    expect(await ndjson.json()).toMatchObject({ accepted: 1, rejected: [{ index: 1, field: null, reason: expect.stringMatching(/malformed JSON/) }] });
  });

  it("answers the caller's mistakes with 4xx and one error shape, never a stack trace", async () => {
    const cases: [Promise<Response>, number, string][] = [
      [fetch(`${base}/api/v1/ingest`, { method: "POST", body: "[]", headers: { "content-type": "application/json" } }), 401, "unauthorized"],
      [api("/api/v1/ingest", { method: "POST", headers: { authorization: "Bearer rs_wrong" } }), 401, "unauthorized"],
      [api("/api/v1/ingest", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" }), 415, "unsupported_media_type"],
      [api("/api/v1/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }), 400, "bad_request"],
      [api("/api/v1/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: "[]" }), 400, "bad_request"],
      [api("/api/v1/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "agent" }) }), 400, "bad_request"],
      [api("/api/v1/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: `[${"1,".repeat(BODY_LIMIT)}1]` }), 413, "payload_too_large"],
      [api("/api/v1/ingest/00000000-0000-4000-8000-000000000000"), 404, "not_found"],
      [api("/api/v1/ingest/not-a-uuid"), 404, "not_found"],
      [api("/api/v1/ingest"), 405, "method_not_allowed"],
      [api("/api/v1/ingest/00000000-0000-4000-8000-000000000000", { method: "PUT" }), 405, "method_not_allowed"],
      [api("/api/v1/topics", { method: "DELETE" }), 405, "method_not_allowed"],
      [api(`/api/v1/reviews?cursor=${Buffer.from('["+275760-09-13T00:00:00.000Z",1]').toString("base64url")}`), 400, "bad_request"],
      [api("/api/v1/templates/effectiveness?from=0000-12-31&to=0001-01-01"), 400, "bad_request"],
      [api("/api/v1/topics?week=2026-W47&week=2026-W46"), 400, "bad_request"],
      [api("/api/v1/metrics/first-response?from=2026-11-01&to=2026-11-22&group-by=week"), 400, "bad_request"],
    ];
    for (const [request, status, code] of cases) {
      const response = await request;
      const text = await response.text();
      expect([response.status, JSON.parse(text).error?.code]).toEqual([status, code]);
      expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it("shows an upload's progress, its rejected records as text, and offers them as CSV", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    // The credentials the demo prints.
    expect(demo.output()).toContain(`e-mail:   ${DEMO_ADMIN.email}`);
    expect(demo.output()).toContain(`password: ${DEMO_ADMIN.password}`);
    await signIn(page, base, DEMO_ADMIN);
    await page.getByRole("link", { name: "Imports" }).click();
    await page.getByRole("heading", { name: "Imports", level: 1 }).waitFor();

    const file = path.join(shots, "upload.jsonl");
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ type: "conversation", id: "e2e-c1", market: "FR" }),
        JSON.stringify({ type: "message", id: "e2e-m1", conversation_id: "e2e-c1", sender: "buyer", sent_at: "2026-11-20T10:00:00+01:00", text: "<script>alert('xss')</script><img src=x onerror=alert(1)>" }),
        '{"type": "message", "id": "e2e-broken"',
        JSON.stringify({ type: "review", id: "e2e-r1", rating: 9, text: "<b>bold?</b>", created_at: "2026-11-20T10:00:00Z" }),
        JSON.stringify({ type: "parcel", id: "p1" }),
      ].join("\n"),
    );
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole("button", { name: "Upload and import" }).click();
    await page.getByText(/Done: 5 records, 2 inserted, 0 updated, 0 unchanged, 3 rejected/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(shots, "imports-after-upload.png"), fullPage: true });

    await page.getByRole("link", { name: "View batch" }).click();
    await page.getByText("malformed JSON", { exact: false }).first().waitFor();
    const body = await page.locator("main").innerText();
    expect(body).toMatch(/unknown type "parcel"/);
    expect(body).toMatch(/must be an integer from 1 to 5, got 9/);
    expect(body).toContain("<b>bold?</b>");
    await page.screenshot({ path: path.join(shots, "batch-rejections.png"), fullPage: true });

    const csvHref = await page.getByRole("link", { name: /CSV/ }).getAttribute("href");
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const csv = await (await fetch(new URL(csvHref ?? "", base), { headers: { cookie } })).text();
    expect(csv.split("\n")[0]).toMatch(/position,position_kind,field,reason,raw/);
    expect(csv).toMatch(/^3,line,,"malformed JSON/m);
    expect(csv).toMatch(/^4,line,rating,/m);

    // Script-looking text in the file was shown as text and never ran.
    expect(dialogs).toBe(0);

    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("link", { name: "导入" }).first().waitFor();
    await page.screenshot({ path: path.join(shots, "batch-rejections-zh-CN.png"), fullPage: true });
    await page.close();
  });

  it("shows the SLA page, drills from an agent to its conversations and explains one conversation's clock", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, base, DEMO_ADMIN);
    await page.goto(`${base}/w/${shopId}`);
    await page.getByRole("link", { name: "First response SLA" }).first().click();
    await page.getByRole("heading", { name: "First response SLA", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Agents" }).waitFor();
    await page.screenshot({ path: path.join(shots, "sla.png"), fullPage: true });

    // Weeks without data say so; weeks past what the pages support fall back instead of failing.
    await page.goto(`${base}/w/${shopId}/sla?end=2020-W10&weeks=4`);
    await page.getByTestId("trend-none").waitFor();
    await page.screenshot({ path: path.join(shots, "sla-no-data.png"), fullPage: true });
    for (const url of [`/w/${shopId}?week=9999-W53`, `/w/${shopId}/sla?end=9999-W52`, `/w/${shopId}/retrospective?week=9999-W52`, `/w/${shopId}/templates?from=1900-01-01&to=9999-12-31`]) {
      expect((await page.goto(`${base}${url}`))?.status(), url).toBe(200);
      await page.getByRole("heading", { level: 1 }).waitFor();
    }
    await page.goto(`${base}/w/${shopId}/sla`);

    // The API answers the same definition the page shows.
    const weeks = (await (await api("/api/v1/metrics/first-response?from=2026-08-31&to=2026-11-22&group_by=agent")).json()) as { rows: { key: string | null; answered: number; p50_s: number }[] };
    const busiest = weeks.rows.filter((r) => r.key).sort((a, b) => b.answered - a.answered)[0]!;
    expect(busiest.p50_s).toBeGreaterThan(0);

    const agents = page.locator("#sla-agents");
    await agents.getByRole("button", { name: /p50/ }).click();
    const firstAgent = agents.locator("tbody tr").first().getByRole("link").first();
    const agentName = (await firstAgent.innerText()).trim();
    await firstAgent.click();
    await page.getByRole("heading", { name: "Conversations", level: 1 }).waitFor();
    expect(await page.locator("main").innerText()).toContain("agent ");
    const rows = page.locator("main tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const cell of await rows.locator("td:nth-child(3)").allInnerTexts()) expect(cell.trim()).toBe(agentName);
    await page.screenshot({ path: path.join(shots, "sla-drilldown.png"), fullPage: true });

    await rows.first().getByRole("link").first().click();
    await page.getByText("Why the first response time is what it is").waitFor();
    expect(await page.locator('[data-role="start"]').count()).toBe(1);
    expect(await page.locator('[data-role="stop"]').count()).toBe(1);
    expect(await page.locator("main").innerText()).toContain(agentName);
    await page.screenshot({ path: path.join(shots, "sla-timeline.png"), fullPage: true });

    await page.getByRole("button", { name: "中文" }).click();
    await page.getByText("首次响应时间的由来").waitFor();
    await page.goto(`${base}/w/${shopId}/sla`);
    await page.getByRole("heading", { name: "首次响应 SLA", level: 1 }).waitFor();
    await page.screenshot({ path: path.join(shots, "sla-zh-CN.png"), fullPage: true });
    await page.close();
  });

  it("serves the template effectiveness report through the API with the contract's fields", async () => {
    const response = await api("/api/v1/templates/effectiveness?from=2026-08-31&to=2026-11-22");
    expect(response.status).toBe(200);
    const { rows } = (await response.json()) as { rows: Record<string, unknown>[] };
    expect(rows.length).toBeGreaterThanOrEqual(24);
    const used = rows.filter((r) => (r.uses as number) > 0);
    expect(used.length).toBeGreaterThan(5);
    for (const row of used) {
      for (const key of ["template_id", "name", "uses", "conversions", "conversion_rate", "baseline_rate", "lift", "ci_low", "ci_high", "p_value", "q_value", "verdict"]) {
        expect(row).toHaveProperty(key);
      }
      expect(["insufficient_data", "prune", "keep", "neutral"]).toContain(row.verdict);
    }
    const bad = await api("/api/v1/templates/effectiveness?from=2026-13-01");
    expect([bad.status, ((await bad.json()) as { error: { code: string } }).error.code]).toEqual([400, "bad_request"]);
    expect((await fetch(`${base}/api/v1/templates/effectiveness`)).status).toBe(401);
  });

  it("shows template lift, and adding or editing a template re-detects its use with progress", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, base, DEMO_ADMIN);
    await page.goto(`${base}/`);
    const shop = await page.locator("select").first().evaluate((select) =>
      [...(select as HTMLSelectElement).options].find((o) => o.text.startsWith("Cross-border shop"))?.value,
    );
    await page.goto(`${base}/w/${shop}/templates?from=2026-08-31&to=2026-11-22`);
    await page.getByRole("heading", { name: "Templates", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Lift by template" }).waitFor();
    expect(await page.locator("tr[data-template]").count()).toBeGreaterThan(5);
    for (const heading of ["Prune list", "Verbatim or personalised?", "After-sales: negative reviews", "Template gaps", "Near-duplicate templates"]) {
      await page.getByRole("heading", { name: heading }).waitFor();
    }
    await page.screenshot({ path: path.join(shots, "templates.png"), fullPage: true });

    // A near-copy of an existing template, added in the library, shows up as a duplicate to merge.
    await page.getByRole("link", { name: "Manage the library" }).click();
    await page.getByRole("heading", { name: "Template library", level: 1 }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Delivery time (copy)");
    await page.getByLabel("Scenario").selectOption("logistics");
    await page.getByLabel("Language (e.g. en, zh)").fill("en");
    await page
      .getByLabel("Text", { exact: true })
      .fill(
        "This item ships from China; buyers in [country/region] normally receive it within [X-Y] business days. In peak periods such as holidays it may take a little longer, and I will let you know in advance. Your order is being processed and should ship soon.",
      );
    await page.getByRole("button", { name: "Add template" }).click();
    await page.getByRole("heading", { name: "Delivery time (copy)", level: 1 }).waitFor();
    const editUrl = page.url().replace(/\?.*$/, "");
    await page.goto(`${base}/w/${shop}/templates?from=2026-08-31&to=2026-11-22`);
    await page.locator("li[data-duplicate]", { hasText: "Delivery time (copy)" }).waitFor();
    expect(await page.locator("li[data-duplicate]").first().getAttribute("data-duplicate")).toMatch(/seed-logistics-4-en/);

    // Editing the text starts version 2 and a background re-detection.
    await page.goto(editUrl);
    await page.locator('textarea[name="text"]').fill("Thanks for waiting! This item ships from China within [X-Y] business days.");
    await page.getByLabel("Scenario").selectOption("aftersale");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved as version 2", { exact: false }).waitFor();
    expect(await page.getByLabel("Scenario").inputValue()).toBe("aftersale");
    expect(await page.locator("li[data-version]").count()).toBe(2);
    await page.screenshot({ path: path.join(shots, "template-edit.png"), fullPage: true });

    await page.goto(`${base}/w/${shop}/templates?from=2026-08-31&to=2026-11-22`);
    await page.getByText(/Template use last re-detected|Re-detecting template use/).first().waitFor();
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { name: "各模板提升效果" }).waitFor();
    await page.screenshot({ path: path.join(shots, "templates-zh-CN.png"), fullPage: true });
    await page.close();
  });

  it("walks the weekly retrospective: topics, a topic's drill-down, notes and actions, exports", async () => {
    // The worker analyses texts after the import: wait until the week's topics are in the API.
    let topics: { week: string; topics: { id: string; count: number }[] } = { week: "", topics: [] };
    for (let i = 0; i < 120 && topics.topics.length === 0; i++) {
      topics = (await (await api("/api/v1/topics")).json()) as typeof topics;
      if (topics.topics.length === 0) await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(topics.topics.length).toBeGreaterThan(0);
    const reviews = (await (await api("/api/v1/reviews?limit=5")).json()) as { rows: unknown[]; next_cursor: string | null };
    expect(reviews.rows).toHaveLength(5);
    expect(reviews.next_cursor).toEqual(expect.any(String));

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, base, DEMO_ADMIN);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${base}/w/${shopId}`);
    await page.getByRole("link", { name: "Retrospective" }).click();
    await page.getByRole("heading", { name: "Weekly retrospective", level: 1 }).waitFor();
    await page.getByRole("table", { name: "Complaint topics of the week" }).waitFor();
    const first = topics.topics[0]?.id ?? "";
    await page.locator(`a[data-topic="${first}"]`).click();
    await page.locator("#drilldown").waitFor();
    expect(await page.locator("[data-quote]").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, "retrospective-topic.png"), fullPage: true });

    await page.getByPlaceholder("What to do").fill("Call the carrier about delays");
    await page.getByPlaceholder("Owner").last().fill("Li Wei");
    await page.getByRole("button", { name: "Add action" }).click();
    await page.locator("[data-action=open]", { hasText: "Call the carrier about delays" }).waitFor();
    // A status change shows in the badge and stays in the select once the form has reset.
    const action = page.locator("li[data-action]", { hasText: "Call the carrier about delays" });
    await action.getByLabel("Status").selectOption("in_progress");
    await action.getByRole("button", { name: "Save" }).click();
    await page.locator("[data-action=in_progress]", { hasText: "Call the carrier about delays" }).waitFor();
    expect(await action.getByLabel("Status").inputValue()).toBe("in_progress");

    const csvHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    // The exports need the session too: fetched with the page's cookies.
    const csv = await (await page.request.get(new URL(csvHref ?? "", base).href)).text();
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("week,topic_id,label,count,previous_count,trailing_avg,emerging,share,avg_rating,avg_sentiment,keywords,example");
    expect(csv).toContain(`,${first},`);
    const mdHref = await page.getByRole("link", { name: "Export Markdown" }).getAttribute("href");
    const md = await (await page.request.get(new URL(mdHref ?? "", base).href)).text();
    expect(md).toMatch(/^# Weekly retrospective/);
    expect(md).toContain("Call the carrier about delays");

    await page.emulateMedia({ media: "print" });
    expect(await page.locator("nav[aria-label=Main]").isVisible()).toBe(false);
    await page.screenshot({ path: path.join(shots, "retrospective-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { name: "每周差评复盘", level: 1 }).waitFor();
    await page.screenshot({ path: path.join(shots, "retrospective-zh-CN.png"), fullPage: true });
    expect(dialogs).toBe(0);
    await page.close();
  });
});
