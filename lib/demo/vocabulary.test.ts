import { describe, expect, it } from "vitest";
import { validateRecord } from "../ingest/records";
import { ZoneClock } from "./clock";
import { MARKETS } from "./markets";
import { Random } from "./random";
import { fillPlaceholders } from "./template-replies";
import { TEMPLATE_LIBRARY, templateRecords } from "./templates";
import { fillSlots } from "./text";
import { TOPICS } from "./topics";
import * as agentMessages from "./vocabulary/agent-messages";
import * as buyerMessages from "./vocabulary/buyer-messages";
import { COMPLAINT_THEMES, EMERGING_THEMES, THEME_SENTENCES } from "./vocabulary/complaint-themes";
import { EXCHANGES } from "./vocabulary/follow-ups";
import { DEMO_LANGUAGES } from "./vocabulary/languages";
import { PRODUCTS } from "./vocabulary/products";
import * as reviewPhrases from "./vocabulary/review-phrases";

/** Every phrase of a vocabulary module, however deeply it is nested by language, topic or tone. */
function phrasesOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(phrasesOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(phrasesOf);
  return [];
}

const KNOWN_SLOTS = new Set(["item", "order", "days", "weeks", "very", "fee", "name", "agent", "tracking", "link"]);

describe("demo vocabulary", () => {
  it("writes every complaint theme in every language, in several phrasings", () => {
    for (const theme of [...COMPLAINT_THEMES, ...EMERGING_THEMES]) {
      for (const language of DEMO_LANGUAGES) {
        const phrases = THEME_SENTENCES[theme][language];
        expect(phrases.length, `${theme}/${language}`).toBeGreaterThanOrEqual(6);
        expect(new Set(phrases).size).toBe(phrases.length);
      }
    }
  });

  it("uses only slots the generator fills, and fills them all", () => {
    const modules = [agentMessages, buyerMessages, reviewPhrases, { THEME_SENTENCES, EXCHANGES }];
    const phrases = modules.flatMap(phrasesOf);
    expect(phrases.length).toBeGreaterThan(900);
    for (const phrase of phrases) {
      const filled = fillSlots(phrase, {
        slot: (name) => {
          expect(KNOWN_SLOTS, `{${name}} in "${phrase}"`).toContain(name);
          return "x";
        },
      });
      expect(filled).not.toMatch(/[{}]/);
    }
  });

  it("names every product in every language and has buyer openers for every topic", () => {
    for (const product of PRODUCTS) for (const language of DEMO_LANGUAGES) expect(product.names[language]).not.toBe("");
    for (const topic of Object.keys(TOPICS) as (keyof typeof TOPICS)[]) {
      for (const language of DEMO_LANGUAGES) expect(buyerMessages.BUYER_OPENERS[topic][language].length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("seed templates", () => {
  it("become 24 valid template records, each language version its own template", () => {
    const records = templateRecords();
    expect(records).toHaveLength(24);
    expect(records.map((r) => r.id)).toContain("seed-presale-1-zh");
    expect(records.map((r) => r.id)).toContain("seed-presale-1-en");
    for (const record of records) expect(validateRecord(record)).toMatchObject({ ok: true });
  });

  it("has a realistic value for every placeholder of the English versions", () => {
    const ctx = {
      market: MARKETS[0]!,
      product: PRODUCTS[0]!,
      scenario: "presale" as const,
      sentMs: Date.parse("2026-09-14T10:00:00Z"),
      clock: new ZoneClock(),
      rng: new Random("placeholders"),
    };
    const english = TEMPLATE_LIBRARY.filter((t) => t.language === "en");
    expect(english.filter((t) => t.text.includes("[")).length).toBeGreaterThanOrEqual(6);
    for (const template of english) expect(fillPlaceholders(template.text, ctx)).not.toMatch(/[[\]]/);
  });
});
