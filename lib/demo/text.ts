/** Supplies the values of `{slot}` placeholders in vocabulary phrases. */
export interface SlotValues {
  /** The value of one slot; throws for a slot it does not know (a typo in the vocabulary). */
  slot(name: string): string;
}

export function unknownSlot(name: string): never {
  throw new Error(`no value for the text slot {${name}}`);
}

/**
 * Phrases split once into literal text (even indices) and slot names (odd indices). Filling runs
 * for every generated message, and a regular-expression replace per message was a hot spot; the
 * cache is bounded by the vocabulary.
 */
const compiled = new Map<string, readonly string[]>();
const SLOTS = /\{(\w+)\}/g;

export function fillSlots(pattern: string, values: SlotValues): string {
  let parts = compiled.get(pattern);
  if (!parts) compiled.set(pattern, (parts = pattern.split(SLOTS)));
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) text += values.slot(parts[i]!) + parts[i + 1]!;
  return text;
}

/** Sentences and fragments joined with `separator`, skipping the ones left out. */
export function joinParts(parts: readonly (string | null | undefined)[], separator = " "): string {
  let text = "";
  for (const part of parts) {
    if (!part) continue;
    text = text ? text + separator + part : part;
  }
  return text;
}
