import { readCsvObjects } from "../canonical-csv";
import { asRaw, type ByteSource, type RawItem, rejected } from "../items";
import { validateRecord } from "../records";

/**
 * "Customer Support on Twitter" (Kaggle, thoughtvector): a reply thread is a conversation, the
 * company account is the agent, the customer the buyer. A thread's id is its root tweet: the
 * tweet reached by following `in_response_to_tweet_id` until it leads outside the file.
 * Two passes over the file: the first learns the reply links, the second emits the records.
 */
export async function* readTwcs(source: ByteSource, maxRecordBytes: number): AsyncGenerator<RawItem> {
  const parentOf = new Map<string, string>();
  const tweets = new Map<string, { inbound: boolean; author: string; at: string }>();
  for await (const row of readCsvObjects(source.open(), maxRecordBytes)) {
    if ("error" in row) continue; // reported in the second pass, in file order
    const id = row.values.tweet_id?.trim();
    const at = parseTwitterTime(row.values.created_at ?? "");
    if (!id || !at) continue;
    const parent = tweetId(row.values.in_response_to_tweet_id);
    if (parent) parentOf.set(id, parent);
    tweets.set(id, { inbound: isTrue(row.values.inbound), author: row.values.author_id ?? "", at });
  }

  const rootOf = new Map<string, string>();
  const findRoot = (id: string): string => {
    const path: string[] = [];
    let current = id;
    const seen = new Set<string>();
    while (!rootOf.has(current)) {
      const parent = parentOf.get(current);
      if (!parent || !tweets.has(parent) || seen.has(parent)) break;
      seen.add(current);
      path.push(current);
      current = parent;
    }
    const root = rootOf.get(current) ?? current;
    for (const p of [current, ...path]) rootOf.set(p, root);
    return root;
  };

  // Buyer of a thread: its earliest customer tweet's author (the root's, unless a company started it).
  const buyerOf = new Map<string, { author: string; at: number }>();
  const agents = new Set<string>();
  for (const [id, tweet] of tweets) {
    const root = findRoot(id);
    if (tweet.inbound) {
      const at = Date.parse(tweet.at);
      const current = buyerOf.get(root);
      if (!current || at < current.at) buyerOf.set(root, { author: tweet.author, at });
    } else if (tweet.author) {
      agents.add(tweet.author);
    }
  }

  for (const agent of [...agents].sort()) {
    yield derived({ type: "agent", id: agent, name: `@${agent}`, team: agent });
  }
  for (const root of new Set(rootOf.values())) {
    yield derived({ type: "conversation", id: root, channel: "social", buyer_id: buyerOf.get(root)?.author });
  }

  for await (const row of readCsvObjects(source.open(), maxRecordBytes)) {
    if ("error" in row) {
      yield rejected(row.row, { field: null, reason: row.error }, row.raw());
      continue;
    }
    const v = row.values;
    const id = v.tweet_id?.trim() ?? "";
    const sentAt = parseTwitterTime(v.created_at ?? "");
    if (sentAt === null) {
      yield rejected(
        row.row,
        { field: "created_at", reason: `"${v.created_at}" is not a Twitter time like "Tue Oct 31 22:10:47 +0000 2017"` },
        row.raw(),
      );
      continue;
    }
    const isInbound = isTrue(v.inbound);
    const message = {
      type: "message",
      id,
      conversation_id: id ? findRoot(id) : "",
      sender: isInbound ? "buyer" : "agent",
      agent_id: isInbound ? undefined : v.author_id,
      sent_at: sentAt,
      text: v.text,
      attrs: {
        author_id: v.author_id,
        in_response_to_tweet_id: tweetId(v.in_response_to_tweet_id) ?? null,
        response_tweet_id: v.response_tweet_id || null,
      },
    };
    const checked = validateRecord(message);
    yield checked.ok ? asRaw({ position: row.row, record: checked.record }) : rejected(row.row, checked, row.raw());
  }
}

/** Agent and conversation records the adapter derives from the rows: position 0, before row 2. */
function derived(raw: Record<string, unknown>): RawItem {
  const checked = validateRecord(raw);
  if (!checked.ok) return rejected(0, checked, JSON.stringify(raw));
  return asRaw({ position: 0, record: checked.record });
}

/** The export writes reply ids as floats ("3.0"). */
function tweetId(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  return trimmed.endsWith(".0") ? trimmed.slice(0, -2) : trimmed;
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === "true";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Tue Oct 31 22:10:47 +0000 2017" → "2017-10-31T22:10:47+00:00". */
export function parseTwitterTime(text: string): string | null {
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}) (\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [, mon, day, time, offH, offM, year] = m;
  const month = MONTHS.indexOf(mon ?? "") + 1;
  if (month === 0) return null;
  return `${year}-${String(month).padStart(2, "0")}-${day}T${time}${offH}:${offM}`;
}
