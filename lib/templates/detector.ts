import { PLACEHOLDER, tokenize } from "./tokens";

/** Words per shingle: long enough that agents' own sentences rarely share one with a template. */
const SHINGLE = 3;
/**
 * A message is a near-copy of a template when it contains at least this share of the template's
 * shingles. Filled placeholders, a greeting or sign-off and a few reworded words keep a reply well
 * above it.
 */
export const MIN_COVERAGE = 0.5;
/**
 * A message that quotes this many consecutive words of a template also uses it, however much of
 * its own it adds: agents' own sentences share at most four or five consecutive words with a
 * template (measured on the generated shop), a quoted template sentence is longer.
 */
export const MIN_QUOTED_WORDS = 8;
/** Templates too short to hold this many shingles are never detected from text alone. */
const MIN_SHINGLES = 2;

export interface TemplateText {
  /** The caller's key for this text (a template version's row id). */
  key: number;
  text: string;
}

export interface TemplateMatch {
  key: number;
  /** Share of the template's shingles found in the message, 0 to 1. */
  coverage: number;
  /**
   * Share of the message that is not the template's text, 0 to 1: words outside the matched
   * template passages, not counting the values typed over its placeholders.
   */
  editedShare: number;
}

interface Entry {
  key: number;
  tokens: string[];
  shingles: number;
}

interface Hit {
  /** Message position of the shingle's first word. */
  at: number;
  /** Template position of the shingle's first word. */
  templateAt: number;
}

/**
 * An inverted index from word shingles to the templates holding them: a message is compared only
 * with the templates it shares a shingle with, never with every template, so detection costs the
 * same against 20 templates or 2,000.
 */
export class TemplateDetector {
  private readonly entries: Entry[] = [];
  /** Shingle → postings, each `entry index * 2^20 + template position`. */
  private readonly postings = new Map<string, number[]>();
  private readonly byKey = new Map<number, number>();

  constructor(templates: readonly TemplateText[]) {
    for (const template of templates) {
      const tokens = tokenize(template.text);
      const index = this.entries.length;
      const seen = new Set<string>();
      for (let i = 0; i + SHINGLE <= tokens.length; i++) {
        const shingle = shingleAt(tokens, i);
        if (shingle === null || seen.has(shingle)) continue;
        seen.add(shingle);
        const list = this.postings.get(shingle);
        const posting = index * POSITION_RANGE + i;
        if (list) list.push(posting);
        else this.postings.set(shingle, [posting]);
      }
      this.entries.push({ key: template.key, tokens, shingles: seen.size });
      this.byKey.set(template.key, index);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /** The template the text is a near-copy of, if any: the one with the highest coverage. */
  detect(text: string): TemplateMatch | null {
    const tokens = tokenize(text);
    const hits = this.hitsByEntry(tokens, null);
    let best: { index: number; coverage: number; hits: Hit[] } | null = null;
    for (const [index, list] of hits) {
      const entry = this.entries[index]!;
      if (entry.shingles < MIN_SHINGLES) continue;
      const coverage = distinctTemplateShingles(list) / entry.shingles;
      if (coverage < MIN_COVERAGE && longestQuote(list) < MIN_QUOTED_WORDS) continue;
      if (!best || coverage > best.coverage || (coverage === best.coverage && index < best.index)) {
        best = { index, coverage, hits: list };
      }
    }
    if (!best) return null;
    const entry = this.entries[best.index]!;
    return { key: entry.key, coverage: best.coverage, editedShare: editedShare(tokens, entry.tokens, best.hits) };
  }

  /**
   * Every template holding at least `minCoverage` of its shingles in the text, best first: for
   * finding near-duplicate templates (a template's text run against the others).
   */
  similar(text: string, minCoverage: number): { key: number; coverage: number }[] {
    const found: { key: number; coverage: number }[] = [];
    for (const [index, list] of this.hitsByEntry(tokenize(text), null)) {
      const entry = this.entries[index]!;
      if (entry.shingles < MIN_SHINGLES) continue;
      const coverage = distinctTemplateShingles(list) / entry.shingles;
      if (coverage >= minCoverage) found.push({ key: entry.key, coverage });
    }
    return found.sort((a, b) => b.coverage - a.coverage || a.key - b.key);
  }

  /** How much of one named template the text holds (for uses named in `template_id`). */
  measure(key: number, text: string): TemplateMatch | null {
    const index = this.byKey.get(key);
    if (index === undefined) return null;
    const entry = this.entries[index]!;
    const tokens = tokenize(text);
    const list = this.hitsByEntry(tokens, index).get(index) ?? [];
    const coverage = entry.shingles === 0 ? 0 : distinctTemplateShingles(list) / entry.shingles;
    return { key, coverage, editedShare: editedShare(tokens, entry.tokens, list) };
  }

  private hitsByEntry(tokens: readonly string[], only: number | null): Map<number, Hit[]> {
    const hits = new Map<number, Hit[]>();
    for (let i = 0; i + SHINGLE <= tokens.length; i++) {
      const shingle = shingleAt(tokens, i);
      if (shingle === null) continue;
      const list = this.postings.get(shingle);
      if (!list) continue;
      for (const posting of list) {
        const index = Math.floor(posting / POSITION_RANGE);
        if (only !== null && index !== only) continue;
        const hit = { at: i, templateAt: posting - index * POSITION_RANGE };
        const entryHits = hits.get(index);
        if (entryHits) entryHits.push(hit);
        else hits.set(index, [hit]);
      }
    }
    return hits;
  }
}

/** Template positions fit below this; longer templates are cut there (a 1M-word template is not one). */
const POSITION_RANGE = 2 ** 20;

function shingleAt(tokens: readonly string[], i: number): string | null {
  const a = tokens[i]!;
  const b = tokens[i + 1]!;
  const c = tokens[i + 2]!;
  if (a === PLACEHOLDER || b === PLACEHOLDER || c === PLACEHOLDER || i + 2 >= POSITION_RANGE) return null;
  return `${a} ${b} ${c}`;
}

/**
 * Longest run of consecutive words the message and the template share, in words. A template's
 * shingles are distinct, so its hits come one per message position, in message order.
 */
function longestQuote(hits: readonly Hit[]): number {
  if (hits.length < MIN_QUOTED_WORDS - SHINGLE + 1) return hits.length === 0 ? 0 : hits.length + SHINGLE - 1;
  let longest = 1;
  let run = 1;
  for (let k = 1; k < hits.length; k++) {
    const consecutive = hits[k]!.at === hits[k - 1]!.at + 1 && hits[k]!.templateAt === hits[k - 1]!.templateAt + 1;
    run = consecutive ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  return longest + SHINGLE - 1;
}

function distinctTemplateShingles(hits: readonly Hit[]): number {
  return new Set(hits.map((h) => h.templateAt)).size;
}

/**
 * Share of the message's words that are the agent's own: not inside a matched template passage
 * and not a value typed over a placeholder (a gap between two matched passages where the template
 * has a placeholder). Placeholder markers left unfilled are not words.
 */
function editedShare(tokens: readonly string[], templateTokens: readonly string[], hits: readonly Hit[]): number {
  const covered = new Uint8Array(tokens.length);
  // The template position each covered message word was matched to, to find the gaps' template side.
  const templatePos = new Int32Array(tokens.length).fill(-1);
  for (const hit of hits) {
    for (let k = 0; k < SHINGLE; k++) {
      covered[hit.at + k] = 1;
      if (templatePos[hit.at + k] === -1) templatePos[hit.at + k] = hit.templateAt + k;
    }
  }
  let words = 0;
  let own = 0;
  let previousCovered = -1;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !covered[i]) continue;
    // tokens (previousCovered, i) form a gap; decide whether it fills a placeholder.
    let gapWords = 0;
    for (let g = previousCovered + 1; g < i; g++) if (tokens[g] !== PLACEHOLDER) gapWords++;
    if (gapWords > 0) {
      const fill =
        previousCovered >= 0 &&
        i < tokens.length &&
        templateHasPlaceholderBetween(templateTokens, templatePos[previousCovered]!, templatePos[i]!);
      words += fill ? 0 : gapWords;
      own += fill ? 0 : gapWords;
    }
    if (i < tokens.length) {
      if (tokens[i] !== PLACEHOLDER) words++;
      previousCovered = i;
    }
  }
  return words === 0 ? 0 : own / words;
}

function templateHasPlaceholderBetween(templateTokens: readonly string[], from: number, to: number): boolean {
  if (from < 0 || to < 0 || to <= from) return false;
  for (let p = from + 1; p < to; p++) if (templateTokens[p] === PLACEHOLDER) return true;
  return false;
}
