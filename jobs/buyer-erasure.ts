import type { Database } from "../db/client";
import { type BuyerDeletion, deleteBuyerData } from "../db/queries/buyer-data";
import { rollupTemplateOutcomes } from "../db/queries/template-outcomes";
import type { JobBus } from "./bus";
import { requestSlotted } from "./slots";

/**
 * Deletes one buyer's data on request (db/queries/buyer-data.ts), then brings what counted them up
 * to date: the daily template outcomes of their days at once, the SLA rollups of their weeks and
 * the template gaps (which quoted their questions) in the background.
 */
export async function eraseBuyer(
  rt: { db: Database; bus: JobBus },
  input: { workspaceId: string; buyerId: string; actor: string; actorUserId: string | null },
): Promise<BuyerDeletion> {
  const { deleted, changedDays } = await deleteBuyerData(rt.db, input);
  if (changedDays.length > 0) {
    await rollupTemplateOutcomes(rt.db, input.workspaceId, changedDays);
    await requestSlotted(rt.bus, "refresh-sla-rollups", input.workspaceId);
  }
  if ((deleted.template_gaps ?? 0) > 0) await rt.bus.enqueue("template-gaps", { workspaceId: input.workspaceId, trigger: `erasure.${Date.now()}` });
  return deleted;
}
