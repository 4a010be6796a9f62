import { JOIN_AFFINITY, topicAffinity } from "./emergent";
import type { TermDocument, ThemeMatch } from "./terms";

/** An emergent topic as assignment needs it. */
export interface EmergentTopic {
  key: string;
  seed: string;
  terms: readonly { term: string; weight: number }[];
}

export interface TopicChoice {
  key: string;
  /** Keyword cover for a theme, or the affinity-weighted terms shared with an emergent topic. */
  score: number;
}

/**
 * The topic of one negative document: the taxonomy theme its keywords name, or an existing
 * emergent topic it is close to (at least JOIN_AFFINITY of the topic's centroid, or its seed term)
 * when that topic's terms say more about it than the theme's keywords do ("the battery swelled
 * and the refund never came" is about the battery). Null: a new kind of complaint, left for
 * discovery.
 */
export function chooseTopic(theme: ThemeMatch | null, document: TermDocument, emergent: readonly EmergentTopic[]): TopicChoice | null {
  let best: TopicChoice | null = null;
  for (const topic of emergent) {
    if (topicAffinity(document, topic) < JOIN_AFFINITY) continue;
    let shared = 0;
    for (const { term } of topic.terms) if (document.terms.has(term)) shared += term === topic.seed ? 2 : 1;
    if (!best || shared > best.score || (shared === best.score && topic.key < best.key)) best = { key: topic.key, score: shared };
  }
  // A tie goes to the theme: a new topic takes a document only when its terms say more.
  if (theme && (!best || theme.score >= best.score)) return { key: theme.theme, score: theme.score };
  return best;
}
