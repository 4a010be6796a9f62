import type { Database } from "../db/client";
import { type BuyerDeletion, deleteBuyerData } from "../db/queries/buyer-data";
import type { JobBus } from "./bus";
import { requestSlotted } from "./slots";

/**
 * Deletes one buyer's data on request (db/queries/buyer-data.ts), then asks for what counted them
 * to be brought up to date in the background: the SLA rollups of their weeks and the template
 * outcomes of their days (both marked by the deletion), and the template gaps that quoted them.
 */
export async function eraseBuyer(
  rt: { db: Database; bus: JobBus },
  input: { workspaceId: string; buyerId: string; actor: string; actorUserId: string | null },
): Promise<BuyerDeletion> {
  const deleted = await deleteBuyerData(rt.db, input);
  if ((deleted.conversation_facts ?? 0) > 0) {
    await requestSlotted(rt.bus, "refresh-sla-rollups", input.workspaceId);
    await requestSlotted(rt.bus, "rollup-template-outcomes", input.workspaceId);
  }
  if ((deleted.template_gaps ?? 0) > 0) await rt.bus.enqueue("template-gaps", { workspaceId: input.workspaceId, trigger: `erasure.${Date.now()}` });
  return deleted;
}
