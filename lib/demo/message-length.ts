import type { Random } from "./random";

/** How a conversation unfolds, which decides how long it can be. */
export type ConversationShape = "written" | "outreach" | "call" | "unanswered";

/** Fewest messages each shape needs: a question and its answer; outreach, reply and answer. */
const MINIMUM: Readonly<Record<ConversationShape, number>> = { written: 2, outreach: 3, call: 2, unanswered: 1 };
/** A buyer nobody answers writes once, sometimes nudges, and gives up. */
const UNANSWERED_MEAN = 1.8;
/** Calls settle in fewer, longer segments than written conversations. */
const CALL_TO_WRITTEN = 0.45;

/**
 * Messages per conversation with an exact expected mean: written conversations absorb whatever
 * the fixed shapes (unanswered, calls) leave of the target, so the data set's mean is the one
 * asked for. Counts are the minimum plus a negative-binomial remainder (two geometric draws),
 * skewed like real conversations: most short, a few long.
 */
export class MessageLengths {
  private readonly means: Readonly<Record<ConversationShape, number>>;

  constructor(targetMean: number, unansweredShare: number, callShare: number) {
    const unanswered = Math.min(UNANSWERED_MEAN, targetMean);
    const answeredMean = (targetMean - unansweredShare * unanswered) / (1 - unansweredShare);
    const written = answeredMean / (callShare * CALL_TO_WRITTEN + (1 - callShare));
    this.means = {
      written,
      outreach: written,
      call: CALL_TO_WRITTEN * written,
      unanswered,
    };
  }

  sample(shape: ConversationShape, rng: Random): number {
    const minimum = MINIMUM[shape];
    const extra = Math.max(0, this.means[shape] - minimum) / 2;
    return minimum + rng.geometric(extra) + rng.geometric(extra);
  }
}
