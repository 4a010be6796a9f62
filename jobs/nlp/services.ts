import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadLanguageDetector } from "../../lib/nlp/language";
import { loadNaturalResources } from "../../lib/nlp/natural";
import { SentimentTrainer } from "../../lib/nlp/sentiment/analyzer";
import { CORPORA, type CorpusName, type LabelledText, parseCorpus } from "../../lib/nlp/sentiment/corpora";
import { type LanguageVocabulary, naturalVocabularies, SentimentLexicon } from "../../lib/nlp/sentiment/lexicon";
import { TextAnalyzer } from "../../lib/nlp/text-analyzer";
import { loadTranslatedAfinn } from "./translated-afinn";
import { ComplaintReader } from "../../lib/topics/terms";
import { TopicTextReader } from "../../lib/topics/words";

/**
 * The text analysis of this process, built once on first use (only processes that analyse texts
 * pay for it: ~1 s of loading, and a few seconds to train the sentiment classifier on the labelled
 * corpora in data/, deterministically, so every worker scores alike).
 */
export interface NlpServices {
  texts: TextAnalyzer;
  complaints: ComplaintReader;
  lexicon: SentimentLexicon;
  trainer: SentimentTrainer;
}

let services: Promise<NlpServices> | undefined;

export function getNlpServices(): Promise<NlpServices> {
  services ??= buildServices().catch((error: unknown) => {
    services = undefined;
    throw error;
  });
  return services;
}

async function buildServices(): Promise<NlpServices> {
  const [resources, detect, corpora] = await Promise.all([loadNaturalResources(), loadLanguageDetector(), readSentimentCorpora()]);
  const translated = Object.fromEntries(
    await Promise.all(
      // natural's AFINN (en, es, pt) is itself a translation of the same list: only the others gain.
      Object.entries(resources.vocabularies)
        .filter(([, v]) => v.scale !== 5)
        .map(async ([language]) => [language, (await loadTranslatedAfinn(language)) ?? {}] as const),
    ),
  );
  const lexicon = new SentimentLexicon(naturalVocabularies(resources, translated));
  const trainer = new SentimentTrainer(lexicon);
  const { analyzer } = trainer.train(corpora);
  const loadVocabulary = async (language: string): Promise<LanguageVocabulary | null> => {
    const words = await loadTranslatedAfinn(language);
    if (!words) return null;
    return { language, words: new Map(Object.entries(words)), negations: [], stem: resources.stemmers[language] ?? null };
  };
  return {
    texts: new TextAnalyzer(detect, analyzer, lexicon, loadVocabulary),
    complaints: new ComplaintReader(new TopicTextReader(resources)),
    lexicon,
    trainer,
  };
}

/** Every labelled sentiment corpus shipped in data/sentiment. */
export async function readSentimentCorpora(): Promise<LabelledText[]> {
  const dir = dataDir();
  const all: LabelledText[] = [];
  for (const name of Object.keys(CORPORA) as CorpusName[]) {
    const contents = CORPORA[name].files.map((file) => fs.readFileSync(path.join(dir, file), "utf8"));
    all.push(...(await parseCorpus(name, contents)));
  }
  return all;
}

/**
 * The repository's data/ folder. Found next to this module's source when run by tsx (workers, the
 * CLI, tests), and under the working directory when bundled by Next.js (`next start` runs there).
 */
export function dataDir(): string {
  const beside = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "data");
  return fs.existsSync(path.join(beside, "sentiment")) ? beside : path.resolve(process.cwd(), "data");
}
