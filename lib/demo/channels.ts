import type { Channel } from "../ingest/records";

/** How conversations on a channel behave: how common they are and how fast each side answers. */
export interface ChannelProfile {
  channel: Channel;
  weight: number;
  /** Voice and video: messages are call segments carrying `duration_s`, and they settle sooner. */
  call: boolean;
  /** Median human first response while the team is on shift, in seconds (log-normal). */
  firstReplyMedianS: number;
  firstReplySigma: number;
  /** Median delay of later agent turns while on shift, in seconds. */
  agentTurnMedianS: number;
  /** Median delay before the buyer writes again, in seconds. */
  buyerTurnMedianS: number;
}

export const CHANNEL_PROFILES: readonly ChannelProfile[] = [
  { channel: "chat", weight: 62, call: false, firstReplyMedianS: 100, firstReplySigma: 1.0, agentTurnMedianS: 70, buyerTurnMedianS: 90 },
  { channel: "email", weight: 18, call: false, firstReplyMedianS: 2_400, firstReplySigma: 0.9, agentTurnMedianS: 1_800, buyerTurnMedianS: 4 * 3_600 },
  { channel: "social", weight: 12, call: false, firstReplyMedianS: 240, firstReplySigma: 1.1, agentTurnMedianS: 150, buyerTurnMedianS: 600 },
  { channel: "voice", weight: 5, call: true, firstReplyMedianS: 480, firstReplySigma: 0.8, agentTurnMedianS: 300, buyerTurnMedianS: 600 },
  { channel: "video", weight: 3, call: true, firstReplyMedianS: 600, firstReplySigma: 0.8, agentTurnMedianS: 300, buyerTurnMedianS: 600 },
];

export const CHANNEL_WEIGHTS: readonly (readonly [ChannelProfile, number])[] = CHANNEL_PROFILES.map(
  (p) => [p, p.weight] as const,
);

/** Share of conversations held as calls, which the message-length model needs. */
export const CALL_SHARE =
  CHANNEL_PROFILES.filter((p) => p.call).reduce((sum, p) => sum + p.weight, 0) /
  CHANNEL_PROFILES.reduce((sum, p) => sum + p.weight, 0);
