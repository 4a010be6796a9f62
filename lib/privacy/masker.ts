import { maskPersonalData } from "./mask";

const identity = (text: string) => text;

/**
 * The function every shown or exported buyer text goes through, per the workspace's setting:
 *
 *   const mask = textMasker(workspace);   …   <p>{mask(review.text)}</p>,  csvRow([mask(raw)])
 */
export function textMasker(settings: { maskPersonalData: boolean }): (text: string) => string {
  return settings.maskPersonalData ? maskPersonalData : identity;
}
