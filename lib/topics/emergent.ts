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
const GENERIC_SHARE = 0.35;
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
  return refine(documents, clusters, background, minDocuments);
}

/** Rounds of reassignment after seeding. */
const REFINE_ROUNDS = 2;
/** A document stays with a cluster only this close to its centroid (cosine of TF-IDF vectors). */
const MIN_SIMILARITY = 0.1;

/**
 * Greedy seeding puts a document in the first cluster whose seed it contains; a long complaint
 * that mentions "credit" in passing may belong elsewhere. A few rounds of k-means over TF-IDF
 * vectors move each clustered document to the cluster whose centroid it is closest to (the
 * clusters themselves, their seeds and keywords, stay). Clusters left too small are dissolved.
 */
function refine(documents: readonly TermDocument[], clusters: EmergentCluster[], background: Background, minDocuments: number): EmergentCluster[] {
  if (clusters.length < 2) return clusters;
  const clustered = [...new Set(clusters.flatMap((c) => c.members))].sort((a, b) => a - b);
  const vectors = new Map(clustered.map((i) => [i, vector((documents[i] as TermDocument).terms, background)]));
  let members = clusters.map((c) => c.members);
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const centroids = members.map((list) => centroid(list.map((i) => vectors.get(i) as Map<string, number>)));
    const next: number[][] = clusters.map(() => []);
    for (const i of clustered) {
      const v = vectors.get(i) as Map<string, number>;
      let best = -1;
      let bestSimilarity = MIN_SIMILARITY;
      centroids.forEach((c, k) => {
        const similarity = dot(v, c);
        if (similarity > bestSimilarity) {
          bestSimilarity = similarity;
          best = k;
        }
      });
      if (best >= 0) next[best]?.push(i);
    }
    members = next;
  }
  return clusters.flatMap((c, k) => ((members[k]?.length ?? 0) >= minDocuments ? [{ ...c, members: members[k] as number[] }] : []));
}

function vector(terms: ReadonlySet<string>, background: Background): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const term of terms) {
    const w = idf(term, background);
    v.set(term, w);
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [term, w] of v) v.set(term, w * scale);
  return v;
}

function centroid(vectors: readonly Map<string, number>[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const v of vectors) for (const [term, w] of v) c.set(term, (c.get(term) ?? 0) + w);
  let norm = 0;
  for (const w of c.values()) norm += w * w;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [term, w] of c) c.set(term, w * scale);
  return c;
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) sum += w * (large.get(term) ?? 0);
  return sum;
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
