/**
 * The built-in taxonomy of cross-border complaints. The same complaint written in any language
 * lands in the same topic; what fits none of these clusters into emergent topics
 * (lib/topics/emergent.ts). The keys are stable ids: they are the topics' ids in the API.
 */
export const THEMES = [
  "delivery_delay",
  "damaged",
  "looks_different",
  "size_fit",
  "customs_fees",
  "missing_items",
  "defective",
  "refund_trouble",
  "poor_communication",
] as const;
export type Theme = (typeof THEMES)[number];

/** English labels, as the API returns them; the dashboard shows translated ones (messages/*.json). */
export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  delivery_delay: "Delivery delay or not received",
  damaged: "Damaged in transit",
  looks_different: "Colour or look differs from photos",
  size_fit: "Size and fit",
  customs_fees: "Customs fees and duties",
  missing_items: "Missing items",
  defective: "Defective or stopped working",
  refund_trouble: "Refund and return trouble",
  poor_communication: "Poor communication",
};

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}
