import { createRequire } from "node:module";

/**
 * The one door to `natural`. Its storage modules call dotenv 17's `config()` on import, which
 * reads ./.env from the working directory into process.env and prints a banner to stdout: that
 * would corrupt `--json` output and load an app's .env behind its back. dotenv has no switch for
 * the file it reads, so natural gets a dotenv that does nothing. Loaded lazily: natural takes
 * ~0.4 s to load and drags in database drivers we never use.
 */
type Natural = typeof import("natural");

const require = createRequire(import.meta.url);
let natural: Natural | undefined;

export async function loadNatural(): Promise<Natural> {
  if (!natural) {
    const naturalPath = require.resolve("natural");
    const dotenvPath = require.resolve("dotenv", { paths: [naturalPath] });
    const inert = { config: () => ({ parsed: {} }), configDotenv: () => ({ parsed: {} }), parse: () => ({}), populate: () => ({}) };
    require.cache[dotenvPath] ??= { id: dotenvPath, filename: dotenvPath, loaded: true, exports: inert } as unknown as NodeJS.Module;
    natural = require("natural") as Natural;
  }
  return natural;
}

/** A sentiment vocabulary of natural: word → polarity on its own scale, and its negation words. */
export interface NaturalVocabulary {
  words: Readonly<Record<string, number>>;
  negations: readonly string[];
}

/** What the NLP modules take from natural, keyed by BCP 47 primary language tag. */
export interface NaturalResources {
  stemmers: Readonly<Record<string, (word: string) => string>>;
  stopwords: Readonly<Record<string, readonly string[]>>;
  /** AFINN (en, es, pt: -5..5), pattern (de, fr, nl, it: -1..1), senticon (gl, ca, eu: -1..1). */
  vocabularies: Readonly<Record<string, NaturalVocabulary & { scale: number }>>;
}

let resources: Promise<NaturalResources> | undefined;

/** natural's stemmers, stop words and sentiment vocabularies, loaded once. */
export function loadNaturalResources(): Promise<NaturalResources> {
  resources ??= (async () => {
    const natural = await loadNatural();
    // natural exports only the English stop words; the others are plain CommonJS files beside it.
    const stopwordFiles = { es: "es", pt: "pt", fr: "fr", it: "it", nl: "nl", zh: "zh" } as const;
    const stopwords: Record<string, readonly string[]> = { en: natural.stopwords };
    await Promise.all(
      Object.entries(stopwordFiles).map(async ([language, file]) => {
        const m = (await import(`natural/lib/natural/util/stopwords_${file}.js`)) as { words?: string[]; default?: { words: string[] } };
        stopwords[language] = m.words ?? m.default?.words ?? [];
      }),
    );
    const vocabulary = (language: string, type: string, scale: number) => {
      const analyzer = new natural.SentimentAnalyzer(language, undefined, type) as unknown as {
        vocabulary: Record<string, number | string>;
        negations: string[];
      };
      const words: Record<string, number> = {};
      for (const [word, value] of Object.entries(analyzer.vocabulary)) {
        const polarity = Number(value);
        if (Number.isFinite(polarity) && polarity !== 0) words[word] = polarity;
      }
      return { words, negations: analyzer.negations, scale };
    };
    const stem = (stemmer: { stem(word: string): string }) => (word: string) => stemmer.stem(word);
    return {
      stemmers: {
        en: stem(natural.PorterStemmer),
        es: stem(natural.PorterStemmerEs),
        pt: stem(natural.PorterStemmerPt),
        de: stem(natural.PorterStemmerDe),
        fr: stem(natural.PorterStemmerFr),
        it: stem(natural.PorterStemmerIt),
        nl: stem(natural.PorterStemmerNl),
      },
      stopwords,
      vocabularies: {
        en: vocabulary("English", "afinn", 5),
        es: vocabulary("Spanish", "afinn", 5),
        pt: vocabulary("Portuguese", "afinn", 5),
        de: vocabulary("German", "pattern", 1),
        fr: vocabulary("French", "pattern", 1),
        nl: vocabulary("Dutch", "pattern", 1),
        it: vocabulary("Italian", "pattern", 1),
        gl: vocabulary("Galician", "senticon", 1),
        ca: vocabulary("Catalan", "senticon", 1),
        eu: vocabulary("Basque", "senticon", 1),
      },
    };
  })();
  return resources;
}
