import { TemplateDetector, type TemplateText } from "./detector";

/** Two templates are near-duplicates when each holds at least this share of the other's shingles. */
export const NEAR_DUPLICATE_COVERAGE = 0.6;

export interface NearDuplicate {
  a: number;
  b: number;
  /** The smaller of the two shares: how much of each is in the other, at least. */
  similarity: number;
}

/**
 * Pairs of templates saying nearly the same thing, candidates to merge. Each template's text is
 * run through the shingle index of the others, so only templates sharing shingles are compared.
 */
export function findNearDuplicates(templates: readonly TemplateText[]): NearDuplicate[] {
  const detector = new TemplateDetector(templates);
  const share = new Map<string, number>();
  for (const t of templates) {
    for (const match of detector.similar(t.text, NEAR_DUPLICATE_COVERAGE)) {
      if (match.key !== t.key) share.set(`${t.key}:${match.key}`, match.coverage);
    }
  }
  const pairs: NearDuplicate[] = [];
  for (const [pair, coverage] of share) {
    const [a, b] = pair.split(":").map(Number) as [number, number];
    const back = share.get(`${b}:${a}`);
    if (a < b && back !== undefined) pairs.push({ a, b, similarity: Math.min(coverage, back) });
  }
  return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a);
}
