import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { createAccount } from "../../services/auth/passwords";
import { freshDatabase, freshQueuePrefix, REDIS_URL, type TestDatabase } from "../support/database";
import { formFields, submitForm } from "../support/forms";
import { startWebServer, type WebServer } from "../support/server";

const AUTH_SECRET = "sign-in-limit-test-secret-32-chars-plus";
/** The attempt window, shortened from 15 minutes so the test can wait for it to pass. */
const WINDOW_S = 8;
const WRONG = "The e-mail address or password is wrong.";
const LIMITED = "Too many sign-in attempts. To protect the account, signing in is paused: try again in 1 minute.";

/**
 * The sign-in attempt limits over HTTP, through the sign-in form as a browser without JavaScript
 * posts it: 10 attempts per e-mail address and 50 per client address in a window, then even the
 * right password is refused with a message that says how long to wait, until the window passes.
 * Sign-ins that succeed do not count. Once with one web process counting in memory, once with
 * the counters in Redis, as web processes share them.
 */
describe.each([
  { counters: "in memory", redis: false },
  { counters: "in Redis", redis: true },
])("sign-in attempt limits, counters $counters", ({ redis }) => {
  let database: TestDatabase;
  let rt: Runtime;
  let server: WebServer;
  let form: Map<string, string>;
  const prefix = freshQueuePrefix();

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
    for (const name of ["li", "ana", "sam", "kim"]) {
      await createAccount(rt.db, { email: `${name}@example.com`, name, password: `${name}-password-123`, isAdmin: false }, { userId: null, label: "test" });
    }
    server = await startWebServer({
      DATABASE_URL: database.url,
      AUTH_SECRET,
      SIGN_IN_RATE_WINDOW_S: String(WINDOW_S),
      ...(redis ? { REDIS_URL, QUEUE_PREFIX: prefix } : {}),
    });
    form = formFields(await (await fetch(`${server.base}/sign-in`)).text(), "password");
  });

  afterAll(async () => {
    await server?.stop();
    await rt?.close();
    await database?.drop();
    if (redis) {
      const client = new Redis(REDIS_URL);
      const keys = await client.keys(`${prefix}:*`);
      if (keys.length > 0) await client.del(...keys);
      client.disconnect();
    }
  });

  /** One attempt: signed in (a redirect with a session cookie) or the message the form shows. */
  async function attempt(email: string, password: string, headers: Record<string, string> = {}) {
    const fields = new Map(form);
    fields.set("email", email);
    fields.set("password", password);
    const response = await submitForm(`${server.base}/sign-in`, fields, headers);
    const html = await response.text();
    const cookie = /replyscope\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0] ?? null;
    const message = /<p role="alert"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? null;
    return { status: response.status, location: response.headers.get("location"), cookie, message };
  }

  /** A slow machine could let the window pass mid-test, which would look like a missing limit. */
  const inOneWindow = (started: number) =>
    expect(Date.now() - started, "the attempts took longer than the window: the test cannot tell").toBeLessThan(WINDOW_S * 1000);
  const signedIn = { status: 303, location: "/", cookie: expect.stringMatching(/^replyscope\.session_token=/), message: null };
  const refused = (message: string) => ({ status: 200, location: null, cookie: null, message });

  it("refuses the right password after 10 attempts for an address, says for how long, and lets it in after the window", async () => {
    const started = Date.now();
    for (let i = 0; i < 10; i++) expect(await attempt("li@example.com", `wrong-password-${i}`)).toEqual(refused(WRONG));
    const limited = await attempt("li@example.com", "li-password-123");
    inOneWindow(started);
    expect(limited).toEqual(refused(LIMITED));
    // The address is compared as better-auth compares it, without regard to case.
    expect(await attempt("LI@Example.com", "li-password-123")).toEqual(refused(LIMITED));
    // Another account from the same client is not affected.
    expect(await attempt("ana@example.com", "ana-password-123")).toEqual(signedIn);

    await new Promise((resolve) => setTimeout(resolve, started + WINDOW_S * 1000 + 200 - Date.now()));
    const after = await attempt("li@example.com", "li-password-123");
    expect(after).toEqual(signedIn);
    const home = await fetch(`${server.base}/`, { headers: { cookie: after.cookie ?? "" }, redirect: "manual" });
    expect(home.headers.get("location") ?? "").not.toContain("/sign-in");
  });

  it("refuses a client after 50 attempts in a window, whatever addresses it puts in front of its proxy's", async () => {
    const started = Date.now();
    // 50 attempts from one client (203.0.113.9, as the proxy in front appended it), each claiming
    // another origin in X-Forwarded-For: all of them count against 203.0.113.9. (One address, so
    // that after its own 10 the attempts are refused without hashing and fit in the window.)
    const messages = [];
    for (let i = 0; i < 50; i++) {
      messages.push((await attempt("nobody@example.com", `guess-${i}-password`, { "x-forwarded-for": `10.0.${i}.1, 203.0.113.9` })).message);
    }
    expect(messages).toEqual([...Array(10).fill(WRONG), ...Array(40).fill(LIMITED)]);
    // A first attempt for another address, with its right password, from the same client.
    const limited = await attempt("sam@example.com", "sam-password-123", { "x-forwarded-for": "10.9.9.9, 203.0.113.9" });
    inOneWindow(started);
    expect(limited).toEqual(refused(LIMITED));
    // Someone else, behind the same proxy, signs in.
    expect(await attempt("sam@example.com", "sam-password-123", { "x-forwarded-for": "203.0.113.10" })).toEqual(signedIn);
  });

  it("does not count sign-ins that succeed, and still counts the failed ones", async () => {
    const started = Date.now();
    const client = { "x-forwarded-for": "203.0.113.40" };
    // More successful sign-ins than the address's limit: none of them is refused.
    for (let i = 0; i < 12; i++) expect(await attempt("kim@example.com", "kim-password-123", client)).toEqual(signedIn);
    for (let i = 0; i < 10; i++) expect(await attempt("kim@example.com", `wrong-password-${i}`, client)).toEqual(refused(WRONG));
    const limited = await attempt("kim@example.com", "kim-password-123", client);
    inOneWindow(started);
    expect(limited).toEqual(refused(LIMITED));
  });
});
