import { foldAccents } from "../nlp/tokens";
import { CONCEPTS } from "./concepts";
import { THEME_LEXICONS } from "./lexicons";
import { isTheme } from "./taxonomy";

/** A piece of a text, and whether it is a keyword of the topic. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Shorter keywords match too much ("no", "de") to be worth highlighting. */
const MIN_KEYWORD_LETTERS = 3;
const WORD = /[\p{L}\p{M}\p{N}'’-]+/gu;

/**
 * The words to highlight for a topic: its keywords, the single-word entries of its theme's
 * lexicons in every language, and the words of the concepts among its keywords. Lower-cased,
 * accents folded; an entry ending in `*` (or any word of four letters or more) matches as a prefix.
 */
export function highlightPatterns(topicKey: string, keywords: readonly string[]): string[] {
  const patterns = new Set<string>();
  const add = (word: string) => {
    const w = foldAccents(word.toLowerCase().replace(/\^\d+(\.\d+)?$/, ""));
    if (w.replace("*", "").length >= MIN_KEYWORD_LETTERS && !w.includes(" ")) patterns.add(w.startsWith("*") ? w.slice(1) : w);
  };
  for (const k of keywords) add(k);
  if (isTheme(topicKey)) for (const lexicon of Object.values(THEME_LEXICONS)) for (const entry of lexicon[topicKey]) add(entry);
  for (const concept of CONCEPTS) {
    if (!keywords.includes(concept.en)) continue;
    for (const words of Object.values(concept.words)) for (const w of words) add(w);
  }
  return [...patterns];
}

/** Splits a text into plain and highlighted pieces; the pieces joined are the text, unchanged. */
export function highlightSegments(text: string, patterns: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = foldAccents(m[0].toLowerCase());
    if (!patterns.some((p) => matches(word, p))) continue;
    const start = m.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: m[0], hit: true });
    last = start + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

function matches(word: string, pattern: string): boolean {
  if (pattern.endsWith("*")) return word.startsWith(pattern.slice(0, -1));
  return pattern.length >= 4 ? word.startsWith(pattern) : word === pattern;
}
