import { createHmac } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../db/queries/api-keys";
import { createWorkspace } from "../../db/queries/workspaces";
import { parseEnv } from "../../lib/env";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { freshDatabase, freshQueuePrefix, REDIS_URL, type TestDatabase } from "../support/database";
import { startWebServer, type WebServer } from "../support/server";

/** Small enough to pass in a test: 3 ingest requests per key every 3 seconds. */
const LIMIT = 3;
const WINDOW_S = 3;
const limits = { INGEST_RATE_LIMIT: String(LIMIT), INGEST_RATE_WINDOW_S: String(WINDOW_S) };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One agent record: small, and findable afterwards by its id. */
const body = (id: string) => JSON.stringify([{ type: "agent", id, name: `Agent ${id}` }]);

function ingest(base: string, key: string, payload: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/v1/ingest`, {
    method: "POST",
    body: payload,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
  });
}

/** The standard error body of the API, with its code; the message is a sentence for people. */
async function errorOf(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const json = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
  expect(Object.keys(json)).toEqual(["error"]);
  expect(json.error?.message).toEqual(expect.stringMatching(/\w{3,}/));
  return json.error?.code;
}

/**
 * The limit over HTTP: the request past it gets 429 with a Retry-After that, waited out, is enough;
 * the refused request wrote nothing; other keys are not affected. `servers` are the web processes
 * the requests are spread over (one for the in-memory limiter, two sharing one in Redis).
 */
async function checkRateLimit(rt: Runtime, servers: () => WebServer[]) {
  const { workspace, apiKey } = await createWorkspace(rt.db, { name: "Limited" });
  const other = await createApiKey(rt.db, { workspaceId: workspace.id, name: "other", signed: false, createdBy: null });
  const at = (i: number) => servers()[i % servers().length]?.base ?? "";
  const batches = async () =>
    (await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest_batches WHERE workspace_id = $1`, [workspace.id]))[0]?.n;

  const started = Date.now();
  for (let i = 0; i < LIMIT; i++) expect((await ingest(at(i), apiKey, body(`ok-${i}`))).status).toBe(202);
  const refused = await ingest(at(LIMIT), apiKey, body("refused"));
  const elapsed = Date.now() - started;
  expect(elapsed, "the requests took longer than the window: the test cannot tell").toBeLessThan(WINDOW_S * 1000);
  expect(refused.status).toBe(429);
  const retryAfter = refused.headers.get("retry-after") ?? "";
  expect(retryAfter).toMatch(/^\d+$/);
  // What is left of the window that began with the first request, in whole seconds rounded up: at
  // most the window, at least what is left of it counted from before the first request.
  expect(Number(retryAfter)).toBeLessThanOrEqual(WINDOW_S);
  expect(Number(retryAfter)).toBeGreaterThanOrEqual(Math.max(1, Math.ceil((WINDOW_S * 1000 - elapsed) / 1000)));
  expect(await errorOf(refused)).toBe("rate_limited");
  expect(await batches()).toBe(LIMIT);

  // Another key (of the same workspace, even) has its own budget.
  expect((await ingest(at(1), other.key, body("other-key"))).status).toBe(202);

  await sleep(Number(retryAfter) * 1000);
  expect((await ingest(at(LIMIT + 1), apiKey, body("after-the-window"))).status).toBe(202);
  expect(await batches()).toBe(LIMIT + 2);
  const [refusedAgent] = await rt.db.query(`SELECT 1 FROM agents WHERE workspace_id = $1 AND source_id = 'refused'`, [workspace.id]);
  expect(refusedAgent).toBeUndefined();
}

describe("ingest over HTTP, one web process (rate limit in memory)", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let server: WebServer;

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
    server = await startWebServer({ DATABASE_URL: database.url, ...limits });
  });

  afterAll(async () => {
    await server?.stop();
    await rt?.close();
    await database?.drop();
  });

  it("answers the request past a key's limit with 429 and Retry-After, and takes the key again after the window", async () => {
    await checkRateLimit(rt, () => [server]);
  });

  describe("request signing", () => {
    let workspaceId: string;
    const ingested = async (id: string) =>
      (await rt.db.query(`SELECT 1 FROM agents WHERE workspace_id = $1 AND source_id = $2`, [workspaceId, id])).length > 0;
    const batches = async () =>
      (await rt.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest_batches WHERE workspace_id = $1`, [workspaceId]))[0]?.n;

    /** A new key that must sign (a fresh rate budget for each case). */
    const signingKey = async () => {
      const created = await createApiKey(rt.db, { workspaceId, name: "signed", signed: true, createdBy: null });
      return { key: created.key, secret: created.signingSecret ?? "" };
    };
    /** The headers a client computes, written here from the README's description rather than the server's code. */
    const sign = (secret: string, payload: string, timestamp = Math.floor(Date.now() / 1000)) => ({
      "x-replyscope-timestamp": String(timestamp),
      "x-replyscope-signature": `v1=${createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")}`,
    });
    const send = (key: string, payload: string, headers: Record<string, string>) => ingest(server.base, key, payload, headers);

    beforeAll(async () => {
      workspaceId = (await createWorkspace(rt.db, { name: "Signed" })).workspace.id;
    });

    it("accepts a correctly signed request once, and refuses its replay", async () => {
      const { key, secret } = await signingKey();
      const payload = body("signed-ok");
      const headers = sign(secret, payload);
      const accepted = await send(key, payload, headers);
      expect(accepted.status).toBe(202);
      const replay = await send(key, payload, headers);
      expect(replay.status).toBe(401);
      expect(await errorOf(replay)).toBe("unauthorized");
      expect(await batches()).toBe(1);
      // The first request's record is in (the web process ingests it in the background).
      for (let i = 0; i < 50 && !(await ingested("signed-ok")); i++) await sleep(100);
      expect(await ingested("signed-ok")).toBe(true);
    });

    it("takes hex digits in either case, and knows a replay whichever case it comes in", async () => {
      const { key, secret } = await signingKey();
      const payload = body("signed-upper");
      const headers = sign(secret, payload);
      const upper = { ...headers, "x-replyscope-signature": `v1=${headers["x-replyscope-signature"].slice(3).toUpperCase()}` };
      expect((await send(key, payload, upper)).status).toBe(202);
      expect((await send(key, payload, headers)).status).toBe(401);
    });

    it("refuses a wrong signature, a missing one, and a stale or future timestamp with 401, and ingests nothing", async () => {
      const before = await batches();
      const cases: [string, (secret: string, payload: string) => Record<string, string>][] = [
        ["signed with another secret", (_secret, payload) => sign("rss_not-the-secret", payload)],
        ["signature of another body", (secret) => sign(secret, body("something-else"))],
        ["timestamp changed after signing", (secret, payload) => ({ ...sign(secret, payload), "x-replyscope-timestamp": String(Math.floor(Date.now() / 1000) - 1) })],
        ["no signature", (secret, payload) => ({ "x-replyscope-timestamp": sign(secret, payload)["x-replyscope-timestamp"] })],
        ["no timestamp", (secret, payload) => ({ "x-replyscope-signature": sign(secret, payload)["x-replyscope-signature"] })],
        ["neither", () => ({})],
        ["timestamp 6 minutes old", (secret, payload) => sign(secret, payload, Math.floor(Date.now() / 1000) - 360)],
        ["timestamp 6 minutes ahead", (secret, payload) => sign(secret, payload, Math.floor(Date.now() / 1000) + 360)],
        ["timestamp in milliseconds", (secret, payload) => sign(secret, payload, Date.now())],
      ];
      for (const [name, headersFor] of cases) {
        const { key, secret } = await signingKey();
        const id = `refused-${name.replace(/\W+/g, "-")}`;
        const payload = body(id);
        const response = await send(key, payload, headersFor(secret, payload));
        expect([name, response.status, await errorOf(response)]).toEqual([name, 401, "unauthorized"]);
      }
      await sleep(300);
      expect(await batches()).toBe(before);
      const [any] = await rt.db.query(`SELECT source_id FROM agents WHERE workspace_id = $1 AND source_id LIKE 'refused-%'`, [workspaceId]);
      expect(any).toBeUndefined();
    });

    it("takes unsigned requests from keys that do not sign (signing is per key)", async () => {
      const created = await createApiKey(rt.db, { workspaceId, name: "plain", signed: false, createdBy: null });
      expect((await send(created.key, body("unsigned"), {})).status).toBe(202);
    });
  });
});

describe("ingest over HTTP, two web processes sharing the rate limit in Redis", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let servers: WebServer[] = [];
  const prefix = freshQueuePrefix();

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
    const env = { DATABASE_URL: database.url, REDIS_URL, QUEUE_PREFIX: prefix, ...limits };
    servers = await Promise.all([startWebServer(env), startWebServer(env)]);
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await rt?.close();
    await database?.drop();
    // The rate counters and the queued (never worked) ingest jobs of this test.
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it("counts a key's requests to either process against one limit", async () => {
    await checkRateLimit(rt, () => servers);
  });
});
