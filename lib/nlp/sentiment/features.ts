import type { Token } from "../tokens";
import { type LexiconEvidence, normalizeSum } from "./lexicon";
import type { SparseVector } from "./logistic";

/** 2^20 hashed features: few collisions for the ~300,000 distinct n-grams of the training data. */
export const FEATURE_BITS = 20;
export const DIMENSIONS = 1 << FEATURE_BITS;
const MASK = DIMENSIONS - 1;
/** Words after a negation whose features are marked as negated ("not good" ≠ "good"). */
const NEGATION_SCOPE = 3;
/** Letters of a word's crude stem. */
const STEM_PREFIX = 5;

/**
 * The features of one text for the sentiment classifier:
 * - words and word pairs, prefixed by language so that each language learns its own weights,
 *   marked when a negation precedes them (Chinese comes as characters, so these are characters
 *   and character pairs: segmentation misses domain words and costs more than it brings here);
 * - emoji, shared by every language;
 * - the lexicon's evidence (sum, positive and negative mass, negations, "!" and "?"), both shared
 *   and per language, so the classifier learns how far to trust the lexicon in each language.
 * Sparse features are scaled by 1/sqrt(n) so that long texts do not shout down short ones.
 */
export function sentimentFeatures(
  tokens: readonly Token[],
  language: string,
  evidence: LexiconEvidence,
  negators: ReadonlySet<string>,
): SparseVector {
  // Hashes are extended character by character from the language prefix's state, so no feature
  // string is ever built. Repeated features simply add up.
  const sparse: number[] = [];
  const base = fnv(OFFSET, `${language}|`);
  const negatedBase = fnv(base, "!");
  const stemBase = fnv(base, "~");
  const negatedStemBase = fnv(negatedBase, "~");
  let previous = -1;
  let negateUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "punct") {
      previous = -1;
      negateUntil = -1;
      continue;
    }
    if (token.kind === "emoji") {
      sparse.push(fnv(EMOJI_BASE, token.text) & MASK);
      previous = -1;
      continue;
    }
    const text = token.kind === "number" ? "#" : token.text;
    const negated = i <= negateUntil;
    sparse.push(fnv(negated ? negatedBase : base, text) & MASK);
    // A crude stem (the first letters of a long word) lets inflected forms share a weight.
    if (text.length > STEM_PREFIX) sparse.push(fnv(negated ? negatedStemBase : stemBase, text.slice(0, STEM_PREFIX)) & MASK);
    if (previous >= 0) sparse.push(fnv(fnv(previous, " "), text) & MASK);
    if (negators.has(text)) negateUntil = i + NEGATION_SCOPE;
    previous = fnv(base, text);
  }
  const dense: [string, number][] = [
    ["lex", normalizeSum(evidence.sum)],
    ["pos", Math.log1p(evidence.positive)],
    ["neg", Math.log1p(evidence.negative)],
    ["negated", Math.min(evidence.negated, 3) / 3],
    ["emoji", normalizeSum(evidence.emoji)],
    ["excl", Math.min(evidence.exclamations, 3) / 3],
    ["quest", Math.min(evidence.questions, 3) / 3],
    ["none", evidence.hits === 0 ? 1 : 0],
  ];
  const scale = sparse.length > 0 ? 1 / Math.sqrt(sparse.length) : 0;
  const indices = new Int32Array(sparse.length + dense.length * 2);
  const values = new Float32Array(indices.length);
  let k = 0;
  for (const index of sparse) {
    indices[k] = index;
    values[k++] = scale;
  }
  const denseBase = fnv(OFFSET, "~");
  const languageDenseBase = fnv(denseBase, `${language}|`);
  for (const [name, value] of dense) {
    indices[k] = fnv(denseBase, name) & MASK;
    values[k++] = value;
    indices[k] = fnv(languageDenseBase, name) & MASK;
    values[k++] = value;
  }
  return { indices, values };
}

const OFFSET = 0x811c9dc5;
const EMOJI_BASE = fnv(OFFSET, "e|");

/** FNV-1a, 32 bits, continued from `state` over `text`. */
function fnv(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

