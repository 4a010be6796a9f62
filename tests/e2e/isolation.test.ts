import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../db/queries/api-keys";
import { createWorkspace } from "../../db/queries/workspaces";
import { getMembership, setMember } from "../../db/queries/users";
import type { Role } from "../../lib/auth/roles";
import { parseEnv } from "../../lib/env";
import { repoRoot } from "../../lib/test-support/files";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { createAccount } from "../../services/auth/passwords";
import { launchChromium, requireChromium, signIn } from "../support/browser";
import { freshDatabase, type TestDatabase } from "../support/database";
import { importText } from "../support/import";
import { toJsonl } from "../support/records";
import { appRoutes, fillRoute } from "../support/routes";
import { startWebServer, type WebServer } from "../support/server";
import { sessionCookie } from "../support/session";

const AUTH_SECRET = "isolation-test-secret-with-32-plus-chars";
/** Letters and digits only, so it reads the same in every export (Markdown escapes punctuation). */
const MARKER_B = "WorkspaceBPrivate7f3a";
/** Text that must stay text wherever it is shown: markup, a script, a javascript: link, a formula. */
const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=1">link</a>=HYPERLINK("http://evil")`;
const shots = path.join(repoRoot, "tests", "e2e", "screenshots");

/**
 * Records for one workspace: `text` in every free-text field, and one rejected record. The agent's
 * id starts like a spreadsheet formula: the SLA export lists agents by id.
 */
function records(text: string, prefix: string) {
  const agent = `=HYPERLINK("http://evil/${prefix}")`;
  return [
    { type: "agent", id: agent, name: `${text} agent` },
    { type: "template", id: `${prefix}-tpl`, name: `${text} template`, text },
    { type: "conversation", id: `${prefix}-c1`, buyer_id: `${prefix}-buyer`, market: "DE" },
    { type: "message", id: `${prefix}-m1`, conversation_id: `${prefix}-c1`, sender: "buyer", sent_at: "2026-11-16T09:00:00Z", text },
    { type: "message", id: `${prefix}-m2`, conversation_id: `${prefix}-c1`, sender: "agent", agent_id: agent, template_id: `${prefix}-tpl`, sent_at: "2026-11-16T09:03:00Z", text },
    { type: "order", id: `${prefix}-o1`, buyer_id: `${prefix}-buyer`, placed_at: "2026-11-16T10:00:00Z", amount: 20, currency: "EUR" },
    { type: "review", id: `${prefix}-r1`, rating: 1, text, title: text, created_at: "2026-11-18T10:00:00Z", buyer_id: `${prefix}-buyer` },
    // A complaint the taxonomy knows, so the week has a topic whose quotes hold `text`.
    { type: "review", id: `${prefix}-r2`, rating: 1, text: `${text} The parcel never arrived, still waiting for delivery`, created_at: "2026-11-18T11:00:00Z" },
    { type: "review", id: `${prefix}-bad`, rating: 9, text, created_at: "2026-11-18T10:00:00Z" },
  ];
}

interface Person {
  id: string;
  email: string;
  password: string;
  cookie: string;
}

describe.skipIf(!requireChromium("the isolation test"))("workspace isolation, roles and hostile text, end to end", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let server: WebServer;
  let base: string;
  let browser: Browser;
  const ids: Record<string, string> = {};
  const keys: Record<string, string> = {};
  const people: Record<string, Person> = {};

  /** A hash of every row workspace B has, in every table with a workspace_id, and its workspaces row. */
  async function snapshotB(): Promise<string> {
    const tables = await rt.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'workspace_id' ORDER BY 1`,
    );
    const parts: string[] = [];
    for (const { table_name } of tables) {
      const [row] = await rt.db.query<{ h: string | null }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM ${table_name} t WHERE workspace_id = $1`,
        [ids.B],
      );
      parts.push(`${table_name}:${row?.h}`);
    }
    const [ws] = await rt.db.query<{ h: string }>(`SELECT md5(t::text) AS h FROM workspaces t WHERE id = $1`, [ids.B]);
    return `${parts.join(",")};workspace:${ws?.h}`;
  }

  beforeAll(async () => {
    database = await freshDatabase();
    const config = parseEnv({ DATABASE_URL: database.url, AUTH_SECRET });
    rt = await openRuntime(config);
    const a = await createWorkspace(rt.db, { name: `Shop A ${XSS}` });
    const b = await createWorkspace(rt.db, { name: `Shop B ${MARKER_B}` });
    ids.A = a.workspace.id;
    ids.B = b.workspace.id;
    keys.A = a.apiKey;
    keys.B = b.apiKey;
    await importText(rt, ids.A, toJsonl(records(XSS, "a")), { name: `${XSS}.jsonl` });
    await importText(rt, ids.B, toJsonl(records(MARKER_B, "b")));
    const [batchA] = await rt.db.query<{ id: string }>(`SELECT id FROM ingest_batches WHERE workspace_id = $1`, [ids.A]);
    const [batchB] = await rt.db.query<{ id: string }>(`SELECT id FROM ingest_batches WHERE workspace_id = $1`, [ids.B]);
    ids.batchA = batchA?.id ?? "";
    ids.batchB = batchB?.id ?? "";
    for (const side of ["A", "B"] as const) {
      const [row] = await rt.db.query<{ conversation: string; template: string; topic: string | null }>(
        `SELECT (SELECT id::text FROM conversations WHERE workspace_id = $1) AS conversation,
                (SELECT id::text FROM templates WHERE workspace_id = $1) AS template,
                (SELECT key FROM topics t WHERE workspace_id = $1 AND EXISTS (SELECT 1 FROM text_insights i WHERE i.topic_id = t.id) LIMIT 1) AS topic`,
        [ids[side]],
      );
      ids[`conversation${side}`] = row?.conversation ?? "";
      ids[`template${side}`] = row?.template ?? "";
      ids[`topic${side}`] = row?.topic ?? "";
    }
    await createApiKey(rt.db, { workspaceId: ids.A, name: XSS, signed: false, createdBy: null });

    const member = async (name: string, workspaceId: string | null, role: Role) => {
      const email = `${name}@example.com`;
      const password = `${name}-password-123`;
      const user = await createAccount(rt.db, { email, password, name: `${name} ${workspaceId === ids.A ? XSS : ""}`, isAdmin: false }, { userId: null, label: "test" });
      if (workspaceId) await setMember(rt.db, workspaceId, user.id, role);
      people[name] = { id: user.id, email, password, cookie: await sessionCookie(rt.db, config, { email, password }) };
    };
    await member("alice", ids.A, "admin");
    await member("bob", ids.B, "admin");
    await member("vera", ids.B, "viewer");
    await member("mona", ids.B, "manager");
    await member("tess", ids.B, "team_lead");
    await member("cody", ids.B, "content_owner");

    server = await startWebServer({ DATABASE_URL: database.url, AUTH_SECRET });
    base = server.base;
    browser = await launchChromium();
    fs.mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rt?.close();
    await database?.drop();
  });

  const routes = appRoutes();
  /** Dynamic segments filled with workspace B's ids (and A's, for A's own pages). */
  const valuesFor = (side: "A" | "B") => ({
    workspace: ids[side] ?? "",
    batch: ids[`batch${side}`] ?? "",
    batch_id: ids[`batch${side}`] ?? "",
    conversation: ids[`conversation${side}`] ?? "",
    template: ids[`template${side}`] ?? "",
  });
  /** Query strings that make a page or export show its data (the week and range of the records above). */
  const queryFor = (pattern: string, side: "A" | "B") =>
    ({
      "/w/[workspace]/sla/export.csv": "?from=2026-11-16&to=2026-11-22&group_by=agent",
      "/w/[workspace]/retrospective": `?week=2026-W47&topic=${encodeURIComponent(ids[`topic${side}`] ?? "")}`,
      "/w/[workspace]/retrospective/export.csv": "?week=2026-W47",
      "/w/[workspace]/retrospective/export.md": "?week=2026-W47",
    })[pattern] ?? "";
  const urlOf = (pattern: string, side: "A" | "B") => `${fillRoute(pattern, valuesFor(side))}${queryFor(pattern, side)}`;
  const as = (person: string | null, init: RequestInit = {}) => ({
    ...init,
    redirect: "manual" as const,
    headers: { ...(person ? { cookie: people[person]?.cookie ?? "" } : {}), ...(init.headers as Record<string, string>) },
  });

  it("finds the pages and routes to test, and knows every dynamic segment", () => {
    expect(routes.filter((r) => r.kind === "page").length).toBeGreaterThanOrEqual(8);
    for (const route of routes) expect(() => fillRoute(route.pattern, valuesFor("B"))).not.toThrow();
  });

  it("sends visitors without a session to sign in, and refuses them on every route", async () => {
    for (const route of routes) {
      if (route.pattern === "/sign-in") continue;
      const url = `${base}${fillRoute(route.pattern, valuesFor("A"))}?workspace=${ids.A}`;
      for (const method of route.kind === "page" ? ["GET"] : route.methods) {
        const response = await fetch(url, as(null, { method }));
        const text = await response.text();
        if (route.kind === "page" || !route.pattern.startsWith("/api/")) {
          expect([route.pattern, response.status, response.headers.get("location") ?? ""]).toEqual([route.pattern, 307, expect.stringContaining("/sign-in")]);
        } else {
          // 405 is a method the route does not serve at all (it answers before looking at anyone).
          expect([route.pattern, method, [401, 405].includes(response.status)]).toEqual([route.pattern, method, true]);
        }
        expect(text).not.toContain(MARKER_B);
      }
    }
  });

  it("shows a member of A nothing of B on any page or route, whatever ids it is given", async () => {
    for (const route of routes) {
      if (route.pattern === "/sign-in") continue;
      const url = `${base}${fillRoute(route.pattern, valuesFor("B"))}?workspace=${ids.B}&cursor=${ids.B}`;
      for (const method of route.kind === "page" ? ["GET"] : route.methods) {
        const headers: Record<string, string> = route.pattern.startsWith("/api/v1") ? { authorization: `Bearer ${keys.A}` } : {};
        if (method === "POST") headers["content-type"] = route.pattern === "/api/uploads" ? "application/octet-stream" : "application/json";
        const body = method === "POST" ? JSON.stringify([{ type: "agent", id: "probe", name: "probe", workspace_id: ids.B }]) : undefined;
        const response = await fetch(url, as("alice", { method, headers, body }));
        const text = await response.text();
        expect(text, `${method} ${route.pattern}`).not.toContain(MARKER_B);
        const bIds = route.pattern.includes("[");
        if (bIds) expect([route.pattern, method, response.status]).toEqual([route.pattern, method, 404]);
        else expect([route.pattern, method, response.status]).not.toEqual([route.pattern, method, 500]);
      }
    }
    // The probe posted with A's key (and B's id in the record and the query) went to A.
    const [probe] = await rt.db.query<{ workspace_id: string }>(`SELECT workspace_id FROM agents WHERE source_id = 'probe'`);
    if (probe) expect(probe.workspace_id).toBe(ids.A);
  });

  it("lets B's own admin see what A may not (the checks above are not vacuous)", async () => {
    for (const route of routes.filter((r) => r.kind === "page" && r.pattern.startsWith("/w/"))) {
      const response = await fetch(`${base}${fillRoute(route.pattern, valuesFor("B"))}`, as("bob"));
      expect([route.pattern, response.status]).toEqual([route.pattern, 200]);
    }
    for (const route of routes.filter((r) => r.kind === "route" && r.pattern.startsWith("/w/"))) {
      const response = await fetch(`${base}${urlOf(route.pattern, "B")}`, as("bob"));
      // The SLA export holds figures and agent ids only, no text of B's.
      const shows = route.pattern.endsWith("/sla/export.csv") || (await response.text()).includes(MARKER_B);
      expect([route.pattern, response.status, shows]).toEqual([route.pattern, 200, true]);
    }
  });

  /** Every form the owner of B is shown, with its fields as rendered (server actions included). */
  async function formsOf(page: Page, url: string) {
    await page.goto(url);
    return page.$$eval("form", (forms) =>
      forms.map((form) => ({
        method: form.method,
        fields: [...form.querySelectorAll("input, select, textarea")].flatMap((el) => {
          const input = el as HTMLInputElement;
          if (!input.name || input.type === "submit" || (input.type === "checkbox" && !input.checked)) return [];
          return [[input.name, input.value || "probe-value"] as [string, string]];
        }),
      })),
    );
  }

  it("refuses every server action of B's pages to a member of A and to B's viewer, and lets B's admin use them", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, people.bob as Person);
    const forms: { url: string; fields: [string, string][] }[] = [];
    for (const route of routes.filter((r) => r.kind === "page" && r.pattern.startsWith("/w/"))) {
      const url = `${base}${fillRoute(route.pattern, valuesFor("B"))}`;
      for (const form of await formsOf(page, url)) {
        // Forms about B (they name it); the language switcher and sign-out are about the visitor.
        const action = form.fields.some(([name]) => name.startsWith("$ACTION"));
        if (action && form.fields.some(([, value]) => value === ids.B)) forms.push({ url, fields: form.fields });
      }
    }
    await context.close();
    // Settings (5 sections' forms) at least; pages added later bring theirs.
    expect(forms.length).toBeGreaterThanOrEqual(6);

    const post = (person: string, form: (typeof forms)[number]) => {
      const body = new FormData();
      for (const [name, value] of form.fields) body.append(name, value);
      return fetch(form.url, as(person, { method: "POST", body, headers: { origin: base } }));
    };
    const before = await snapshotB();
    for (const form of forms) {
      for (const person of ["alice", "vera"]) await post(person, form);
      expect(await snapshotB(), `after replaying ${form.url} as A's admin and B's viewer`).toBe(before);
    }
    // The same forms work for B's admin: a replayed settings form changes B (here its audit log or settings).
    for (const form of forms) await post("bob", form);
    expect(await snapshotB()).not.toBe(before);
  });

  it("refuses a server action posted from another site (CSRF)", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, people.alice as Person);
    const [form] = (await formsOf(page, `${base}/w/${ids.A}/settings`)).filter((f) => f.fields.some(([n]) => n.startsWith("$ACTION")));
    await context.close();
    const body = new FormData();
    for (const [name, value] of form?.fields ?? []) body.append(name, name === "name" ? "renamed by evil.example" : value);
    const response = await fetch(`${base}/w/${ids.A}/settings`, as("alice", { method: "POST", body, headers: { origin: "https://evil.example" } }));
    expect(response.status).toBeGreaterThanOrEqual(400);
    const [row] = await rt.db.query<{ name: string }>(`SELECT name FROM workspaces WHERE id = $1`, [ids.A]);
    expect(row?.name).not.toBe("renamed by evil.example");
  });

  it("shows script, HTML and javascript: text as text on every page, with the security headers", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await signIn(page, base, people.alice as Person);
    expect(ids.topicA, "a topic quoting the hostile review").not.toBe("");
    for (const route of routes.filter((r) => r.kind === "page" && r.pattern !== "/sign-in")) {
      const response = await page.goto(`${base}${urlOf(route.pattern, "A")}`);
      await page.waitForLoadState("networkidle");
      const headers = response?.headers() ?? {};
      expect(headers["content-security-policy"], route.pattern).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("same-origin");
      const injected = await page.evaluate(() => ({
        ran: (window as unknown as { __xss?: number }).__xss === 1,
        images: document.querySelectorAll('img[src="x"]').length,
        javascriptLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href")?.trim().toLowerCase().startsWith("javascript:")).length,
      }));
      expect([route.pattern, injected]).toEqual([route.pattern, { ran: false, images: 0, javascriptLinks: 0 }]);
    }
    await page.goto(`${base}/w/${ids.A}/imports/${ids.batchA}`);
    expect(await page.locator("main").innerText()).toContain("<script>window.__xss=1</script>");
    await page.screenshot({ path: path.join(shots, "xss-as-text.png"), fullPage: true });
    // Where buyers' words are the point: the retrospective's quotes and a conversation's timeline.
    for (const pattern of ["/w/[workspace]/retrospective", "/w/[workspace]/sla/conversations/[conversation]"]) {
      await page.goto(`${base}${urlOf(pattern, "A")}`);
      expect(await page.locator("main").innerText(), pattern).toContain('<a href="javascript:window.__xss=1">link</a>');
    }
    await page.screenshot({ path: path.join(shots, "xss-timeline-as-text.png"), fullPage: true });
    expect(dialogs).toBe(0);
    await context.close();
  });

  it("keeps every CSV export safe from formula injection", async () => {
    for (const route of routes.filter((r) => r.kind === "route" && r.pattern.endsWith(".csv"))) {
      const response = await fetch(`${base}${urlOf(route.pattern, "A")}`, as("alice"));
      expect(response.headers.get("content-type"), route.pattern).toMatch(/text\/csv/);
      const text = (await response.text()).replace(/^\uFEFF/, "");
      expect(text, route.pattern).toContain("HYPERLINK");
      // A negative number is a number to a spreadsheet; any other cell starting like a formula is a hole.
      const formulas = csvCells(text).filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?(e-?\d+)?$/.test(cell));
      expect([route.pattern, formulas]).toEqual([route.pattern, []]);
    }
  });

  /**
   * What each role is shown and may do: a page, a control only roles with the capability see, and
   * the roles that may use it. A page another branch adds joins with one row.
   */
  const ROLE_CONTROLS: { path: string; control: string; allowed: Role[] }[] = [
    { path: "/imports", control: 'input[type="file"]', allowed: ["admin"] },
    { path: "/settings/api-keys", control: "#key-name", allowed: ["admin"] },
    { path: "/settings/sla", control: "#targetSeconds", allowed: ["admin", "team_lead"] },
    { path: "/templates/library", control: 'textarea[name="text"]', allowed: ["admin", "content_owner"] },
    { path: "/templates/library/[template]", control: 'form:has(input[name="archived"]) button', allowed: ["admin", "content_owner"] },
    { path: "/retrospective?week=2026-W47", control: 'textarea[name="body"]', allowed: ["admin", "manager"] },
  ];
  const ROLE_PEOPLE: Record<Role, string> = { admin: "bob", manager: "mona", team_lead: "tess", content_owner: "cody", viewer: "vera" };

  it("shows each role only what it may do, and refuses the rest on the server", async () => {
    // B's admin replayed every form of B above, "remove member" included: give everyone their role again.
    for (const [role, person] of Object.entries(ROLE_PEOPLE)) await setMember(rt.db, ids.B ?? "", people[person]?.id ?? "", role as Role);
    for (const [role, person] of Object.entries(ROLE_PEOPLE) as [Role, string][]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, base, people[person] as Person);
      await page.goto(`${base}/w/${ids.B}`);
      const nav = await page.getByRole("navigation", { name: "Main" }).innerText();
      expect(nav).toContain("Overview");
      // Settings is there for anyone who may open one of its sections; Users runs the installation.
      expect([role, nav.includes("Settings")]).toEqual([role, role === "admin" || role === "team_lead"]);
      expect(nav).not.toContain("Users");
      for (const check of ROLE_CONTROLS) {
        const response = await page.goto(`${base}/w/${ids.B}${check.path.replace("[template]", ids.templateB ?? "")}`);
        const visible = response?.status() === 200 && (await page.locator(check.control).count()) > 0;
        expect([role, check.path, visible]).toEqual([role, check.path, check.allowed.includes(role)]);
      }
      if (role === "team_lead") {
        // Settings opens on the one section a team lead may use.
        await page.goto(`${base}/w/${ids.B}/settings`);
        expect(new URL(page.url()).pathname).toBe(`/w/${ids.B}/settings/sla`);
        await page.screenshot({ path: path.join(shots, "team-lead-settings.png"), fullPage: true });
      }
      if (role === "viewer") {
        await page.goto(`${base}/w/${ids.B}/templates/library/${ids.templateB}`);
        expect(await page.getByTestId("template-read-only").count()).toBe(1);
        await page.screenshot({ path: path.join(shots, "viewer-template-read-only.png"), fullPage: true });
        // A member whose role lacks the capability: 403 and the forbidden page, in the dashboard's frame.
        const forbidden = await page.goto(`${base}/w/${ids.B}/settings/api-keys`);
        expect(forbidden?.status()).toBe(403);
        expect(await page.locator("main").innerText()).toContain("Your role does not allow this");
        expect(await page.locator("main").count()).toBe(1);
        expect(await page.locator("#key-name").count()).toBe(0);
        await page.screenshot({ path: path.join(shots, "viewer-forbidden.png"), fullPage: true });
      }
      await context.close();
    }
    // Someone who is not a member gets the same URL as a 404: B's pages do not exist for them.
    expect((await fetch(`${base}/w/${ids.B}/settings/api-keys`, as("alice"))).status).toBe(404);
  });

  it("lets a content owner edit templates and refuses a team lead the same form", async () => {
    const edit = async (person: string, name: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signIn(page, base, people[person] as Person);
      const forms = await formsOf(page, `${base}/w/${ids.B}/templates/library/${ids.templateB}`);
      await context.close();
      // formsOf fills empty fields with a probe value; this form is posted as the browser would.
      return forms
        .find((f) => f.fields.some(([n]) => n === "text"))
        ?.fields.map(([n, v]): [string, string] => [n, n === "name" ? name : v === "probe-value" ? "" : v]);
    };
    const ownerForm = await edit("cody", "renamed by the content owner");
    expect(ownerForm).toBeDefined();
    const post = (person: string, fields: [string, string][]) => {
      const body = new FormData();
      for (const [n, v] of fields) body.append(n, v);
      return fetch(`${base}/w/${ids.B}/templates/library/${ids.templateB}`, as(person, { method: "POST", body, headers: { origin: base } }));
    };
    const nameOf = async () => (await rt.db.query<{ name: string }>(`SELECT name FROM templates WHERE id = $1`, [ids.templateB]))[0]?.name;
    // The team lead never sees the form; replaying the content owner's is refused on the server.
    expect(await edit("tess", "x")).toBeUndefined();
    await post("tess", (ownerForm ?? []).map(([n, v]) => [n, n === "name" ? "renamed by the team lead" : v]));
    expect(await nameOf()).not.toBe("renamed by the team lead");
    await post("cody", ownerForm ?? []);
    expect(await nameOf()).toBe("renamed by the content owner");
  });

  it("shows a member's new role on the Members page right after the change", async () => {
    const walt = await createAccount(rt.db, { email: "walt@example.com", password: "walt-password-123", name: "walt", isAdmin: false }, { userId: null, label: "test" });
    await setMember(rt.db, ids.B ?? "", walt.id, "viewer");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, people.bob as Person);
    await page.goto(`${base}/w/${ids.B}/settings/members`);
    const select = page.getByLabel("Role of walt@example.com");
    await select.selectOption("team_lead");
    const form = page.locator("form", { has: select });
    await form.getByRole("button", { name: "Change" }).click();
    await expect.poll(async () => (await getMembership(rt.db, ids.B ?? "", walt.id))?.role).toBe("team_lead");
    await form.getByRole("status").waitFor();
    // The form resets after its action: the select must show the role now stored, not the old one.
    expect(await page.getByLabel("Role of walt@example.com").inputValue()).toBe("team_lead");
    await context.close();
  });

  it("keeps typed SLA settings when a save is refused, and says why without taking text from the link", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, base, people.bob as Person);
    // A message in the link is not shown any more: answers come from the save itself.
    await page.goto(`${base}/w/${ids.B}/settings/sla?error=${encodeURIComponent("log in again at evil.example")}`);
    expect(await page.locator("main").innerText()).not.toContain("evil.example");

    const markets = "DE | Europe/Berlin | Mon-Fri 08:00-17:00\nUK | Europe/London | Mon-Fri 09:00-17:00";
    await page.locator("#targetSeconds").fill("300");
    await page.locator("#markets").fill(markets);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect.poll(() => page.locator("form p[role=alert]").innerText().catch(() => "")).toContain('Not saved: "UK": a market is an ISO 3166-1 alpha-2 country code');
    expect([await page.locator("#targetSeconds").inputValue(), await page.locator("#markets").inputValue()]).toEqual(["300", markets]);
    const target = async () => (await rt.db.query<{ t: number }>(`SELECT sla_target_seconds AS t FROM workspaces WHERE id = $1`, [ids.B]))[0]?.t;
    expect(await target()).toBe(240);

    await page.locator("#markets").fill(markets.replace("UK |", "GB |"));
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved. First-response times are being recomputed").waitFor();
    expect(await target()).toBe(300);
    await page.getByTestId("recompute-progress").waitFor();
    await page.screenshot({ path: path.join(shots, "sla-settings-saved.png"), fullPage: true });
    await context.close();
  });
});

/** The cells of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || c === "\n") (cells.push(cell.replace(/\r$/, "")), (cell = ""));
    else cell += c;
  }
  if (cell) cells.push(cell);
  return cells;
}
