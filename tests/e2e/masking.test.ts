import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setMember } from "../../db/queries/users";
import { createWorkspace } from "../../db/queries/workspaces";
import { parseEnv } from "../../lib/env";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { createAccount } from "../../services/auth/passwords";
import { freshDatabase, type TestDatabase } from "../support/database";
import { formFields, submitForm } from "../support/forms";
import { importText } from "../support/import";
import { toJsonl } from "../support/records";
import { startWebServer, type WebServer } from "../support/server";
import { sessionCookie } from "../support/session";

const AUTH_SECRET = "masking-test-secret-with-32-plus-chars";

/** Personal data as buyers write it, and how the workspace's masking shows it. */
const PERSONAL = [
  { kind: "e-mail address", shown: "jane.doe@gmail.com", masked: "j***@g***.com" },
  { kind: "phone number", shown: "+49 151 23456789", masked: "+•• ••• ••••••89" },
  { kind: "Chinese mobile number", shown: "13812345678", masked: "•••••••••78" },
  { kind: "UPU tracking number", shown: "LX123456789CN", masked: "LX•••••••89CN" },
  { kind: "USPS tracking number", shown: "9400 1118 9922 3856 9284 99", masked: "94•• •••• •••• •••• ••84 99" },
];
const TEXT = `Mail ${PERSONAL[0]?.shown} or call ${PERSONAL[1]?.shown} / ${PERSONAL[2]?.shown}; parcels ${PERSONAL[3]?.shown} and ${PERSONAL[4]?.shown}`;

/**
 * The workspace's "mask personal data" switch, end to end over HTTP: flipped on the settings page
 * by its admin, it hides e-mail addresses, phone numbers and tracking numbers from the pages that
 * show buyers' text (the rejected records of an import: their raw text and reasons; a
 * conversation's timeline; the retrospective's quotes) and from the CSV exports of them; flipped
 * off, the text is shown as it came.
 */
describe("masking of personal data", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let server: WebServer;
  let cookie: string;
  let workspaceId: string;
  let batchPage: string;
  let timelinePage: string;

  beforeAll(async () => {
    database = await freshDatabase();
    const config = parseEnv({ DATABASE_URL: database.url, AUTH_SECRET });
    rt = await openRuntime(config);
    workspaceId = (await createWorkspace(rt.db, { name: "Masking" })).workspace.id;
    const credentials = { email: "owner@example.com", password: "owner-password-123" };
    const owner = await createAccount(rt.db, { ...credentials, name: "Owner", isAdmin: false }, { userId: null, label: "test" });
    await setMember(rt.db, workspaceId, owner.id, "admin");
    cookie = await sessionCookie(rt.db, config, credentials);
    // Rejected (a rating out of range; a type that is an e-mail address, which its reason quotes).
    // Accepted: a buyer's complaint in a chat and in a review, shown on the timeline, in the
    // retrospective's quotes, its exports and the topics API.
    const complaint = `My parcel never arrived, still waiting for the delivery. ${TEXT}`;
    const status = await importText(rt, workspaceId, toJsonl([
      { type: "review", id: "r1", rating: 9, text: TEXT, created_at: "2026-11-18T10:00:00Z" },
      { type: PERSONAL[0]?.shown, id: "x1" },
      { type: "conversation", id: "c1", buyer_id: "b1", market: "DE" },
      { type: "message", id: "m1", conversation_id: "c1", sender: "buyer", sent_at: "2026-11-17T09:00:00Z", text: complaint, language: "en" },
      { type: "message", id: "m2", conversation_id: "c1", sender: "agent", sent_at: "2026-11-17T09:02:00Z", text: "Sorry, checking now." },
      { type: "review", id: "r2", rating: 1, text: complaint, created_at: "2026-11-18T11:00:00Z", buyer_id: "b1", language: "en" },
    ]));
    expect(status.rejected).toBe(2);
    const [conversation] = await rt.db.query<{ id: string }>(`SELECT id::text FROM conversations WHERE workspace_id = $1`, [workspaceId]);
    timelinePage = `/w/${workspaceId}/sla/conversations/${conversation?.id}`;
    const [batch] = await rt.db.query<{ id: string }>(`SELECT id FROM ingest_batches WHERE workspace_id = $1`, [workspaceId]);
    batchPage = `/w/${workspaceId}/imports/${batch?.id}`;
    server = await startWebServer({ DATABASE_URL: database.url, AUTH_SECRET });
  });

  afterAll(async () => {
    await server?.stop();
    await rt?.close();
    await database?.drop();
  });

  const get = async (pathname: string) => {
    const response = await fetch(`${server.base}${pathname}`, { headers: { cookie }, redirect: "manual" });
    expect([pathname, response.status]).toEqual([pathname, 200]);
    return response.text();
  };

  /** Turns the switch through the settings form, as the admin would. */
  async function setMasking(on: boolean) {
    const fields = formFields(await get(`/w/${workspaceId}/settings`), "timezone");
    if (on) fields.set("maskPersonalData", "on");
    else fields.delete("maskPersonalData");
    const response = await submitForm(`${server.base}/w/${workspaceId}/settings`, fields, { cookie });
    expect(response.status).toBe(200);
    const [row] = await rt.db.query<{ on: boolean }>(`SELECT mask_personal_data AS on FROM workspaces WHERE id = $1`, [workspaceId]);
    expect(row?.on).toBe(on);
  }

  /**
   * Every place the rejected records' text reaches a person: the table on the page, the whole page
   * (its HTML and the data it carries for the browser), and the CSV. (Presence is checked in the
   * table only: every page carries the UI's messages, and the masking switch's hint shows examples.)
   */
  const views = async () => {
    const html = await get(batchPage);
    const table = /<table[\s\S]*<\/table>/.exec(html)?.[0] ?? "";
    return { html, table, csv: await get(`${batchPage}/rejected.csv`) };
  };

  /** Where accepted buyer text is shown: the conversation's timeline, the week's topic quotes, their exports. */
  const textViews = async () => ({
    timeline: await get(timelinePage),
    retrospective: await get(`/w/${workspaceId}/retrospective?week=2026-W47&topic=delivery_delay`),
    csv: await get(`/w/${workspaceId}/retrospective/export.csv?week=2026-W47`),
  });

  it("shows the text as it came while the switch is off", async () => {
    const { table, csv } = await views();
    for (const p of PERSONAL) expect([p.kind, table.includes(p.shown), csv.includes(p.shown)]).toEqual([p.kind, true, true]);
    const text = await textViews();
    for (const p of PERSONAL) {
      expect([p.kind, text.timeline.includes(p.shown), text.retrospective.includes(p.shown), text.csv.includes(p.shown)]).toEqual([p.kind, true, true, true]);
    }
  });

  it("masks e-mail addresses, phone numbers and tracking numbers on the page and in the CSV while it is on", async () => {
    await setMasking(true);
    const { html, table, csv } = await views();
    for (const p of PERSONAL) {
      expect([p.kind, html.includes(p.shown), csv.includes(p.shown)]).toEqual([p.kind, false, false]);
      expect([p.kind, table.includes(p.masked), csv.includes(p.masked)]).toEqual([p.kind, true, true]);
    }
    // The reason that quoted the e-mail address is masked too.
    expect(csv).toContain(`unknown type ""${PERSONAL[0]?.masked}""`);
    const text = await textViews();
    for (const p of PERSONAL) {
      expect([p.kind, text.timeline.includes(p.shown), text.retrospective.includes(p.shown), text.csv.includes(p.shown)]).toEqual([p.kind, false, false, false]);
      expect([p.kind, text.timeline.includes(p.masked), text.retrospective.includes(p.masked), text.csv.includes(p.masked)]).toEqual([p.kind, true, true, true]);
    }
  });

  it("shows the text again when it is switched off", async () => {
    await setMasking(false);
    const { table, csv } = await views();
    for (const p of PERSONAL) expect([p.kind, table.includes(p.shown), csv.includes(p.shown), table.includes(p.masked)]).toEqual([p.kind, true, true, false]);
  });
});
