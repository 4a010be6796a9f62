/** The buyer languages of the demo shop. Agents also write English and templates exist in Chinese. */
export const DEMO_LANGUAGES = ["en", "es", "de", "fr", "pt"] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

/** Text material written once per language; the type makes a missing language a compile error. */
export type PerLanguage<T> = Readonly<Record<DemoLanguage, T>>;

/** Phrasings to pick from, with `{slot}` placeholders filled at generation time. */
export type Phrases = readonly string[];

/**
 * Words that strengthen an adjective, safe in every sentence that has a `{very}` slot (so no
 * "far too", which only fits complaints).
 */
export const INTENSIFIERS: PerLanguage<Phrases> = {
  en: ["very", "really", "so", "super", "extremely"],
  es: ["muy", "súper", "realmente", "bastante"],
  de: ["sehr", "wirklich", "extrem", "echt", "total"],
  fr: ["très", "vraiment", "super", "extrêmement"],
  pt: ["muito", "super", "extremamente", "bem"],
};

export const FIRST_NAMES: PerLanguage<Phrases> = {
  en: ["Emma", "Olivia", "James", "Liam", "Sophie", "Jack", "Chloe", "Noah", "Ava", "Ethan", "Grace", "Ryan"],
  es: ["María", "Lucía", "Carlos", "Javier", "Sofía", "Diego", "Valentina", "Mateo", "Elena", "Andrés"],
  de: ["Anna", "Lena", "Jonas", "Lukas", "Mia", "Felix", "Laura", "Paul", "Katrin", "Tobias"],
  fr: ["Camille", "Léa", "Hugo", "Louis", "Chloé", "Manon", "Lucas", "Julie", "Nicolas", "Inès"],
  pt: ["Ana", "Beatriz", "João", "Pedro", "Mariana", "Gabriel", "Larissa", "Rafael", "Inês", "Tiago"],
};
