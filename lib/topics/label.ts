import { foldAccents } from "../nlp/tokens";
import { CONCEPTS } from "./concepts";
import { CONCEPT_PREFIX } from "./terms";

/** Keywords shown in a label. */
const LABEL_KEYWORDS = 3;
const CONCEPT_BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export interface TopicLabel {
  key: string;
  label: string;
  labelZh: string;
  /** Readable keywords, most characteristic first. */
  keywords: string[];
}

/**
 * The key and labels of an emergent topic, from its weighted terms: a concept reads as its name
 * ("battery"), any other term as the word buyers wrote most often for it. A word that only repeats
 * a concept already shown ("Akku" after "battery") is left out.
 */
export function labelEmergentTopic(
  seed: string,
  terms: readonly { term: string; weight: number }[],
  surfaces: ReadonlyMap<string, string>,
): TopicLabel {
  const shown = readableTerms(terms, surfaces);
  const keywords = shown.map((s) => s.en);
  const top = shown.slice(0, LABEL_KEYWORDS);
  const label = top.map((s) => s.en).join(", ");
  return {
    key: emergentKey(seed),
    label: label.charAt(0).toUpperCase() + label.slice(1),
    labelZh: top.map((s) => s.zh).join("、"),
    keywords,
  };
}

/** Terms as people read them, in English and Chinese, without repeats. */
export function readableTerms(terms: readonly { term: string }[], surfaces: ReadonlyMap<string, string>): { en: string; zh: string }[] {
  const shown: { en: string; zh: string }[] = [];
  const concepts = terms.flatMap((t) => (t.term.startsWith(CONCEPT_PREFIX) ? [CONCEPT_BY_ID.get(t.term.slice(CONCEPT_PREFIX.length))] : []));
  for (const { term } of terms) {
    let entry: { en: string; zh: string } | null = null;
    if (term.startsWith(CONCEPT_PREFIX)) {
      const concept = CONCEPT_BY_ID.get(term.slice(CONCEPT_PREFIX.length));
      if (concept) entry = { en: concept.en, zh: concept.zh };
    } else {
      const language = term.slice(0, term.indexOf(":"));
      const word = surfaces.get(term) ?? term.slice(term.indexOf(":") + 1);
      const named = concepts.some((c) => c && conceptNames(c.words[language] ?? [], word));
      if (!named) entry = { en: word, zh: word };
    }
    if (entry && !shown.some((s) => s.en === entry.en)) shown.push(entry);
  }
  return shown;
}

/** `new-battery` for the concept term `c:battery`, `new-de-akku` for the German stem `de:akku`. */
export function emergentKey(seed: string): string {
  const slug = foldAccents(seed.startsWith(CONCEPT_PREFIX) ? seed.slice(CONCEPT_PREFIX.length) : seed.replace(":", "-"))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
  return `new-${slug}`;
}

function conceptNames(words: readonly string[], word: string): boolean {
  const folded = foldAccents(word);
  return words.some((w) => {
    const f = foldAccents(w.toLowerCase());
    return f.endsWith("*") ? folded.startsWith(f.slice(0, -1)) : folded === f;
  });
}
