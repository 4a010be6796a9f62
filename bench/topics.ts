/**
 * npm run bench:topics — complaint topics on real data and at scale:
 * 1. topic purity against the labels of real complaints: CFPB consumer complaints (product) and
 *    GermEval 2017 (aspect category of negative posts), for the whole pipeline (taxonomy, then
 *    clusters of what fits none) and for the clustering alone, beside the one-topic baseline;
 * 2. the topics of the real Olist reviews (Portuguese), for reading;
 * 3. scale on PostgreSQL in one process, as one worker runs it: analysing and assigning a week
 *    with 20,000 negative documents, and a 12-week backfill of 200,000 reviews.
 * Needs PostgreSQL (BENCH_DATABASE_ADMIN_URL, default local).
 */
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/client";
import { openPostgres } from "../db/client";
import { applyIngestChunk } from "../db/queries/ingest";
import { getTextsForAnalysis } from "../db/queries/insights";
import { createWorkspace, type Workspace } from "../db/queries/workspaces";
import { analyzeTexts } from "../jobs/nlp/analyze";
import { maintainTopics } from "../jobs/nlp/maintain";
import { dataDir, getNlpServices, type NlpServices } from "../jobs/nlp/services";
import { deriveConversation } from "../lib/conversations/derive";
import { generateShop, type ShopOptions } from "../lib/demo/generator";
import type { CanonicalRecord } from "../lib/ingest/records";
import { csvRows, germEvalAspects } from "../lib/nlp/sentiment/corpora";
import { type DiscoveryDocument, discoverTopics } from "../lib/topics/discover";
import { benchDatabase, fmt, machine } from "./support";

const adminUrl = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** Records per ingest chunk and per analysis job, as in production. */
const CHUNK = 2_000;

interface LabelledDoc {
  text: string;
  language: string;
  label: string;
}

async function main() {
  console.log(`# bench:topics\n\nmachine: ${machine()}\n`);
  const nlp = await getNlpServices();
  await purity(nlp);
  await olist(nlp);
  await scale(nlp);
}

/** Topic keys per document: taxonomy first (unless `emergentOnly`), then one discovery round. */
function topicsOf(nlp: NlpServices, docs: readonly LabelledDoc[], emergentOnly: boolean): { keys: (string | null)[]; labels: Map<string, string> } {
  const prepared: DiscoveryDocument[] = docs.map((d) => {
    const read = nlp.complaints.read(d.text, d.language);
    const theme = emergentOnly ? null : nlp.complaints.theme(read);
    return {
      terms: nlp.complaints.terms(read),
      state: theme ? "assigned" : "pending",
      topicKey: theme?.theme ?? null,
      topicScore: theme?.score ?? null,
      sentiment: null,
      week: "2026-01-05",
    };
  });
  const discovery = discoverTopics(prepared, []);
  const keys = prepared.map((d, i) => (discovery.assignments.has(i) ? (discovery.assignments.get(i)?.key ?? null) : d.topicKey));
  return { keys, labels: new Map(discovery.topics.map((t) => [t.key, t.label])) };
}

function purityOf(keys: readonly (string | null)[], labels: readonly string[]): { purity: number; coverage: number; topics: number } {
  const table = new Map<string, Map<string, number>>();
  keys.forEach((key, i) => {
    if (key === null) return;
    const row = table.get(key) ?? new Map<string, number>();
    row.set(labels[i] as string, (row.get(labels[i] as string) ?? 0) + 1);
    table.set(key, row);
  });
  const assigned = keys.filter((k) => k !== null).length;
  const majority = [...table.values()].reduce((sum, row) => sum + Math.max(...row.values()), 0);
  return { purity: assigned ? majority / assigned : 0, coverage: assigned / keys.length, topics: table.size };
}

async function purity(nlp: NlpServices) {
  const dir = dataDir();
  const cfpb: LabelledDoc[] = (await csvRows(fs.readFileSync(path.join(dir, "complaints", "cfpb_complaints.csv"), "utf8")))
    .slice(1)
    .flatMap(([label = "", text = ""]) => (text.trim() ? [{ text, language: "en", label }] : []));
  const germeval: LabelledDoc[] = germEvalAspects(fs.readFileSync(path.join(dir, "sentiment", "de", "germeval2017.tsv"), "utf8")).map((d) => ({
    text: d.text,
    language: "de",
    label: d.aspect,
  }));
  console.log("## Topic purity against real labels\n");
  console.log("Purity: for each topic, the share of its documents that carry its most common label, weighted by topic size; coverage: share of documents given a topic.\n");
  console.log("| data set | documents | labels | one-topic baseline | clustering alone: purity / coverage / topics | whole pipeline: purity / coverage / topics |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const [name, docs] of [
    ["CFPB complaints (product)", cfpb],
    ["GermEval 2017 negative posts (aspect)", germeval],
  ] as const) {
    const labels = docs.map((d) => d.label);
    const counts = new Map<string, number>();
    for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    const baseline = Math.max(...counts.values()) / docs.length;
    const alone = purityOf(topicsOf(nlp, docs, true).keys, labels);
    const whole = purityOf(topicsOf(nlp, docs, false).keys, labels);
    const cell = (p: typeof alone) => `**${p.purity.toFixed(3)}** / ${p.coverage.toFixed(2)} / ${p.topics}`;
    console.log(`| ${name} | ${fmt(docs.length)} | ${counts.size} | ${baseline.toFixed(3)} | ${cell(alone)} | ${cell(whole)} |`);
  }
}

async function olist(nlp: NlpServices) {
  const rows = await csvRows(fs.readFileSync(path.join(dataDir(), "samples", "olist", "olist_order_reviews_2k.csv"), "utf8"));
  const [header = [], ...body] = rows;
  const col = (name: string) => header.indexOf(name);
  const docs: LabelledDoc[] = body.flatMap((r) => {
    const score = Number(r[col("review_score")]);
    const text = [r[col("review_comment_title")], r[col("review_comment_message")]].filter(Boolean).join(". ");
    return score <= 2 && text.trim() ? [{ text, language: "pt", label: "" }] : [];
  });
  const { keys, labels } = topicsOf(nlp, docs, false);
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k ?? "(no topic)", (counts.get(k ?? "(no topic)") ?? 0) + 1);
  console.log(`\n## Olist reviews rated 1-2 with text (${docs.length}, Portuguese)\n`);
  console.log("| topic | documents |\n| --- | --- |");
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`| ${labels.get(key) ? `${labels.get(key)} (new)` : key} | ${n} |`);
}

/** Loads a generated shop through the ingest pipeline's chunk transaction (no analysis), returning the text ids. */
async function load(db: Database, workspaceId: string, options: ShopOptions): Promise<{ reviews: number[]; messages: number[] }> {
  const ids = { reviews: [] as number[], messages: [] as number[] };
  const batchId = (await db.query<{ id: string }>(`INSERT INTO ingest_batches (workspace_id, origin, format) VALUES ($1, 'cli', 'canonical') RETURNING id`, [workspaceId]))[0]?.id ?? "";
  let records: CanonicalRecord[] = [];
  let seq = 0;
  const flush = async () => {
    if (records.length === 0) return;
    const outcome = await applyIngestChunk(db, { workspaceId, batchId, seq: seq++, positionKind: "index", records, rejected: [] }, deriveConversation);
    ids.reviews.push(...outcome.changes.texts.reviews);
    ids.messages.push(...outcome.changes.texts.messages);
    records = [];
  };
  for (const record of generateShop(options)) {
    records.push(record);
    if (records.length >= CHUNK) await flush();
  }
  await flush();
  return ids;
}

/** What the nlp jobs do for these texts, timed: analysis in jobs of CHUNK texts, then one maintenance. */
async function analyseAll(db: Database, nlp: NlpServices, workspace: Workspace, ids: { reviews: number[]; messages: number[] }) {
  const workspaceId = workspace.id;
  const started = performance.now();
  for (let i = 0; i < Math.max(ids.reviews.length, ids.messages.length); i += CHUNK) {
    const texts = await getTextsForAnalysis(db, { workspaceId, reviewIds: ids.reviews.slice(i, i + CHUNK), messageIds: ids.messages.slice(i, i + CHUNK) });
    await analyzeTexts(db, nlp, workspace, texts);
  }
  const analysed = performance.now();
  const outcome = await maintainTopics(db, nlp, workspace);
  const done = performance.now();
  const [counts = { texts: 0, negative: 0, unassigned: 0 }] = await db.query<{ texts: number; negative: number; unassigned: number }>(
    `SELECT count(*)::int AS texts, count(*) FILTER (WHERE negative AND NOT textless)::int AS negative,
            count(*) FILTER (WHERE topic_state = 'unassigned')::int AS unassigned FROM text_insights WHERE workspace_id = $1`,
    [workspaceId],
  );
  return { analysisS: (analysed - started) / 1000, maintenanceS: (done - analysed) / 1000, totalS: (done - started) / 1000, newTopics: outcome.newTopics, ...counts };
}

/**
 * The topic work alone, in memory, on the same negative documents: keywords, taxonomy, terms and
 * one discovery round (what analysis adds for a complaint, plus maintenance), without sentiment,
 * language or database.
 */
async function topicsOnly(db: Database, nlp: NlpServices, workspaceId: string): Promise<{ documents: number; seconds: number }> {
  const rows = await db.query<{ text: string; language: string | null }>(
    `SELECT coalesce(r.text, m.text) AS text, i.language FROM text_insights i
     LEFT JOIN reviews r ON i.kind = 'review' AND r.id = i.doc_id LEFT JOIN messages m ON i.kind = 'message' AND m.id = i.doc_id
     WHERE i.workspace_id = $1 AND i.negative AND NOT i.textless`,
    [workspaceId],
  );
  const started = performance.now();
  const prepared: DiscoveryDocument[] = rows.map((r) => {
    const read = nlp.complaints.read(r.text, r.language);
    const theme = nlp.complaints.theme(read);
    return { terms: nlp.complaints.terms(read), state: theme ? "assigned" : "pending", topicKey: theme?.theme ?? null, topicScore: theme?.score ?? null, sentiment: null, week: "2026-01-05" };
  });
  discoverTopics(prepared, []);
  return { documents: rows.length, seconds: (performance.now() - started) / 1000 };
}

async function scale(nlp: NlpServices) {
  console.log("\n## Scale (PostgreSQL, one process, as one worker runs the nlp jobs)\n");
  const url = await benchDatabase(adminUrl, "rs_topics_bench");
  const db = openPostgres(url, { poolSize: 4 });
  try {
    const cases = [
      {
        name: "one week with ~20,000 negative documents",
        target: 10,
        // 56,000 reviews in one week (about 30% complain) and the chats' negative buyer messages.
        options: { seed: "bench-topics-week", weeks: 1, conversations: 2_800, reviewsPerConversation: 20, messagesPerConversation: 4 } satisfies ShopOptions,
      },
      {
        name: "12-week backfill of 200,000 reviews",
        target: 120,
        options: { seed: "bench-topics-backfill", weeks: 12, conversations: 2_000, reviewsPerConversation: 100, messagesPerConversation: 4 } satisfies ShopOptions,
      },
    ];
    console.log("analysis: language, sentiment and the topic of every text, written to PostgreSQL in jobs of 2,000 texts; maintenance: discovery,");
    console.log("keywords and the sweep; total: both; topic work alone: keywords, taxonomy, terms and discovery for the negative documents, in memory.\n");
    console.log("| case | texts analysed | negative documents | unassigned | analysis | maintenance | total | topic work alone | target |");
    console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const c of cases) {
      const { workspace } = await createWorkspace(db, { name: c.name, timezone: "Asia/Shanghai" });
      console.error(`loading: ${c.name}`);
      const ids = await load(db, workspace.id, c.options);
      console.error(`  ${fmt(ids.reviews.length)} reviews, ${fmt(ids.messages.length)} messages; analysing`);
      const r = await analyseAll(db, nlp, workspace, ids);
      const only = await topicsOnly(db, nlp, workspace.id);
      console.log(
        `| ${c.name} | ${fmt(r.texts)} | ${fmt(r.negative)} | ${fmt(r.unassigned)} (${((100 * r.unassigned) / Math.max(1, r.negative)).toFixed(1)}%) | ${r.analysisS.toFixed(1)} s | ${r.maintenanceS.toFixed(1)} s | **${r.totalS.toFixed(1)} s** | ${only.seconds.toFixed(1)} s | ≤ ${c.target} s${r.totalS <= c.target ? " ✓" : " ✗"} |`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
