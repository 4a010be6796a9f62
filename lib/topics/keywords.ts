import { foldAccents } from "../nlp/tokens";
import type { TopicText, TopicWord, TopicTextReader } from "./words";

/**
 * One word of a keyword entry (see the syntax in lexicons.ts). Stems shorter than
 * MIN_STEM_LETTERS are compared as whole words instead: over-eager stemmers make "fitness" fit
 * "fit" and Portuguese "medo" (fear) fit "medidas" (measurements).
 */
type Part = { kind: "stem" | "word" | "prefix" | "suffix"; value: string };

const MIN_STEM_LETTERS = 4;
/** Prefix patterns are indexed by their first letters, so a word only meets the ones it could match. */
const PREFIX_INDEX = 3;

interface Entry<K> {
  key: K;
  id: number;
  parts: Part[];
  /** `word^2` in a lexicon: a word that names its theme outright ("refund", "customs"). */
  weight: number;
}

/** Words another word of a multi-word entry may be away from the previous one, plus one. */
const MAX_GAP = 3;

export interface KeywordHit {
  /**
   * Words of the text covered by the key's entries (a word counts once however many entries
   * cover it), those of the first sentence one and a half times: buyers lead with their main
   * complaint and mention others in passing.
   */
  score: number;
  /** Word position (characters for Chinese) of the first entry found. */
  first: number;
}

const FIRST_SENTENCE_WEIGHT = 1.5;

/**
 * Keyword entries of one language, compiled for matching: entries are indexed by the stem of
 * their first word, so a document is matched in one pass over its words.
 */
export class KeywordMatcher<K> {
  private readonly byFirst = new Map<string, Entry<K>[]>();
  /** Entries starting with a prefix pattern, by the pattern's first PREFIX_INDEX letters. */
  private readonly byPrefix = new Map<string, Entry<K>[]>();
  private readonly bySuffix: Entry<K>[] = [];
  private readonly substrings: { key: K; id: number; text: string; weight: number }[] = [];

  constructor(
    entries: readonly (readonly [K, string])[],
    readonly language: string,
    reader: TopicTextReader,
  ) {
    entries.forEach(([key, written], id) => {
      const weighted = /\^(\d+(?:\.\d+)?)$/.exec(written);
      const weight = weighted ? Number(weighted[1]) : 1;
      const raw = weighted ? written.slice(0, weighted.index) : written;
      if (language === "zh") {
        this.substrings.push({ key, id, text: raw, weight });
        return;
      }
      const parts: Part[] = raw
        .toLowerCase()
        .split(/\s+/)
        .flatMap((word) => {
          const folded = foldAccents(word);
          if (folded.endsWith("*")) return [{ kind: "prefix", value: folded.slice(0, -1) } as Part];
          if (folded.startsWith("*")) return [{ kind: "suffix", value: folded.slice(1) } as Part];
          // The entry's words go through the same reader as documents (elisions, stems).
          return reader
            .read(word, language)
            .words.map((w) => (w.stem.length >= MIN_STEM_LETTERS ? { kind: "stem", value: w.stem } : { kind: "word", value: w.folded }) as Part);
        });
      if (parts.length === 0) return;
      const entry = { key, id, parts, weight };
      const first = parts[0] as Part;
      if (first.kind === "suffix" || (first.kind === "prefix" && first.value.length < PREFIX_INDEX)) this.bySuffix.push(entry);
      else {
        const key = first.kind === "prefix" ? `prefix:${first.value.slice(0, PREFIX_INDEX)}` : `${first.kind}:${first.value}`;
        const index = first.kind === "prefix" ? this.byPrefix : this.byFirst;
        const list = index.get(key) ?? [];
        list.push(entry);
        index.set(key, list);
      }
    });
  }

  /** The keys whose entries occur in the text, with their scores. */
  match(text: TopicText): Map<K, KeywordHit> {
    const hits = new Map<K, KeywordHit>();
    if (this.substrings.length > 0) {
      for (const s of this.substrings) {
        const at = text.lower.indexOf(s.text);
        if (at < 0) continue;
        const hit = hits.get(s.key);
        if (hit) {
          hit.score += s.weight;
          hit.first = Math.min(hit.first, at);
        } else hits.set(s.key, { score: s.weight, first: at });
      }
      return hits;
    }
    // Word position → the largest weight of an entry covering it, per key.
    const covered = new Map<K, Map<number, number>>();
    const { words } = text;
    const record = (entry: Entry<K>, positions: number[]) => {
      let map = covered.get(entry.key);
      if (!map) {
        map = new Map();
        covered.set(entry.key, map);
      }
      // Stop words in a phrase ("send it back") do not make it weigh more; a phrase of stop words
      // only ("no answer" in some lists) still counts once.
      const content = positions.filter((p) => !(words[p] as TopicWord).stopword);
      for (const p of content.length > 0 ? content : positions.slice(0, 1)) map.set(p, Math.max(map.get(p) ?? 0, entry.weight));
    };
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as TopicWord;
      for (const list of [
        this.byFirst.get(`stem:${word.stem}`),
        this.byFirst.get(`word:${word.folded}`),
        this.byPrefix.get(`prefix:${word.folded.slice(0, PREFIX_INDEX)}`),
        this.bySuffix,
      ]) {
        if (!list) continue;
        for (const entry of list) {
          if (!partMatches(entry.parts[0] as Part, word)) continue;
          const positions = followsFrom(entry.parts, words, i);
          if (positions) record(entry, positions);
        }
      }
    }
    for (const [key, positions] of covered) {
      let score = 0;
      let first = Number.POSITIVE_INFINITY;
      for (const [p, weight] of positions) {
        score += weight * ((words[p] as TopicWord).sentence === 0 ? FIRST_SENTENCE_WEIGHT : 1);
        first = Math.min(first, p);
      }
      hits.set(key, { score, first });
    }
    return hits;
  }
}

function partMatches(part: Part, word: TopicWord): boolean {
  switch (part.kind) {
    case "stem":
      return word.stem === part.value;
    case "word":
      return word.folded === part.value;
    case "prefix":
      return word.folded.startsWith(part.value);
    case "suffix":
      return word.folded.endsWith(part.value);
  }
}

/** The positions of the entry's words when the others follow the one at `start`, each within MAX_GAP. */
function followsFrom(parts: readonly Part[], words: readonly TopicWord[], start: number): number[] | null {
  const positions = [start];
  let at = start;
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p] as Part;
    let found = -1;
    for (let j = at + 1; j <= at + MAX_GAP && j < words.length; j++) {
      if (partMatches(part, words[j] as TopicWord)) {
        found = j;
        break;
      }
    }
    if (found < 0) return null;
    positions.push(found);
    at = found;
  }
  return positions;
}
