/**
 * Tokens of a review or chat message, for sentiment and topics. Latin, Cyrillic and other
 * space-separated scripts are split by a Unicode-aware pattern; Chinese and Japanese, which have
 * no spaces, by `Intl.Segmenter` (Node ships full ICU). Emoji and sentence punctuation are kept as
 * tokens of their own: both carry sentiment (😡, "!!!") and punctuation ends a negation's scope.
 */
export type TokenKind = "word" | "number" | "emoji" | "punct";

export interface Token {
  /** Lower-cased, elongations squeezed ("sooo" → "soo"), curly apostrophes straightened. */
  text: string;
  kind: TokenKind;
  /** Written in capitals (at least two letters), as shouting. */
  shouted: boolean;
}

const URL = /https?:\/\/\S+|www\.\S+/giu;
const MENTION = /(^|[^\w@])@\w+/gu;
const ENTITY = /&(lt|gt|amp|quot|#39|apos);/g;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", apos: "'" };
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Words keep inner apostrophes and hyphens ("don't", "e-mail"); numbers keep their separators. */
const PIECES =
  /((?<![\p{L}\p{N}])(?:[:;=8][-'o^]?[()\[\]DPpO3*/\\|]+|[xX][-]?D+|<3+|\^\^|\^_\^|-_-|-\.-|:'\()(?![\p{L}\p{N}]))|(\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic})*)|([\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['-](?=[\p{L}\p{M}]))*)|(\p{N}+(?:[.,]\p{N}+)*)|([.!?;:,，。！？；：…])/gu;
/** The same, with every Chinese or Japanese character a word of its own. */
const PIECES_CJK_CHARACTERS =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|((?<![\p{L}\p{N}])(?:[:;=8][-'o^]?[()\[\]DPpO3*/\\|]+|[xX][-]?D+|<3+|\^\^|\^_\^|-_-|-\.-|:'\()(?![\p{L}\p{N}]))|(\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic})*)|([\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['-](?=[\p{L}\p{M}]))*)|(\p{N}+(?:[.,]\p{N}+)*)|([.!?;:,，。！？；：…])/gu;
const ELONGATION = /(\p{L})\1{2,}/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** French, Italian and Catalan elide articles and pronouns ("l'article", "n'a"): split them off. */
const ELIDING = new Set(["fr", "it", "ca"]);
const VARIATION_SELECTOR = /[\uFE0E\uFE0F]/g;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    // One segmenter per language, reused: creating one per document halves throughput.
    s = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, s);
  }
  return s;
}

/** Text without links and @handles, which carry no sentiment or topic. */
export function cleanText(text: string): string {
  let cleaned = text;
  if (cleaned.includes("http") || cleaned.includes("www.")) cleaned = cleaned.replace(URL, " ");
  if (cleaned.includes("@")) cleaned = cleaned.replace(MENTION, "$1 ");
  // Exports of tweets and web forms often carry HTML entities ("&lt;3").
  if (cleaned.includes("&")) cleaned = cleaned.replace(ENTITY, (_, name: string) => ENTITIES[name] ?? "");
  return cleaned.replace(VARIATION_SELECTOR, "");
}

/**
 * `cjk: "words"` segments Chinese and Japanese into words (for topic keywords); `"characters"`
 * makes each character a token, which is ~5x faster and what the sentiment classifier learns
 * character n-grams from.
 */
export function tokenize(text: string, language: string | null, options: { cjk?: "words" | "characters" } = {}): Token[] {
  const ascii = !NON_ASCII.test(text);
  const cleaned = cleanText(ascii ? text : text.normalize("NFC").replaceAll("’", "'"));
  const cjk = !ascii && HAN_OR_KANA.test(cleaned);
  if (cjk && options.cjk !== "characters") return segmentTokens(cleaned, language === "ja" ? "ja" : "zh");
  const tokens: Token[] = [];
  const elides = language !== null && ELIDING.has(language);
  const pattern = cjk ? PIECES_CJK_CHARACTERS : PIECES;
  // An exec loop: about twice as fast as matchAll on V8. The CJK pattern has one group more.
  const shift = cjk ? 1 : 0;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(cleaned); found !== null; found = pattern.exec(cleaned)) {
    if (cjk && found[1]) {
      tokens.push({ text: found[1], kind: "word", shouted: false });
      continue;
    }
    const m = shift ? [found[0], ...found.slice(2)] : found;
    if (m[1]) tokens.push({ text: emoticon(m[1]), kind: "emoji", shouted: false });
    else if (m[2]) tokens.push({ text: m[2], kind: "emoji", shouted: false });
    else if (m[3]) {
      for (const part of elides ? m[3].split("'") : [m[3]]) if (part) tokens.push(word(part));
    } else if (m[4]) tokens.push({ text: m[4], kind: "number", shouted: false });
    else if (m[5]) tokens.push({ text: m[5], kind: "punct", shouted: false });
  }
  return tokens;
}

/**
 * ASCII emoticons as the emoji they stand for, so ":-)" and "🙂" are one feature. Unknown ones
 * are kept as written (squeezed: ":)))" → ":)").
 */
function emoticon(raw: string): string {
  const squeezed = raw.replace(/([()\[\]DPp3])\1+$/u, "$1").replace(/^([:;=8])[-'o^]/u, "$1");
  return EMOTICONS[squeezed] ?? EMOTICONS[squeezed.toLowerCase()] ?? squeezed;
}

const EMOTICONS: Readonly<Record<string, string>> = {
  ":)": "🙂", "=)": "🙂", ":]": "🙂", ":D": "😀", "=D": "😀", "8D": "😀", ";)": "😉", ";D": "😉",
  ":(": "🙁", "=(": "🙁", ":[": "🙁", ":'(": "😢", ":P": "😛", ":p": "😛", ";P": "😛", ":*": "😘",
  ":/": "😕", ":\\": "😕", ":|": "😐", ":O": "😮", ":o": "😮", "xD": "😆", "XD": "😆", "xd": "😆",
  "<3": "❤", "^^": "😊", "^_^": "😊", "-_-": "😑", "-.-": "😑",
};

function word(raw: string): Token {
  const lower = raw.toLowerCase();
  return {
    text: hasTripleLetter(lower) ? lower.replace(ELONGATION, "$1$1") : lower,
    kind: "word",
    shouted: raw.length >= 2 && raw !== lower && raw === raw.toUpperCase(),
  };
}

/** A cheap test before the regular expression: most words have no letter three times in a row. */
function hasTripleLetter(text: string): boolean {
  for (let i = 2; i < text.length; i++) if (text.charCodeAt(i) === text.charCodeAt(i - 1) && text.charCodeAt(i) === text.charCodeAt(i - 2)) return true;
  return false;
}

const PUNCT_ONLY = /^[.!?;:,，。！？；：…]+$/u;
const EMOJI_ONLY = /^\p{Extended_Pictographic}/u;

function segmentTokens(text: string, language: string): Token[] {
  const tokens: Token[] = [];
  for (const s of segmenter(language).segment(text)) {
    const piece = s.segment.trim();
    if (!piece) continue;
    if (s.isWordLike) {
      tokens.push(/^\p{N}/u.test(piece) ? { text: piece, kind: "number", shouted: false } : word(piece));
    } else if (EMOJI_ONLY.test(piece)) {
      tokens.push({ text: piece, kind: "emoji", shouted: false });
    } else if (PUNCT_ONLY.test(piece)) {
      tokens.push({ text: piece[0] ?? piece, kind: "punct", shouted: false });
    }
  }
  return tokens;
}

/** Letters without diacritics ("é" → "e", "ü" → "u"), for keyword matches that forgive missing accents. */
export function foldAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** Whether a text is written in Chinese or Japanese characters. */
export function isCjk(text: string): boolean {
  return HAN_OR_KANA.test(text);
}
