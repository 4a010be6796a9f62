import { type LanguageDetector, primaryLanguage } from "./language";
import type { SentimentAnalyzer, SentimentResult } from "./sentiment/analyzer";
import type { LanguageVocabulary, SentimentLexicon } from "./sentiment/lexicon";
import type { SparseVector } from "./sentiment/logistic";

export interface TextLanguage {
  language: string | null;
  /** `record`: sent with the record; `detected`: found by ELD; null: neither. */
  source: "record" | "detected" | null;
}

/**
 * Language and sentiment of one text. The record's own language wins (the ingest format says a
 * language "when absent, detected"); the lexicon learns languages it meets for the first time
 * from the translated AFINN (`prepare`) before a batch is scored.
 */
export class TextAnalyzer {
  constructor(
    private readonly detect: LanguageDetector,
    private readonly sentimentAnalyzer: SentimentAnalyzer,
    private readonly lexicon: SentimentLexicon,
    private readonly loadVocabulary: (language: string) => Promise<LanguageVocabulary | null>,
  ) {}

  language(text: string, recordLanguage: string | null): TextLanguage {
    const sent = primaryLanguage(recordLanguage);
    if (sent) return { language: sent, source: "record" };
    const detected = this.detect(text).language;
    return detected ? { language: detected, source: "detected" } : { language: null, source: null };
  }

  /** Loads lexicons for the languages among `languages` that nothing covers yet. */
  async prepare(languages: Iterable<string | null>): Promise<void> {
    for (const language of new Set(languages)) {
      if (!language || this.sentimentAnalyzer.covers(language)) continue;
      const vocabulary = await this.loadVocabulary(language);
      if (vocabulary) this.lexicon.add(vocabulary);
    }
  }

  sentiment(text: string, language: string | null, correction?: (x: SparseVector) => number): SentimentResult {
    return this.sentimentAnalyzer.analyze(text, language, correction);
  }

  get sentimentModel(): SentimentAnalyzer {
    return this.sentimentAnalyzer;
  }
}
