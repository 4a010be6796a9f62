import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../lib/test-support/files";
import { freshDatabase, type TestDatabase } from "../support/database";
import { spawnTs } from "../support/processes";

/** The CLI as users and scripts see it: stdout, stderr and exit status. */
describe("npm run cli", () => {
  let database: TestDatabase;
  let dir: string;
  const cli = async (args: string[], extraEnv: Record<string, string> = {}) => {
    const run = spawnTs("cli/index.ts", args, { DATABASE_URL: database.url, ...extraEnv });
    const stdout: string[] = [];
    run.child.stdout?.on("data", (d: Buffer) => stdout.push(d.toString()));
    const { code } = await run.exited;
    const out = stdout.join("");
    return { code, stdout: out, stderr: run.output().replace(out, "") };
  };

  beforeAll(async () => {
    database = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "replyscope-cli-"));
    // natural's dotenv would print a banner for this file and load it into the environment.
    fs.writeFileSync(path.join(dir, ".env"), "REPLYSCOPE_PROBE=loaded\n");
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  it("prints exactly one JSON document on stdout for --json, progress on stderr", async () => {
    const created = await cli(["workspace", "create", "CLI shop", "--timezone", "Europe/Berlin", "--json"]);
    expect(created.code).toBe(0);
    const { id, api_key } = JSON.parse(created.stdout) as { id: string; api_key: string };
    expect(api_key).toMatch(/^rs_/);

    const file = path.join(dir, "chats.jsonl");
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ type: "message", id: "m1", conversation_id: "c1", sender: "buyer", sent_at: "2026-11-20T09:00:00+01:00", text: "Hallo" }),
        JSON.stringify({ type: "message", id: "m2", conversation_id: "c1", sender: "agent", sent_at: "2026-11-20T09:03:00+01:00", text: "Hi!" }),
        "not json",
      ].join("\n"),
    );
    const imported = await cli(["import", file, "--workspace", id, "--wait", "--json"]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ state: "done", records: 3, inserted: 2, updated: 0, rejected: 1 });
    expect(imported.stderr).toMatch(/line 3: malformed JSON/);

    const again = await cli(["import", file, "--workspace", "CLI shop", "--wait", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ records: 3, inserted: 0, updated: 0, unchanged: 2, rejected: 1 });
  });

  it("keeps natural's dotenv off stdout and away from the working directory's .env", async () => {
    const probe = path.join(dir, "probe.mts");
    fs.writeFileSync(
      probe,
      `import { loadNatural } from ${JSON.stringify(path.join(repoRoot, "lib/nlp/natural.ts"))};
       const natural = await loadNatural();
       process.stdout.write(JSON.stringify({ stem: typeof natural.PorterStemmer.stem, probe: process.env.REPLYSCOPE_PROBE ?? null }));`,
    );
    const run = spawnTs(probe, [], {}, dir);
    const stdout: string[] = [];
    run.child.stdout?.on("data", (d: Buffer) => stdout.push(d.toString()));
    expect((await run.exited).code, run.output()).toBe(0);
    expect(JSON.parse(stdout.join(""))).toEqual({ stem: "function", probe: null });
  });

  it("exits 2 with a one-line reason on usage errors and 1 on failures", async () => {
    const cases: [string[], number, RegExp][] = [
      [["import"], 2, /usage: import <file>/],
      [["import", "x.jsonl"], 2, /--workspace is required/],
      [["workspace", "create", "x", "--timezone", "Mars/Olympus"], 2, /not an IANA time zone/],
      [["frobnicate"], 2, /unknown command frobnicate/],
      [["report", "nothing", "--workspace", "x"], 2, /usage: report/],
      [["import", path.join(dir, "missing.jsonl"), "--workspace", "CLI shop"], 1, /cannot read .*missing\.jsonl: ENOENT/],
      [["batch", "00000000-0000-4000-8000-000000000000", "--workspace", "nope"], 1, /no workspace nope/],
    ];
    for (const [args, code, reason] of cases) {
      const result = await cli(args);
      expect([result.code, result.stdout], args.join(" ")).toEqual([code, ""]);
      expect(result.stderr.trim().split("\n")[0]).toMatch(reason);
    }
    const empty = path.join(dir, "empty.jsonl");
    fs.writeFileSync(empty, "");
    const result = await cli(["import", empty, "--workspace", "CLI shop"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.jsonl is empty: there is nothing to import/);
  });
});
