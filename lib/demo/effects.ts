import { SCENARIOS, type Scenario } from "../ingest/records";
import { COMPLAINT_THEMES, type ComplaintTheme, type EmergingTheme } from "./vocabulary/complaint-themes";

/** Conversion multiplier once the first response took longer than `overSeconds`. */
export interface FrtStep {
  overSeconds: number;
  factor: number;
}

/** A theme whose weight is multiplied in one market during the last weeks of the data set. */
export interface ThemeSpike {
  theme: ComplaintTheme;
  /** ISO 3166-1 alpha-2. */
  market: string;
  lastWeeks: number;
  multiplier: number;
}

/** A complaint that does not exist before the last weeks (a new product defect). */
export interface EmergingThemeEffect {
  theme: EmergingTheme;
  lastWeeks: number;
  /** Weight next to the baseline theme weights (which sum to about 1). */
  weight: number;
}

/**
 * The causal effects planted in the demo shop: what later analyses must recover. Every number is
 * a probability or a multiplier; nothing here is written into the records themselves.
 */
export interface ShopEffects {
  /** Share of conversations answered in writing whose agent uses a library template, per scenario. */
  templateUse: Readonly<Record<Scenario, number>>;
  /** Conversion multiplier per template id (e.g. `seed-presale-2-en`); a template not listed has 1. */
  templateLift: Readonly<Record<string, number>>;
  /** Conversion probability of an answered conversation within 4 minutes, per scenario. */
  conversionBase: Readonly<Record<Scenario, number>>;
  /** Conversion multiplier by first response time: the factor of the largest threshold exceeded. */
  frtSteps: readonly FrtStep[];
  /** Conversion multiplier for a conversation no human answered. */
  unansweredFactor: number;
  /** Baseline share of reviews that complain (rating 1-2) in every market. */
  negativeReviewShare: number;
  /** Relative frequency of each complaint theme among complaints. */
  themeWeights: Readonly<Record<ComplaintTheme, number>>;
  /** Per-market multipliers of a theme's weight (customs complaints come where duties are charged). */
  themeMarketFactors: Readonly<Partial<Record<ComplaintTheme, Readonly<Record<string, number>>>>>;
  spikes: readonly ThemeSpike[];
  emerging: readonly EmergingThemeEffect[];
}

export const DEFAULT_EFFECTS: ShopEffects = {
  templateUse: { presale: 0.5, logistics: 0.55, aftersale: 0.5, other: 0.4 },
  templateLift: {
    "seed-presale-2-en": 1.4,
    "seed-logistics-6-en": 1.3,
    "seed-presale-3-en": 0.65,
    "seed-other-12-en": 0.6,
  },
  conversionBase: { presale: 0.3, logistics: 0.12, aftersale: 0.05, other: 0.1 },
  // Buyers drop off sharply after about 4 minutes of waiting, more after 15.
  frtSteps: [
    { overSeconds: 240, factor: 0.8 },
    { overSeconds: 900, factor: 0.6 },
  ],
  unansweredFactor: 0.35,
  negativeReviewShare: 0.3,
  themeWeights: {
    delivery_delay: 0.22,
    damaged: 0.12,
    looks_different: 0.12,
    size_fit: 0.1,
    customs_fees: 0.08,
    missing_items: 0.07,
    defective: 0.13,
    refund_trouble: 0.1,
    poor_communication: 0.07,
  },
  themeMarketFactors: {
    customs_fees: { US: 0.4, GB: 1.8, DE: 3, FR: 1.5, ES: 1.3, PT: 1.3, MX: 1.2, BR: 2.5, CA: 1.3, AU: 1 },
    delivery_delay: { BR: 1.6, MX: 1.3 },
  },
  spikes: [{ theme: "customs_fees", market: "DE", lastWeeks: 2, multiplier: 3 }],
  emerging: [{ theme: "battery_swelling", lastWeeks: 3, weight: 0.08 }],
};

/**
 * Simpson's paradox on purpose: the harmful templates are presale templates, used in most presale
 * chats (which convert well anyway), and the helpful ones are after-sales templates, used in few
 * after-sales chats (which rarely convert). A pooled template-vs-no-template comparison gets both
 * signs wrong; one stratified by scenario gets them right.
 */
export const CONFOUNDED_EFFECTS: ShopEffects = {
  ...DEFAULT_EFFECTS,
  templateUse: { presale: 0.8, logistics: 0.4, aftersale: 0.3, other: 0.3 },
  templateLift: {
    "seed-presale-1-en": 0.7,
    "seed-presale-3-en": 0.7,
    "seed-aftersale-7-en": 1.6,
    "seed-aftersale-8-en": 1.6,
  },
};

export const EFFECT_PRESETS = { default: DEFAULT_EFFECTS, confounded: CONFOUNDED_EFFECTS } as const;
export type EffectPreset = keyof typeof EFFECT_PRESETS;

/**
 * The defaults with `overrides` laid over them. Each key given replaces the default's whole value
 * (pass `templateLift: {}` for no template effects at all), so what was asked for is exactly what
 * is planted.
 */
export function resolveEffects(overrides: Partial<ShopEffects> = {}): ShopEffects {
  const effects: ShopEffects = { ...DEFAULT_EFFECTS, ...overrides };
  for (const scenario of SCENARIOS) {
    probability(`templateUse.${scenario}`, effects.templateUse[scenario]);
    probability(`conversionBase.${scenario}`, effects.conversionBase[scenario]);
  }
  for (const [id, lift] of Object.entries(effects.templateLift)) positive(`templateLift.${id}`, lift);
  for (const step of effects.frtSteps) positive(`frtSteps factor over ${step.overSeconds} s`, step.factor);
  positive("unansweredFactor", effects.unansweredFactor);
  probability("negativeReviewShare", effects.negativeReviewShare);
  for (const theme of COMPLAINT_THEMES) {
    const weight = effects.themeWeights[theme];
    if (!(weight >= 0)) throw new RangeError(`themeWeights.${theme} must be a weight of at least 0`);
  }
  for (const spike of effects.spikes) positive(`spike multiplier of ${spike.theme} in ${spike.market}`, spike.multiplier);
  return effects;
}

function probability(name: string, value: number | undefined): void {
  if (value === undefined || !(value >= 0 && value <= 1)) {
    throw new RangeError(`effects.${name} must be a probability from 0 to 1, got ${value}`);
  }
}

function positive(name: string, value: number): void {
  if (!(value > 0)) throw new RangeError(`effects.${name} must be a positive multiplier, got ${value}`);
}
