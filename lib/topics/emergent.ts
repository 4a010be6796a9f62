import type { TermDocument } from "./terms";

/**
 * Emergent topics: complaints the taxonomy does not know, found by frequent-term clustering
 * (Beil, Ester and Xu, KDD 2002) over TF-IDF-weighted terms:
 * 1. the term that best sets a group of the pending documents apart (document frequency among
 *    them x inverse document frequency among all the workspace's complaints) seeds a cluster of
 *    the documents that contain it;
 * 2. the terms most of that cluster shares become its keywords, and documents holding two of them
 *    join it even without the seed;
 * 3. repeat on what is left, until no term is shared by `minDocuments` documents.
 * A cluster is labelled by its keywords, and remembers its weighted terms (its centroid) so that
 * documents of later weeks join it instead of starting a new topic.
 */
export interface Background {
  /** Documents the frequencies come from (all of the workspace's recent complaints). */
  documents: number;
  frequency: ReadonlyMap<string, number>;
}

export interface ClusterOptions {
  /** Fewest documents that make a topic. */
  minDocuments?: number;
  /** Keywords kept per topic. */
  keywords?: number;
}

export interface EmergentCluster {
  seed: string;
  /** Keywords, most characteristic first, with their weights (summing to 1). */
  terms: { term: string; weight: number }[];
  /** Indexes of the member documents in the input. */
  members: number[];
}

/** A term in more than this share of all complaints is generic ("bad", "product", "order"). */
const GENERIC_SHARE = 0.25;
/** Share of a cluster's documents a term must appear in to become a keyword. */
const KEYWORD_SHARE = 0.3;
/** A keyword is shared by at least this many of the cluster's documents: two is a coincidence. */
const MIN_KEYWORD_DOCUMENTS = 3;
/** Keywords a document must share with a cluster to join it without the seed term. */
const JOIN_KEYWORDS = 2;
/** Keywords considered for joining (the cluster's most characteristic ones). */
const JOIN_CANDIDATES = 6;

export function idf(term: string, background: Background): number {
  return Math.log((background.documents + 1) / ((background.frequency.get(term) ?? 0) + 1)) + 1;
}

export function clusterDocuments(
  documents: readonly TermDocument[],
  background: Background,
  options: ClusterOptions = {},
): EmergentCluster[] {
  const minDocuments = options.minDocuments ?? 3;
  const keywordCount = options.keywords ?? 8;
  const remaining = new Set(documents.keys());
  const clusters: EmergentCluster[] = [];
  const generic = (term: string) => (background.frequency.get(term) ?? 0) > GENERIC_SHARE * background.documents;
  for (;;) {
    const frequency = termFrequency(documents, remaining);
    let seed: string | null = null;
    let best = 0;
    for (const [term, df] of frequency) {
      if (df < minDocuments || generic(term)) continue;
      const score = df * idf(term, background);
      // Ties go to the alphabetically first term, so the result never depends on input order.
      if (score > best || (score === best && seed !== null && term < seed)) {
        best = score;
        seed = term;
      }
    }
    if (seed === null) break;
    const members = [...remaining].filter((i) => (documents[i] as TermDocument).terms.has(seed));
    const inCluster = termFrequency(documents, new Set(members));
    const keywords = [...inCluster]
      .filter(([term, df]) => term !== seed && df >= Math.max(MIN_KEYWORD_DOCUMENTS, KEYWORD_SHARE * members.length) && !generic(term))
      .map(([term, df]) => ({ term, score: df * idf(term, background) }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
    const joinTerms = new Set(keywords.slice(0, JOIN_CANDIDATES).map((k) => k.term));
    const seeded = new Set(members);
    for (const i of remaining) {
      if (seeded.has(i)) continue;
      let shared = 0;
      for (const term of (documents[i] as TermDocument).terms) if (joinTerms.has(term)) shared++;
      if (shared >= JOIN_KEYWORDS) members.push(i);
    }
    for (const i of members) remaining.delete(i);
    if (members.length < minDocuments) continue;
    const weighted = [{ term: seed, score: best }, ...keywords].slice(0, keywordCount);
    const total = weighted.reduce((sum, k) => sum + k.score, 0);
    clusters.push({
      seed,
      terms: weighted.map((k) => ({ term: k.term, weight: k.score / total })),
      members: members.sort((a, b) => a - b),
    });
  }
  return clusters;
}

/**
 * How close a document is to a topic's centroid: the share of the centroid's weight the document
 * covers, or 1 when it holds the seed term.
 */
export function topicAffinity(document: TermDocument, topic: { seed: string; terms: readonly { term: string; weight: number }[] }): number {
  if (document.terms.has(topic.seed)) return 1;
  let covered = 0;
  for (const { term, weight } of topic.terms) if (document.terms.has(term)) covered += weight;
  return covered;
}

/** A document joins an existing emergent topic at this affinity or above. */
export const JOIN_AFFINITY = 0.4;

function termFrequency(documents: readonly TermDocument[], indexes: Iterable<number>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const i of indexes) for (const term of (documents[i] as TermDocument).terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return frequency;
}
