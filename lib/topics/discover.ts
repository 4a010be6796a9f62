import { chooseTopic, type EmergentTopic } from "./assign";
import { type Background, clusterDocuments, idf } from "./emergent";
import { MIN_EMERGING_DOCUMENTS } from "./emerging";
import { labelEmergentTopic, readableTerms } from "./label";
import type { TermDocument } from "./terms";
import { isTheme } from "./taxonomy";

export interface DiscoveryDocument {
  terms: TermDocument;
  /** pending (new, fits no topic yet), unassigned (fit none last time) or assigned. */
  state: "pending" | "unassigned" | "assigned";
  /** Its topic's key while assigned, and how well it fit. */
  topicKey: string | null;
  topicScore: number | null;
  /** Its sentiment score; null where its language is not covered. */
  sentiment: number | null;
  /** Monday of its week. */
  week: string;
}

export interface NewTopic {
  key: string;
  label: string;
  labelZh: string;
  keywords: string[];
  seed: string;
  terms: { term: string; weight: number }[];
  /** Monday of the earliest week among its documents. */
  firstWeek: string;
}

export interface Discovery {
  topics: NewTopic[];
  /** The most characteristic keywords of every topic with documents in the window, by key. */
  keywords: Map<string, string[]>;
  /** Document index → its topic key (null: still fits none), for every document whose topic changed. */
  assignments: Map<number, { key: string | null; score: number | null }>;
}

/**
 * One round of topic maintenance over a window of a workspace's complaints:
 * 1. pending and unassigned documents join an existing emergent topic they are close to;
 * 2. the rest are clustered into new topics (emergent.ts), keyed and labelled from their terms;
 * 3. documents a theme had taken move to a new topic whose terms describe them better;
 * 4. what fits nothing stays unassigned, and is tried again next time.
 * Pure and deterministic: the same documents and topics give the same topics and assignments.
 */
export function discoverTopics(
  documents: readonly DiscoveryDocument[],
  existing: readonly EmergentTopic[],
  options: { minDocuments?: number } = {},
): Discovery {
  const frequency = new Map<string, number>();
  for (const d of documents) for (const term of d.terms.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const background: Background = { documents: documents.length, frequency };
  const assignments = new Map<number, { key: string | null; score: number | null }>();
  const open: number[] = [];
  documents.forEach((d, i) => {
    if (d.state === "assigned") return;
    const choice = chooseTopic(null, d.terms, existing);
    if (choice) assignments.set(i, { key: choice.key, score: choice.score });
    else open.push(i);
  });

  const clusters = clusterDocuments(
    open.map((i) => (documents[i] as DiscoveryDocument).terms),
    background,
    // As many documents as make a topic emerging: fewer is an anecdote, not a kind of complaint.
    { minDocuments: options.minDocuments ?? MIN_EMERGING_DOCUMENTS },
  );
  const taken = new Set(existing.map((t) => t.key));
  const topics: NewTopic[] = [];
  for (const cluster of clusters) {
    const members = cluster.members.map((m) => open[m] as number);
    if (!clearlyNegative(members.map((i) => (documents[i] as DiscoveryDocument).sentiment))) continue;
    const surfaces = new Map<string, string>();
    for (const i of members) for (const [term, surface] of (documents[i] as DiscoveryDocument).terms.surfaces) if (!surfaces.has(term)) surfaces.set(term, surface);
    const named = labelEmergentTopic(cluster.seed, cluster.terms, surfaces);
    let key = named.key;
    for (let n = 2; taken.has(key); n++) key = `${named.key}-${n}`;
    taken.add(key);
    const firstWeek = members.map((i) => (documents[i] as DiscoveryDocument).week).sort()[0] as string;
    topics.push({ ...named, key, seed: cluster.seed, terms: cluster.terms, firstWeek });
    for (const i of members) assignments.set(i, { key, score: 1 });
  }
  for (const i of open) if (!assignments.has(i)) assignments.set(i, { key: null, score: null });

  if (topics.length > 0) {
    documents.forEach((d, i) => {
      if (d.state !== "assigned" || !d.topicKey || !isTheme(d.topicKey)) return;
      const theme = { theme: d.topicKey, score: d.topicScore ?? 0, first: 0 };
      const choice = chooseTopic(theme, d.terms, topics);
      if (choice && choice.key !== d.topicKey) assignments.set(i, { key: choice.key, score: choice.score });
    });
  }
  return { topics, assignments, keywords: topicKeywords(documents, assignments, background) };
}

/** Keywords shown per topic. */
const TOPIC_KEYWORDS = 8;

/**
 * Each topic's keywords: the terms most frequent among its documents relative to all complaints
 * (document frequency x IDF), read as words people wrote, so a taxonomy topic shows what buyers
 * actually say about it this quarter ("tracking", "Zoll", "alfândega").
 */
function topicKeywords(
  documents: readonly DiscoveryDocument[],
  assignments: ReadonlyMap<number, { key: string | null }>,
  background: Background,
): Map<string, string[]> {
  const members = new Map<string, number[]>();
  documents.forEach((d, i) => {
    const key = assignments.has(i) ? assignments.get(i)?.key : d.topicKey;
    if (!key) return;
    const list = members.get(key) ?? [];
    list.push(i);
    members.set(key, list);
  });
  const result = new Map<string, string[]>();
  for (const [key, list] of members) {
    const frequency = new Map<string, number>();
    const surfaces = new Map<string, string>();
    for (const i of list) {
      const terms = (documents[i] as DiscoveryDocument).terms;
      for (const term of terms.terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      for (const [term, surface] of terms.surfaces) if (!surfaces.has(term)) surfaces.set(term, surface);
    }
    const ranked = [...frequency]
      .filter(([, df]) => df >= 2)
      .map(([term, df]) => ({ term, score: df * idf(term, background) }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    result.set(key, readableTerms(ranked, surfaces).slice(0, TOPIC_KEYWORDS).map((t) => t.en));
  }
  return result;
}

/**
 * A new complaint topic must be made of complaints: documents whose mean sentiment is clearly
 * negative. Buyer messages that the classifier leans negative on without saying much ("will it
 * be restocked soon?") share words too, and must not become a "Restocked, soon" complaint.
 */
const MAX_MEAN_SENTIMENT = -0.25;

function clearlyNegative(scores: readonly (number | null)[]): boolean {
  const known = scores.filter((s): s is number => s !== null);
  if (known.length === 0) return true;
  return known.reduce((a, b) => a + b, 0) / known.length <= MAX_MEAN_SENTIMENT;
}
