import type { NaturalResources } from "../nlp/natural";
import { foldAccents, tokenize } from "../nlp/tokens";

/** A word of a document as topics compare it: accents folded, and its stem in its language. */
export interface TopicWord {
  folded: string;
  stem: string;
  stopword: boolean;
  /** Which sentence of the text it is in, from 0. */
  sentence: number;
}

/** A document prepared for keyword matching and clustering. */
export interface TopicText {
  language: string | null;
  words: TopicWord[];
  /** The lower-cased text, for Chinese keywords (matched as substrings). */
  lower: string;
}

const SENTENCE_END = new Set([".", "!", "?", ";", "。", "！", "？", "；", "…"]);
/** Stems remembered per language before the cache starts over. */
const STEM_CACHE_LIMIT = 200_000;

/** A few words natural's lists lack (German has none there), so topics are not about "the". */
const EXTRA_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  de: (
    "der die das den dem des ein eine einen einem einer eines und oder aber ich du er sie es wir ihr mich mir mein meine " +
    "meinen meinem meiner dein deine sein seine seinen seinem seiner ihre ihren ihrem unser unsere euch uns ihm ihn ist " +
    "sind war waren bin bist hat habe haben hatte hatten wird werden wurde wurden würde kann können konnte muss müssen " +
    "musste soll sollte will wollte darf auf in im an am zu zum zur von vom mit für bei nach aus um über unter vor " +
    "hinter durch gegen ohne bis seit so noch schon auch nur nicht kein keine keinen sehr wie was wer wo wann warum da " +
    "dann dass als wenn ob bis man sich ja nein doch mal jetzt hier dort diese dieser dieses diesen diesem alle alles " +
    "etwas gar mehr wieder immer heute gestern morgen viel viele ganz einfach eben halt nun denn weil also"
  ).split(" "),
  es: (
    "el la los las un una unos unas y o pero que de del a al en con por para es son fue era muy mi mis me se lo le les ya " +
    "su sus nos te tu yo él ella esto este esta estos estas eso ese esa hay ha he han había sin sobre como más menos " +
    "también cuando donde porque pues tan todo todos nada algo"
  ).split(" "),
  en: (
    "i me my mine myself we our ours you your yours he him his she her it its they them their what which who whom this " +
    "that these those am is are was were be been being have has had having do does did doing a an the and but if or " +
    "because as until while of at by for with about against between into through during before after above below to " +
    "from up down in out on off over under again further then once here there when where why how all any both each few " +
    "more most other some such nor only own same so than too very can will just should now not no i'd i've i'm it's " +
    "don't didn't can't won't would could also really even one new get got please still times time since ever yet"
  ).split(" "),
  fr: (
    "le la les un une des et ou mais de du au aux en dans pour par avec est sont était je me mon ma mes il elle on ce " +
    "nous vous ils elles leur leurs son sa ses ne pas plus que qui quoi dont où se si sur sous tout tous très bien aussi " +
    "encore déjà comme quand fait être avoir ai as avons avez ont été cette ces cet"
  ).split(" "),
  pt: (
    "o a os as um uma e ou mas de do da dos das em no na nos nas por para com é foi era eu me meu minha se já que não " +
    "ele ela eles elas seu sua seus suas nosso nossa você vocês isso isto esse essa este esta mais muito também quando " +
    "onde como porque pois tem ter tinha foi ser está estava estou"
  ).split(" "),
};

/**
 * Turns texts into `TopicText`s: tokens (Chinese split into words by Intl.Segmenter), accents
 * folded, stemmed with natural's stemmer of the text's language (cached: stemming is the slow
 * part), and marked as stop words from natural's lists.
 */
export class TopicTextReader {
  private readonly stemCaches = new Map<string, Map<string, string>>();
  private readonly stopwords = new Map<string, Set<string>>();

  constructor(private readonly resources: NaturalResources) {
    const languages = new Set([...Object.keys(resources.stopwords), ...Object.keys(EXTRA_STOPWORDS)]);
    for (const language of languages) {
      const words = [...(resources.stopwords[language] ?? []), ...(EXTRA_STOPWORDS[language] ?? [])];
      this.stopwords.set(language, new Set(words.map((w) => foldAccents(w.toLowerCase()))));
    }
  }

  read(text: string, language: string | null): TopicText {
    const words: TopicWord[] = [];
    const stops = language ? this.stopwords.get(language) : undefined;
    let sentence = 0;
    for (const token of tokenize(text, language)) {
      if (token.kind === "punct" && SENTENCE_END.has(token.text)) sentence++;
      if (token.kind !== "word") continue;
      const folded = foldAccents(token.text);
      words.push({ folded, stem: this.stem(folded, language), stopword: stops?.has(folded) ?? false, sentence });
    }
    return { language, words, lower: text.toLowerCase() };
  }

  /** The stem of an accent-folded word in `language` (the word itself where there is no stemmer). */
  stem(folded: string, language: string | null): string {
    const stemmer = language ? this.resources.stemmers[language] : undefined;
    if (!stemmer || !language) return folded;
    let cache = this.stemCaches.get(language);
    if (!cache) {
      cache = new Map();
      this.stemCaches.set(language, cache);
    }
    let stem = cache.get(folded);
    if (stem === undefined) {
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
      stem = stemmer(folded);
      cache.set(folded, stem);
    }
    return stem;
  }
}
