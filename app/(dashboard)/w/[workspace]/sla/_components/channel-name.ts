import { type Channel, CHANNELS } from "@/lib/ingest/records";

/** A channel's translated name; a channel outside the canonical list is shown as sent. */
export function channelName(t: (key: Channel) => string, channel: string): string {
  return (CHANNELS as readonly string[]).includes(channel) ? t(channel as Channel) : channel;
}
