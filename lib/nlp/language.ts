/**
 * Language detection with ELD (the "efficient language detector", an n-gram model of 60
 * languages in plain JavaScript). On the labelled tweets and review sentences shipped in data/ it
 * named the language right 91-99% of the time against franc-min's 81-98% and tinyld's 84-98%, and
 * ran 3-8x faster than either (README, "Dependencies"). Its "medium" tables: as fast as "small"
 * on short texts and a little more accurate on Chinese; they load once, lazily: ~0.9 s and ~70 MB,
 * only in processes that analyse texts.
 */
export interface DetectedLanguage {
  /** BCP 47 primary tag (`en`, `zh`), or null when the text does not say (emoji, numbers, a word). */
  language: string | null;
}

export type LanguageDetector = (text: string) => DetectedLanguage;

interface Eld {
  detect(text: string): { language: string };
}

/** Fewer letters than this and ELD guesses; a guess is worse than "unknown". */
const MIN_LETTERS = 4;
const LETTER = /\p{L}/gu;

let loading: Promise<LanguageDetector> | undefined;

export function loadLanguageDetector(): Promise<LanguageDetector> {
  loading ??= import("eld/medium").then((m) => {
    const eld = (m as unknown as { eld: Eld }).eld;
    return (text: string) => {
      const letters = text.match(LETTER)?.length ?? 0;
      if (letters < MIN_LETTERS) return { language: null };
      // No isReliable(): it costs a third of the detection time, and a doubtful guess is still the best language there is.
      return { language: eld.detect(text).language || null };
    };
  });
  return loading;
}

/** A language tag as sent (`pt-BR`, `EN`) reduced to its primary subtag (`pt`, `en`). */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
