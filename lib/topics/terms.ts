import { CONCEPTS } from "./concepts";
import { KeywordMatcher } from "./keywords";
import { THEME_LEXICONS } from "./lexicons";
import { type Theme, THEMES } from "./taxonomy";
import type { TopicText, TopicTextReader } from "./words";

/** A document as clustering sees it: its terms, and the word each term was written as. */
export interface TermDocument {
  terms: Set<string>;
  /** Term → a surface form, for readable labels ("akku" rather than the stem "akku"). */
  surfaces: Map<string, string>;
}

export interface ThemeMatch {
  theme: Theme;
  score: number;
  /** Where the theme's first keyword is. */
  first: number;
}

/** Concept terms are written `c:<id>`; others `<language>:<stem>`. */
export const CONCEPT_PREFIX = "c:";
/** Shorter words are too ambiguous to name a topic (Chinese words are mostly two characters). */
const MIN_TERM_LETTERS = 3;
const MIN_CJK_TERM_LETTERS = 2;

/**
 * Taxonomy themes and clustering terms of complaint texts, per language. Themes come from the
 * keyword lexicons (lexicons.ts); terms are the stems of the words that are not stop words,
 * plus one language-independent term per concept named (concepts.ts).
 */
export class ComplaintReader {
  private readonly themes = new Map<string, KeywordMatcher<Theme>>();
  private readonly concepts = new Map<string, KeywordMatcher<string>>();

  constructor(readonly reader: TopicTextReader) {
    for (const [language, lexicon] of Object.entries(THEME_LEXICONS)) {
      const entries = THEMES.flatMap((theme) => lexicon[theme].map((entry) => [theme, entry] as const));
      this.themes.set(language, new KeywordMatcher(entries, language, reader));
    }
    const languages = new Set(CONCEPTS.flatMap((c) => Object.keys(c.words)));
    for (const language of languages) {
      const entries = CONCEPTS.flatMap((c) => (c.words[language] ?? []).map((word) => [c.id, word] as const));
      this.concepts.set(language, new KeywordMatcher(entries, language, reader));
    }
  }

  /** Languages with a theme lexicon. */
  hasLexicon(language: string | null): boolean {
    return language !== null && this.themes.has(language);
  }

  read(text: string, language: string | null): TopicText {
    return this.reader.read(text, language);
  }

  /** The taxonomy theme whose keywords cover most of the text (ties: the one named first), or null. */
  theme(text: TopicText): ThemeMatch | null {
    const matcher = text.language ? this.themes.get(text.language) : undefined;
    if (!matcher) return null;
    let best: ThemeMatch | null = null;
    for (const [theme, hit] of matcher.match(text)) {
      if (!best || hit.score > best.score || (hit.score === best.score && hit.first < best.first)) {
        best = { theme, score: hit.score, first: hit.first };
      }
    }
    return best;
  }

  terms(text: TopicText): TermDocument {
    const terms = new Set<string>();
    const surfaces = new Map<string, string>();
    const matcher = text.language ? this.concepts.get(text.language) : undefined;
    if (matcher) for (const concept of matcher.match(text).keys()) terms.add(`${CONCEPT_PREFIX}${concept}`);
    const prefix = `${text.language ?? "und"}:`;
    const minLetters = text.language === "zh" || text.language === "ja" ? MIN_CJK_TERM_LETTERS : MIN_TERM_LETTERS;
    for (const word of text.words) {
      if (word.stopword || word.folded.length < minLetters || /^\p{N}/u.test(word.folded)) continue;
      const term = prefix + word.stem;
      terms.add(term);
      if (!surfaces.has(term)) surfaces.set(term, word.folded);
    }
    return { terms, surfaces };
  }
}
