/**
 * Text as template matching sees it: lower-cased words (a CJK character is a word of its own,
 * since Chinese has no spaces), with every placeholder (`[链接]`, `[link]`, `{name}`, `{{name}}`,
 * `【单号】`) reduced to one marker token, so a template pasted unfilled still matches itself.
 */
export const PLACEHOLDER = "\u0000";

const PLACEHOLDERS = /\[[^\]\n]{1,60}\]|【[^】\n]{1,60}】|\{\{[^}\n]{1,60}\}\}|\{[^}\n]{1,60}\}/g;
const TOKENS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]|[\p{L}\p{M}\p{N}]+|\u0000/gu;

export function tokenize(text: string): string[] {
  return text.replace(PLACEHOLDERS, ` ${PLACEHOLDER} `).toLowerCase().match(TOKENS) ?? [];
}

/** True when the text holds at least one placeholder, i.e. it reads as a template. */
export function hasPlaceholder(text: string): boolean {
  PLACEHOLDERS.lastIndex = 0;
  return PLACEHOLDERS.test(text);
}
