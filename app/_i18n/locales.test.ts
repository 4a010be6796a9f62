import { expect, test } from "vitest";
import { negotiateLocale } from "./locales";

test.each([
  ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
  ["zh-TW", "zh-CN"],
  ["zh-Hans-CN", "zh-CN"],
  ["en-US,en;q=0.9", "en"],
  ["fr-FR,fr;q=0.9,en;q=0.5,zh;q=0.4", "en"],
  ["de;q=1, zh;q=0.8, en;q=0.7", "zh-CN"],
  ["en;q=0.1, zh;q=0.2", "zh-CN"],
  ["fr, de", null],
  ["zh;q=0, en", "en"],
  ["", null],
])("%j -> %s", (header, locale) => {
  expect(negotiateLocale(header)).toBe(locale);
});
