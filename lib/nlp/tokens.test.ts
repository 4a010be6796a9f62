import { describe, expect, test } from "vitest";
import { tokenize } from "./tokens";

const texts = (text: string, language: string | null, cjk?: "words" | "characters") => tokenize(text, language, { cjk }).map((t) => t.text);

describe("tokenize", () => {
  test("words, numbers, emoji and sentence punctuation; links and @handles dropped", () => {
    expect(texts("@shop Sooo SLOW!!! 3 weeks 😡 https://t.co/x", "en")).toEqual(["soo", "slow", "!", "!", "!", "3", "weeks", "😡"]);
  });

  test("shouting is marked", () => {
    expect(tokenize("This is NOT ok", "en").map((t) => t.shouted)).toEqual([false, false, true, false]);
  });

  test("ASCII emoticons and HTML entities read as the emoji they stand for", () => {
    expect(texts("genial :D kein ton :( &lt;3 xD", "de")).toEqual(["genial", "😀", "kein", "ton", "🙁", "❤", "😆"]);
  });

  test("French elisions are split off", () => {
    expect(texts("n'importe quoi, j'attends", "fr")).toEqual(["n", "importe", "quoi", ",", "j", "attends"]);
    expect(texts("don't", "en")).toEqual(["don't"]);
  });

  test("Chinese: words by Intl.Segmenter, or single characters for the classifier", () => {
    expect(texts("物流太慢了！", "zh")).toContain("物流");
    expect(texts("物流太慢了！", "zh", "characters")).toEqual(["物", "流", "太", "慢", "了", "！"]);
  });
});
