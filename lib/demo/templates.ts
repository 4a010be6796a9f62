import { SCENARIOS, type Scenario, type TemplateRecord } from "../ingest/records";
import seedFile from "./seed-templates.json" with { type: "json" };

/** One entry of the store's reply-template library as shipped in seed-templates.json. */
interface SeedTemplate {
  id: string;
  scenario: string;
  name_zh: string;
  text_zh: string;
  name_en: string;
  text_en: string;
}

/** A template as the shop has it: each language version is a template of its own. */
export interface LibraryTemplate {
  /** `seed-presale-1-en`. */
  id: string;
  /** `seed-presale-1`: the template both language versions translate. */
  baseId: string;
  scenario: Scenario;
  language: "zh" | "en";
  name: string;
  text: string;
}

function isScenario(value: string): value is Scenario {
  return (SCENARIOS as readonly string[]).includes(value);
}

export const TEMPLATE_LIBRARY: readonly LibraryTemplate[] = (seedFile as readonly SeedTemplate[]).flatMap((seed) => {
  if (!isScenario(seed.scenario)) throw new Error(`seed template ${seed.id} has an unknown scenario ${seed.scenario}`);
  const scenario = seed.scenario;
  return [
    { id: `${seed.id}-zh`, baseId: seed.id, scenario, language: "zh", name: seed.name_zh, text: seed.text_zh },
    { id: `${seed.id}-en`, baseId: seed.id, scenario, language: "en", name: seed.name_en, text: seed.text_en },
  ] as const;
});

export function templateRecords(): TemplateRecord[] {
  return TEMPLATE_LIBRARY.map((t) => ({
    type: "template",
    id: t.id,
    name: t.name,
    text: t.text,
    scenario: t.scenario,
    language: t.language,
  }));
}

const ENGLISH_BY_BASE = new Map(TEMPLATE_LIBRARY.filter((t) => t.language === "en").map((t) => [t.baseId, t]));

/** The English version agents paste into conversations (buyers read English, not Chinese). */
export function englishTemplate(baseId: string): LibraryTemplate {
  const template = ENGLISH_BY_BASE.get(baseId);
  if (!template) throw new Error(`no English seed template ${baseId}`);
  return template;
}

/** Base ids of a scenario's templates. */
export function templatesOf(scenario: Scenario): readonly string[] {
  return BASES_BY_SCENARIO[scenario];
}

const BASES_BY_SCENARIO: Readonly<Record<Scenario, readonly string[]>> = {
  presale: baseIdsOf("presale"),
  logistics: baseIdsOf("logistics"),
  aftersale: baseIdsOf("aftersale"),
  other: baseIdsOf("other"),
};

function baseIdsOf(scenario: Scenario): string[] {
  return [...ENGLISH_BY_BASE.values()].filter((t) => t.scenario === scenario).map((t) => t.baseId);
}
