import { expect, test } from "vitest";
import { highlightPatterns, highlightSegments } from "./highlight";

test("theme keywords in any language are highlighted, and the text is never altered", () => {
  const patterns = highlightPatterns("customs_fees", ["customs"]);
  const text = "Musste 18 € Zoll nachzahlen <script>alert(1)</script> & Zollgebühren!";
  const segments = highlightSegments(text, patterns);
  expect(segments.map((s) => s.text).join("")).toBe(text);
  expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(["Zoll", "nachzahlen", "Zollgebühren"]);
});

test("a concept keyword highlights its words in every language, accents ignored", () => {
  const patterns = highlightPatterns("new-battery", ["battery", "swelling"]);
  const hits = highlightSegments("La batería se hinchó; Akku aufgebläht", patterns).filter((s) => s.hit).map((s) => s.text);
  expect(hits).toEqual(["batería", "hinchó", "Akku", "aufgebläht"]);
});
