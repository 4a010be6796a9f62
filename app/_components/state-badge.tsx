import { Badge } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import type { BatchState } from "@/db/queries/batches";

const COLORS: Record<BatchState, string> = {
  queued: "gray",
  processing: "blue",
  done: "emerald",
  failed: "red",
};

/** A batch's state as a coloured badge. */
export async function StateBadge({ state }: { state: BatchState }) {
  const t = await getTranslations("batchStates");
  return (
    <Badge color={COLORS[state] ?? "gray"} size="xs">
      {t(state)}
    </Badge>
  );
}
