import type { Scenario } from "../ingest/records";
import type { ComplaintTheme } from "./vocabulary/complaint-themes";
import type { ProductKind } from "./vocabulary/products";

/** What a buyer writes about: it fixes the scenario, the template that fits, and any complaint theme. */
export interface TopicSpec {
  scenario: Scenario;
  /** Base id of the seed template an agent would reach for (see templates.ts). */
  template: string;
  /** Relative frequency within its scenario. */
  weight: number;
  /** The complaint theme a negative message on this topic belongs to. */
  theme?: ComplaintTheme;
  /** Products the question makes sense for (no size questions about a charger); all when absent. */
  products?: readonly ProductKind[];
}

export const TOPICS = {
  presale_size: { scenario: "presale", template: "seed-presale-2", weight: 3, products: ["clothing"] },
  presale_material: { scenario: "presale", template: "seed-presale-1", weight: 2 },
  presale_usage: { scenario: "presale", template: "seed-presale-3", weight: 2, products: ["powered"] },
  presale_stock: { scenario: "presale", template: "seed-presale-1", weight: 2 },
  presale_price: { scenario: "presale", template: "seed-presale-1", weight: 1 },
  logistics_where: { scenario: "logistics", template: "seed-logistics-6", weight: 4, theme: "delivery_delay" },
  logistics_customs: { scenario: "logistics", template: "seed-logistics-5", weight: 2, theme: "customs_fees" },
  logistics_tracking: { scenario: "logistics", template: "seed-logistics-6", weight: 2, theme: "delivery_delay" },
  logistics_delivery_time: { scenario: "logistics", template: "seed-logistics-4", weight: 3 },
  aftersale_damaged: { scenario: "aftersale", template: "seed-aftersale-8", weight: 2, theme: "damaged" },
  aftersale_wrong_colour: { scenario: "aftersale", template: "seed-aftersale-7", weight: 2, theme: "looks_different" },
  aftersale_wrong_size: {
    scenario: "aftersale",
    template: "seed-aftersale-7",
    weight: 2,
    theme: "size_fit",
    products: ["clothing"],
  },
  aftersale_missing_item: { scenario: "aftersale", template: "seed-aftersale-7", weight: 1, theme: "missing_items" },
  aftersale_defective: {
    scenario: "aftersale",
    template: "seed-aftersale-7",
    weight: 2,
    theme: "defective",
    products: ["powered"],
  },
  aftersale_refund: { scenario: "aftersale", template: "seed-aftersale-9", weight: 2, theme: "refund_trouble" },
  other_discount: { scenario: "other", template: "seed-other-12", weight: 3 },
  other_invoice: { scenario: "other", template: "seed-other-11", weight: 1 },
  other_wholesale: { scenario: "other", template: "seed-other-11", weight: 1 },
  other_upset: { scenario: "other", template: "seed-other-10", weight: 2, theme: "poor_communication" },
} as const satisfies Record<string, TopicSpec>;

export type Topic = keyof typeof TOPICS;

const TOPIC_SPECS: Readonly<Record<Topic, TopicSpec>> = TOPICS;

export function topicSpec(topic: Topic): TopicSpec {
  return TOPIC_SPECS[topic];
}

/** Topics of one scenario with their weights, ready for `Random.weighted`. */
export function topicsOf(scenario: Scenario): readonly (readonly [Topic, number])[] {
  return TOPICS_BY_SCENARIO[scenario];
}

const TOPICS_BY_SCENARIO: Readonly<Record<Scenario, readonly (readonly [Topic, number])[]>> = {
  presale: weightsOf("presale"),
  logistics: weightsOf("logistics"),
  aftersale: weightsOf("aftersale"),
  other: weightsOf("other"),
};

function weightsOf(scenario: Scenario): (readonly [Topic, number])[] {
  return (Object.keys(TOPIC_SPECS) as Topic[])
    .filter((topic) => TOPIC_SPECS[topic].scenario === scenario)
    .map((topic) => [topic, TOPIC_SPECS[topic].weight] as const);
}
