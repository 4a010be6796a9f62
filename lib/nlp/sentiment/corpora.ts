import { parseCsv } from "../../ingest/csv";

export type Polarity = "negative" | "neutral" | "positive";

/** One labelled text of a public sentiment data set (data/README.md lists them). */
export interface LabelledText {
  text: string;
  language: string;
  label: Polarity;
  /** The data set it comes from, e.g. `uci/yelp`, `tweets/es`: folds and reports are per corpus. */
  corpus: string;
}

/** The shipped sentiment corpora, by name, with how to read each file's content. */
export const CORPORA = {
  "uci/amazon": { files: ["sentiment/uci/amazon_cells_labelled.txt"], language: "en" },
  "uci/yelp": { files: ["sentiment/uci/yelp_labelled.txt"], language: "en" },
  "uci/imdb": { files: ["sentiment/uci/imdb_labelled.txt"], language: "en" },
  "zh/waimai": { files: ["sentiment/zh/waimai_10k.csv"], language: "zh" },
  "zh/hotel": { files: ["sentiment/zh/ChnSentiCorp_htl_all.csv"], language: "zh" },
  "de/germeval": { files: ["sentiment/de/germeval2017.tsv"], language: "de" },
  "tweets/es": { files: ["sentiment/tweets/es_text.txt", "sentiment/tweets/es_labels.txt"], language: "es" },
  "tweets/pt": { files: ["sentiment/tweets/pt_text.txt", "sentiment/tweets/pt_labels.txt"], language: "pt" },
  "tweets/de": { files: ["sentiment/tweets/de_text.txt", "sentiment/tweets/de_labels.txt"], language: "de" },
  "tweets/fr": { files: ["sentiment/tweets/fr_text.txt", "sentiment/tweets/fr_labels.txt"], language: "fr" },
  // Written for this project: buyers' chat messages to a shop (questions are neutral), 5 languages.
  "shop/messages": { files: ["sentiment/shop/buyer-messages.tsv"], language: "*" },
} as const;
export type CorpusName = keyof typeof CORPORA;

/** Parses a corpus from the contents of its files (in the order `CORPORA` lists them). */
export async function parseCorpus(name: CorpusName, contents: readonly string[]): Promise<LabelledText[]> {
  const { language } = CORPORA[name];
  const [first = "", second = ""] = contents;
  const make = (text: string, label: Polarity, lang: string = language): LabelledText => ({ text: text.trim(), language: lang, label, corpus: name });
  if (name === "shop/messages") {
    // label, language, text
    return first.split("\n").flatMap((line) => {
      const [label = "", lang = "", text = ""] = line.split("\t");
      return text.trim() && ["negative", "neutral", "positive"].includes(label) ? [make(text, label as Polarity, lang)] : [];
    });
  }
  if (name.startsWith("uci/")) {
    // Split on \n only: the IMDb file holds U+0085 (NEXT LINE) inside sentences.
    return first
      .split("\n")
      .map((line) => line.split("\t"))
      .filter((parts) => parts.length >= 2 && parts[0])
      .map(([text = "", label = ""]) => make(text, label.trim() === "1" ? "positive" : "negative"));
  }
  if (name.startsWith("tweets/")) {
    const labels = second.split("\n");
    const tweetLabel: Record<string, Polarity> = { "0": "negative", "1": "neutral", "2": "positive" };
    return first
      .split("\n")
      .flatMap((text, i) => {
        const label = tweetLabel[(labels[i] ?? "").trim()];
        return text.trim() && label ? [make(text, label)] : [];
      });
  }
  if (name === "de/germeval") {
    // Tab-separated without quoting: url, text, relevance, sentiment, aspects.
    return first.split("\n").flatMap((line) => {
      const [, text = "", , sentiment = ""] = line.split("\t");
      const label = sentiment.trim() as Polarity;
      return text.trim() && ["negative", "neutral", "positive"].includes(label) ? [make(text, label)] : [];
    });
  }
  // The Chinese CSVs: `label,review`, 1 positive, 0 negative; waimai has a header row.
  const rows = await csvRows(first);
  return rows.flatMap(([label = "", text = ""]) =>
    (label === "0" || label === "1") && text.trim() ? [make(text, label === "1" ? "positive" : "negative")] : [],
  );
}

/** GermEval 2017's aspect categories of each negative document, for topic purity. */
export function germEvalAspects(content: string): { text: string; aspect: string }[] {
  return content.split("\n").flatMap((line) => {
    const [, text = "", , sentiment = "", aspects = ""] = line.split("\t");
    if (sentiment.trim() !== "negative" || !text.trim()) return [];
    // `Zugfahrt#Haupt:negative Allgemein#Haupt:negative`: the first negative aspect's category.
    const first = aspects
      .trim()
      .split(/\s+/)
      .find((a) => a.endsWith(":negative"));
    const aspect = first?.split(/[#:]/)[0];
    return aspect ? [{ text: text.trim(), aspect }] : [];
  });
}

/** Rows of an in-memory CSV document. */
export async function csvRows(content: string): Promise<string[][]> {
  const rows: string[][] = [];
  const source = (async function* () {
    yield new TextEncoder().encode(content);
  })();
  for await (const row of parseCsv(source, 16 * 1024 * 1024)) if ("fields" in row) rows.push(row.fields);
  return rows;
}
