import { tokenize } from "./tokens";

/**
 * Template gaps: frequent kinds of first buyer message in conversations that agents answered
 * without any template, as candidates for new templates. Messages are grouped by leader
 * clustering on their content words (a message joins the first cluster whose leader shares at
 * least `MIN_SIMILARITY` of their words, Jaccard), with an inverted index from words to leaders so
 * each message is compared with the few leaders it shares a word with, never with all of them.
 */
export const MIN_SIMILARITY = 0.4;
/** Words shorter than this are mostly function words in the languages we see; numbers are ids. */
const MIN_WORD_LENGTH = 3;
/** A leader is compared on at most this many of a message's words' postings (very common words are skipped). */
const MAX_POSTINGS = 500;

export interface GapInput {
  conversationId: number;
  text: string;
  converted: boolean;
  scenario: string | null;
}

export interface GapCluster {
  /** The message that started the cluster: a typical wording of the question. */
  label: string;
  keywords: string[];
  conversations: number;
  conversions: number;
  /** Most frequent scenario among the cluster's conversations. */
  scenario: string | null;
  examples: string[];
}

function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of tokenize(text)) {
    if (/\p{N}/u.test(token)) continue;
    // A CJK character is a word of its own; keep those, drop short Latin-script words.
    if (token.length < MIN_WORD_LENGTH && !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(token)) continue;
    words.add(token);
  }
  return words;
}

interface Working {
  leader: Set<string>;
  label: string;
  members: GapInput[];
  wordCounts: Map<string, number>;
}

export function findTemplateGaps(messages: readonly GapInput[], options: { minSize: number; limit: number }): GapCluster[] {
  const clusters: Working[] = [];
  const index = new Map<string, number[]>();
  // How many messages hold each word: keywords are the words frequent in a cluster and rare
  // elsewhere (tf-idf), which keeps "the" and "und" out without a stop-word list per language.
  const documents = new Map<string, number>();
  let examined = 0;
  for (const message of messages) {
    const words = contentWords(message.text);
    if (words.size === 0) continue;
    examined++;
    for (const word of words) documents.set(word, (documents.get(word) ?? 0) + 1);
    const shared = new Map<number, number>();
    for (const word of words) {
      const postings = index.get(word);
      if (!postings || postings.length > MAX_POSTINGS) continue;
      for (const c of postings) shared.set(c, (shared.get(c) ?? 0) + 1);
    }
    let best = -1;
    let bestSimilarity = MIN_SIMILARITY;
    for (const [c, overlap] of shared) {
      const similarity = overlap / (words.size + clusters[c]!.leader.size - overlap);
      if (similarity >= bestSimilarity && (best === -1 || similarity > bestSimilarity)) {
        best = c;
        bestSimilarity = similarity;
      }
    }
    if (best === -1) {
      best = clusters.length;
      clusters.push({ leader: words, label: message.text, members: [], wordCounts: new Map() });
      for (const word of words) {
        const postings = index.get(word);
        if (postings) postings.push(best);
        else index.set(word, [best]);
      }
    }
    const cluster = clusters[best]!;
    cluster.members.push(message);
    for (const word of words) cluster.wordCounts.set(word, (cluster.wordCounts.get(word) ?? 0) + 1);
  }
  return clusters
    .filter((c) => c.members.length >= options.minSize)
    .sort((a, b) => b.members.length - a.members.length)
    .slice(0, options.limit)
    .map((c) => ({
      label: c.label,
      keywords: [...c.wordCounts]
        .filter(([, count]) => count * 2 >= c.members.length)
        .map(([word, count]) => [word, count * Math.log(examined / (documents.get(word) ?? 1))] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([word]) => word),
      conversations: c.members.length,
      conversions: c.members.filter((m) => m.converted).length,
      scenario: mostFrequent(c.members.map((m) => m.scenario)),
      examples: [...new Set(c.members.map((m) => m.text))].slice(0, 3),
    }));
}

function mostFrequent(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
