/** The JSON documents POSTed to a workspace's SLA webhook. */
export type SlaAlert =
  | {
      type: "about_to_breach";
      workspace: { id: string; name: string };
      conversation: { id: string; first_buyer_at: string; breach_at: string; seconds_left: number };
      target_s: number;
      sent_at: string;
    }
  | {
      type: "breach_rate";
      workspace: { id: string; name: string };
      /** The hour measured: conversations that started in it have all been answered or breached by now. */
      window: { from: string; to: string };
      conversations: number;
      breaches: number;
      breach_rate: number;
      threshold: number;
      target_s: number;
      sent_at: string;
    };

interface AlertWorkspaceInfo {
  id: string;
  name: string;
  targetSeconds: number;
  breachRate: number;
}

export function aboutToBreachAlert(
  workspace: AlertWorkspaceInfo,
  conversation: { sourceId: string; firstBuyerAt: Date; breachAt: Date },
  now: Date,
): SlaAlert {
  return {
    type: "about_to_breach",
    workspace: { id: workspace.id, name: workspace.name },
    conversation: {
      id: conversation.sourceId,
      first_buyer_at: conversation.firstBuyerAt.toISOString(),
      breach_at: conversation.breachAt.toISOString(),
      seconds_left: Math.max(0, Math.round((conversation.breachAt.getTime() - now.getTime()) / 1000)),
    },
    target_s: workspace.targetSeconds,
    sent_at: now.toISOString(),
  };
}

export function breachRateAlert(
  workspace: AlertWorkspaceInfo,
  hour: { conversations: number; breaches: number },
  now: Date,
): SlaAlert {
  const to = new Date(now.getTime() - workspace.targetSeconds * 1000);
  return {
    type: "breach_rate",
    workspace: { id: workspace.id, name: workspace.name },
    window: { from: new Date(to.getTime() - 3_600_000).toISOString(), to: to.toISOString() },
    conversations: hour.conversations,
    breaches: hour.breaches,
    breach_rate: hour.breaches / hour.conversations,
    threshold: workspace.breachRate,
    target_s: workspace.targetSeconds,
    sent_at: now.toISOString(),
  };
}
