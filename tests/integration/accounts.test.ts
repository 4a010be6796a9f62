import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, findApiKey, rememberSignature, revokeApiKey } from "../../db/queries/api-keys";
import { listAudit } from "../../db/queries/audit";
import { BUYER_DATA } from "../../db/queries/buyer-data";
import { eraseBuyer } from "../../jobs/buyer-erasure";
import { createWorkspace, getWorkspace } from "../../db/queries/workspaces";
import { firstResponseReport } from "../../services/reports/first-response";
import { reportContext } from "../../services/reports/types";
import { parseEnv } from "../../lib/env";
import type { Runtime } from "../../jobs/runtime";
import { setMemberRole } from "../../services/admin/members";
import { createAuth } from "../../services/auth";
import { createAccount } from "../../services/auth/passwords";
import { BACKENDS } from "../support/backends";
import { importText } from "../support/import";
import { toJsonl } from "../support/records";

const CLI = { userId: null, label: "cli" };
const SECRET = "test-secret-of-at-least-thirty-two-characters";

/** Two buyers' history in one workspace, with a review, an order, and a rejected record naming b1. */
function twoBuyers(prefix: string) {
  return [
    { type: "template", id: `${prefix}t1`, name: "Sure", text: "Sure, we will call you today." },
    { type: "conversation", id: `${prefix}c1`, buyer_id: "b1" },
    { type: "message", id: `${prefix}m1`, conversation_id: `${prefix}c1`, sender: "buyer", sent_at: "2026-11-16T09:00:00Z", text: "call me +49 151 23456789" },
    { type: "message", id: `${prefix}m2`, conversation_id: `${prefix}c1`, sender: "agent", sent_at: "2026-11-16T09:01:00Z", text: "Sure, we will call you today.", template_id: `${prefix}t1` },
    { type: "order", id: `${prefix}o1`, buyer_id: "b1", placed_at: "2026-11-16T10:00:00Z", amount: 20, currency: "EUR" },
    { type: "review", id: `${prefix}r1`, rating: 1, text: "late", created_at: "2026-11-20T10:00:00Z", order_id: `${prefix}o1` },
    { type: "conversation", id: `${prefix}c2`, buyer_id: "b2" },
    { type: "message", id: `${prefix}m3`, conversation_id: `${prefix}c2`, sender: "buyer", sent_at: "2026-11-16T11:00:00Z", text: "hello" },
    { type: "order", id: `${prefix}o2`, buyer_id: "b2", placed_at: "2026-11-16T12:00:00Z", amount: 30, currency: "EUR" },
    { type: "review", id: `${prefix}r2`, rating: 5, text: "great", created_at: "2026-11-20T10:00:00Z", buyer_id: "b2" },
    // Rejected (no offset), and it names b1: deleting b1 removes it from the rejected records too.
    { type: "order", id: `${prefix}o3`, buyer_id: "b1", placed_at: "2026-11-16T10:00:00" },
  ];
}

describe.each(BACKENDS)("accounts, keys and buyer data on %s", (_name, open) => {
  let rt: Runtime;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ rt, cleanup } = await open());
  });
  afterAll(async () => cleanup());

  it("signs in with better-auth over our drizzle client, keeps the session, and signs out", async () => {
    const auth = await createAuth(rt.db, parseEnv({ AUTH_SECRET: SECRET }));
    const user = await createAccount(rt.db, { email: "Li.Wei@Example.com", name: "Li Wei", password: "correct horse battery", isAdmin: false }, CLI);
    expect(user.email).toBe("li.wei@example.com");
    const [stored] = await rt.db.query<{ password: string }>(`SELECT password FROM accounts WHERE user_id = $1`, [user.id]);
    expect(stored?.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/); // scrypt: salt and key, never the password

    await expect(auth.api.signInEmail({ body: { email: "li.wei@example.com", password: "wrong password!" } })).rejects.toThrow();
    const signedIn = await auth.api.signInEmail({ body: { email: "LI.WEI@example.com", password: "correct horse battery" }, asResponse: true });
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/replyscope\.session_token=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const headers = new Headers({ cookie: cookie.split(";")[0] ?? "" });
    const session = await auth.api.getSession({ headers });
    expect(session?.user).toMatchObject({ email: "li.wei@example.com", isAdmin: false });

    await auth.api.signOut({ headers });
    expect(await auth.api.getSession({ headers })).toBeNull();
    // Nobody signs up on their own.
    await expect(auth.api.signUpEmail({ body: { email: "x@example.com", password: "long enough pass", name: "x" } })).rejects.toThrow();
  });

  it("keeps a workspace's last admin, and audits role changes", async () => {
    const { workspace } = await createWorkspace(rt.db, { name: "Roles" });
    await createAccount(rt.db, { email: "boss@example.com", name: "Boss", password: "boss password 1", isAdmin: false }, CLI);
    expect(await setMemberRole(rt.db, { workspaceId: workspace.id, email: "boss@example.com", role: "admin", addIfMissing: true }, CLI)).toBe("added");
    expect(await setMemberRole(rt.db, { workspaceId: workspace.id, email: "boss@example.com", role: "viewer", addIfMissing: false }, CLI)).toBe("last_admin");
    expect(await setMemberRole(rt.db, { workspaceId: workspace.id, email: "nobody@example.com", role: "viewer", addIfMissing: true }, CLI)).toBe("no_such_user");
    const audit = await listAudit(rt.db, { workspaceId: workspace.id, limit: 10 });
    expect(audit.map((a) => [a.action, a.subject])).toEqual([["member.add", "boss@example.com"]]);
  });

  it("finds live keys only, in their own workspace, and remembers each signature once", async () => {
    const a = (await createWorkspace(rt.db, { name: "Keys A" })).workspace;
    const b = (await createWorkspace(rt.db, { name: "Keys B" })).workspace;
    const key = await createApiKey(rt.db, { workspaceId: a.id, name: "sync", signed: true, createdBy: null });
    expect(key.signingSecret).toMatch(/^rss_/);
    const found = await findApiKey(rt.db, key.key);
    expect(found).toMatchObject({ id: key.id, signingSecret: key.signingSecret, workspace: { id: a.id } });
    expect(await revokeApiKey(rt.db, b.id, key.id)).toBeNull(); // B cannot revoke A's key
    expect(await findApiKey(rt.db, `${key.key}x`)).toBeNull();

    const later = new Date(Date.now() + 60_000);
    expect(await rememberSignature(rt.db, key.id, "v1=abc", later)).toBe(true);
    expect(await rememberSignature(rt.db, key.id, "v1=abc", later)).toBe(false);

    expect(await revokeApiKey(rt.db, a.id, key.id)).toBe("sync");
    expect(await findApiKey(rt.db, key.key)).toBeNull();
  });

  it("deletes one buyer's data in one workspace, everywhere, and audits the counts", async () => {
    const a = (await createWorkspace(rt.db, { name: "Buyers A" })).workspace;
    const b = (await createWorkspace(rt.db, { name: "Buyers B" })).workspace;
    await importText(rt, a.id, toJsonl(twoBuyers("a-")));
    await importText(rt, b.id, toJsonl(twoBuyers("b-")));
    const counts = async (workspaceId: string) =>
      (
        await rt.db.query<Record<string, number>>(
          `SELECT (SELECT count(*)::int FROM messages WHERE workspace_id = $1) AS messages,
                  (SELECT count(*)::int FROM conversations WHERE workspace_id = $1) AS conversations,
                  (SELECT count(*)::int FROM conversation_facts WHERE workspace_id = $1) AS facts,
                  (SELECT count(*)::int FROM orders WHERE workspace_id = $1) AS orders,
                  (SELECT count(*)::int FROM reviews WHERE workspace_id = $1) AS reviews,
                  (SELECT count(*)::int FROM rejected_records WHERE workspace_id = $1) AS rejected,
                  (SELECT count(*)::int FROM text_insights WHERE workspace_id = $1) AS insights,
                  (SELECT count(*)::int FROM template_uses WHERE workspace_id = $1) AS uses,
                  (SELECT coalesce(sum(conversations), 0)::int FROM template_daily_outcomes WHERE workspace_id = $1) AS outcomes`,
          [workspaceId],
        )
      )[0];
    // What the SLA page counts, from its weekly rollups.
    const slaConversations = async (workspaceId: string) => {
      const workspace = (await getWorkspace(rt.db, workspaceId))!;
      const params = firstResponseReport.params.parse({ from: "2026-11-16", to: "2026-11-22" });
      return (await firstResponseReport.run(reportContext(rt.db, workspace), params)).rows[0]?.conversations;
    };
    const before = await counts(a.id);
    expect(before).toEqual({ messages: 3, conversations: 2, facts: 2, orders: 2, reviews: 2, rejected: 1, insights: 4, uses: 1, outcomes: 1 });
    expect(await slaConversations(a.id)).toBe(2);

    const deleted = await eraseBuyer(rt, { workspaceId: a.id, buyerId: "b1", actor: "dpo@example.com", actorUserId: null });
    await rt.drain();
    expect(deleted).toEqual({
      text_insights: 2,
      template_uses: 1,
      template_gaps: expect.any(Number),
      sla_alerts: 0,
      messages: 2,
      conversation_facts: 1,
      conversations: 1,
      reviews: 1,
      orders: 1,
      rejected_records: 1,
    });
    expect(await counts(a.id)).toEqual({ messages: 1, conversations: 1, facts: 1, orders: 1, reviews: 1, rejected: 0, insights: 2, uses: 0, outcomes: 0 });
    expect(await slaConversations(a.id)).toBe(1);
    // The same buyer id in another workspace is another person's data.
    expect(await counts(b.id)).toEqual(before);
    const [event] = await listAudit(rt.db, { workspaceId: a.id, limit: 1 });
    expect(event).toMatchObject({ action: "buyer.delete", subject: "b1", actor: "dpo@example.com", details: { deleted } });
  });

  it("lists every table that holds buyer data in BUYER_DATA", async () => {
    const tables = await rt.db.query<{ table_name: string }>(
      `SELECT DISTINCT table_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name IN ('buyer_id', 'conversation_id', 'raw') ORDER BY 1`,
    );
    const covered = new Set(BUYER_DATA.map((t) => t.table));
    expect(tables.map((t) => t.table_name).filter((t) => !covered.has(t))).toEqual([]);
  });
});
