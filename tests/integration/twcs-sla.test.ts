import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorkspace, getWorkspace } from "../../db/queries/workspaces";
import { importSource, waitForBatch } from "../../jobs/import";
import { openRuntime, type Runtime } from "../../jobs/runtime";
import { parseEnv } from "../../lib/env";
import { repoRoot } from "../../lib/test-support/files";
import { firstResponseReport } from "../../services/reports/first-response";
import { freshDatabase, type TestDatabase } from "../support/database";
import { reportContext } from "../../services/reports/types";

const FILE = path.join(repoRoot, "data", "samples", "twcs", "twcs_head_5000.csv");

/** A plain RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
/** "Tue Oct 31 22:10:47 +0000 2017" as epoch ms; null for anything else. */
function twitterTime(text: string | undefined): number | null {
  const m = /^\w+ (\w+) (\d+) (\d+):(\d+):(\d+) ([+-])(\d\d)(\d\d) (\d+)$/.exec(text ?? "");
  if (!m) return null;
  const [, mon, day, hh, mm, ss, sign, oh, om, year] = m;
  const offset = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  return Date.UTC(Number(year), MONTHS.indexOf(mon!) / 3, Number(day), Number(hh), Number(mm), Number(ss)) - offset;
}

function percentile(sorted: number[], p: number): number {
  const position = p * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}

/**
 * Each company's first-response times straight from the CSV: a conversation is a reply thread
 * (tweets linked by in_response_to_tweet_id, as far as the file holds them); its clock starts
 * at the customer's first tweet and stops at the first company reply at or after it, credited to
 * that company. Threads without a customer tweet or without a reply after it have no time.
 */
function independentFrt(): Map<string, number[]> {
  const [header, ...rows] = readCsv(fs.readFileSync(FILE, "utf8")).filter((r) => r.length > 1);
  const col = (name: string) => header!.indexOf(name);
  const tweets = new Map<string, { author: string; inbound: boolean; at: number; parent: string | null }>();
  for (const r of rows) {
    // One tweet in the sample has a raw line break in its text, which splits its row: the part
    // with the id and the time is the tweet (its links are lost), the rest is no tweet.
    const at = twitterTime(r[col("created_at")]);
    if (at === null) continue;
    const parent = (r[col("in_response_to_tweet_id")] ?? "").replace(/\.0$/, "");
    tweets.set(r[col("tweet_id")]!, { author: r[col("author_id")]!, inbound: r[col("inbound")] === "True", at, parent: parent || null });
  }
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    for (let p = tweets.get(current)?.parent; p && tweets.has(p) && !seen.has(p); p = tweets.get(current)?.parent) {
      seen.add(current);
      current = p;
    }
    return current;
  };
  const threads = new Map<string, { author: string; inbound: boolean; at: number }[]>();
  for (const [id, t] of tweets) {
    const root = rootOf(id);
    threads.set(root, [...(threads.get(root) ?? []), t]);
  }
  const byCompany = new Map<string, number[]>();
  for (const thread of threads.values()) {
    const customerTimes = thread.filter((t) => t.inbound).map((t) => t.at);
    if (customerTimes.length === 0) continue;
    const start = Math.min(...customerTimes);
    const replies = thread.filter((t) => !t.inbound && t.at >= start).sort((a, b) => a.at - b.at);
    const first = replies[0];
    if (!first) continue;
    byCompany.set(first.author, [...(byCompany.get(first.author) ?? []), (first.at - start) / 1000]);
  }
  return byCompany;
}

describe("the Twitter support sample (real data)", () => {
  let database: TestDatabase;
  let rt: Runtime;
  let ws: string;

  beforeAll(async () => {
    database = await freshDatabase();
    rt = await openRuntime(parseEnv({ DATABASE_URL: database.url }));
    ws = (await createWorkspace(rt.db, { name: "twcs", timezone: "America/New_York" })).workspace.id;
    const { batchId } = await importSource(rt, {
      workspaceId: ws,
      origin: "cli",
      source: { name: "twcs.csv", size: fs.statSync(FILE).size, open: () => fs.createReadStream(FILE) },
      spec: { format: "twcs", maxRecordBytes: 1 << 20 },
      chunkRecords: 2_000,
    });
    await rt.drain();
    expect((await waitForBatch(rt, ws, batchId)).state).toBe("done");
  });
  afterAll(async () => {
    await rt.close();
    await database.drop();
  });

  it("reports each company's median and p90 first response as computed straight from the CSV", async () => {
    const expected = independentFrt();
    const workspace = (await getWorkspace(rt.db, ws))!;
    const params = firstResponseReport.params.parse({ from: "2010-01-01", to: "2018-12-31", group_by: "agent" });
    const { rows } = await firstResponseReport.run(reportContext(rt.db, workspace), params);
    const answered = rows.filter((r) => r.key !== null && r.answered > 0);
    expect(answered.length).toBe(expected.size);
    expect(expected.size).toBeGreaterThan(50);
    for (const row of answered) {
      const values = [...(expected.get(row.key!) ?? [])].sort((a, b) => a - b);
      expect({ company: row.key, answered: row.answered, p50: row.p50_s, p90: row.p90_s }).toEqual({
        company: row.key,
        answered: values.length,
        p50: percentile(values, 0.5),
        p90: percentile(values, 0.9),
      });
    }
  });
});
