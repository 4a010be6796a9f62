import type { Scenario } from "../ingest/records";
import { DAY_MS, type ZoneClock } from "./clock";
import type { Market } from "./markets";
import type { Random } from "./random";
import type { LibraryTemplate } from "./templates";
import { joinParts } from "./text";
import type { Product } from "./vocabulary/products";

/**
 * How an agent used a template, from untouched to barely recognisable:
 * - `verbatim`: pasted as is, placeholders like [link] still in it;
 * - `filled`: placeholders replaced with real values, nothing else changed;
 * - `light`: filled, plus a greeting or sign-off and a few words changed or a sentence dropped;
 * - `heavy`: one or two of its sentences inside the agent's own words.
 */
export type TemplateEdit = "verbatim" | "filled" | "light" | "heavy";

export const TEMPLATE_EDIT_WEIGHTS: readonly (readonly [TemplateEdit, number])[] = [
  ["verbatim", 0.1],
  ["filled", 0.3],
  ["light", 0.35],
  ["heavy", 0.25],
];

/** Chance that the message names its template in `template_id` (the help desk's template picker). */
export const NAMED_TEMPLATE_CHANCE: Readonly<Record<TemplateEdit, number>> = {
  verbatim: 1,
  filled: 0.6,
  light: 0.3,
  heavy: 0.1,
};

/** What the placeholders of a template refer to in one conversation. */
export interface PlaceholderContext {
  market: Market;
  product: Product;
  scenario: Scenario;
  sentMs: number;
  clock: ZoneClock;
  rng: Random;
}

const PLACEHOLDER = /\[([^\]]+)\]/g;

/** The value an agent types over one placeholder of the English seed templates. */
function placeholderValue(name: string, ctx: PlaceholderContext): string {
  const { rng } = ctx;
  switch (name) {
    case "specs/material/size":
      return ctx.product.specs;
    case "size chart":
      return rng.pick([
        "S 96 cm, M 102 cm, L 108 cm, XL 114 cm (chest)",
        "https://lumora.shop/size-guide",
        "S/M/L/XL = chest 92/98/104/110 cm, length 64/66/68/70 cm",
      ]);
    case "steps":
      return rng.pick([
        "charge it fully, hold the power button for 3 seconds, then pair it in your Bluetooth settings",
        "unfold it, lock the clips, then attach your phone to the holder",
        "open the Lumora app, tap Add device and follow the prompts",
      ]);
    case "link":
      return ctx.scenario === "aftersale"
        ? rng.pick(["https://lumora.shop/returns", "https://lumora.shop/help/return-request"])
        : rng.pick(["https://lumora.shop/videos/setup", "https://youtu.be/lumora-setup"]);
    case "country/region":
      return ctx.market.englishName;
    case "X-Y":
      return `${ctx.market.quotedDays[0]}-${ctx.market.quotedDays[1]}`;
    case "date":
      return ctx.clock.shortDate(ctx.sentMs + rng.int(1, 3) * DAY_MS, ctx.market.timeZone);
    case "status":
      return rng.pick([
        "arrived at the destination sorting centre",
        "in customs clearance",
        "handed over to the local carrier",
        "departed from the Shenzhen hub",
      ]);
    case "time":
      return rng.pick(["2-3 days", "24 hours", "a few days", "5 business days"]);
    case "days":
      return rng.pick(["15", "30"]);
    case "business days":
      return rng.pick(["3", "5", "7"]);
    case "has/does not currently have":
      return rng.pick(["has", "does not currently have"]);
    default:
      throw new Error(`no value for the template placeholder [${name}]`);
  }
}

/** The template's text with every placeholder typed over; a placeholder used twice gets one value. */
export function fillPlaceholders(text: string, ctx: PlaceholderContext): string {
  const values = new Map<string, string>();
  return text.replace(PLACEHOLDER, (_, name: string) => {
    let value = values.get(name);
    if (value === undefined) values.set(name, (value = placeholderValue(name, ctx)));
    return value;
  });
}

/** Rewordings agents make when they adapt a template by hand. */
const LIGHT_REWORDINGS: readonly (readonly [RegExp, string])[] = [
  [/^Thanks for your question!/, "Thank you for asking!"],
  [/We are very sorry/, "So sorry"],
  [/We are so sorry/, "Really sorry"],
  [/I completely understand/, "I totally understand"],
  [/right away/, "immediately"],
  [/Thank you for/, "Thanks for"],
  [/Usually/, "Normally"],
  [/as soon as there is news/, "as soon as I hear anything"],
  [/whichever you prefer/, "as you prefer"],
  [/Please rest assured/, "Don't worry"],
];

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/** What an agent may put around a reply. Whether greeting and sign-off are used depends on the edit. */
export interface ReplyFrame {
  greeting: string;
  signOff: string;
  /** The agent's own sentence, used when the template is only quoted in part. */
  ownWords: string;
  /** E-mail: greeting and sign-off always, separated by blank lines; chat: sometimes, inline. */
  formal: boolean;
}

/** The message text an agent sends when using `template` with the given kind of edit. */
export function writeTemplateReply(
  template: LibraryTemplate,
  edit: TemplateEdit,
  frame: ReplyFrame,
  ctx: PlaceholderContext,
): string {
  const { rng } = ctx;
  if (edit === "verbatim") return template.text;
  const filled = fillPlaceholders(template.text, ctx);
  if (edit === "filled") return filled;
  const separator = frame.formal ? "\n\n" : " ";
  const signOff = frame.formal || rng.chance(0.4) ? frame.signOff : null;
  if (edit === "light") {
    let body = filled;
    for (const [pattern, replacement] of LIGHT_REWORDINGS) {
      if (pattern.test(body) && rng.chance(0.5)) body = body.replace(pattern, replacement);
    }
    const sentences = sentencesOf(body);
    if (sentences.length >= 3 && rng.chance(0.25)) body = sentences.slice(0, -1).join(" ");
    // A light edit is still an edit: with nothing reworded and no sign-off, at least a greeting.
    const greet = frame.formal || rng.chance(0.6) || (body === filled && !signOff);
    return joinParts([greet ? frame.greeting : null, body, signOff], separator);
  }
  const sentences = sentencesOf(filled);
  const quoted = Math.min(sentences.length, rng.int(1, 2));
  const from = rng.int(0, sentences.length - quoted);
  const greeting = frame.formal || rng.chance(0.5) ? frame.greeting : null;
  return joinParts([greeting, frame.ownWords, sentences.slice(from, from + quoted).join(" "), signOff], separator);
}
