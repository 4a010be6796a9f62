import type { Database } from "../db/client";
import { countAgentMessages, getAgentMessagesOf, getTemplateVersions, replaceTemplateUses } from "../db/queries/template-uses";
import { createDetectionRun, type DetectionRun } from "../db/queries/template-runs";
import { type AgentMessage, UseAssigner } from "../lib/templates/assign";
import { TemplateDetector } from "../lib/templates/detector";
import type { JobBus } from "./bus";

/** The workspace's template versions, indexed for detection (a few milliseconds for hundreds). */
export async function loadUseAssigner(db: Database, workspaceId: string): Promise<UseAssigner> {
  const { versions, texts } = await getTemplateVersions(db, workspaceId);
  return new UseAssigner(new TemplateDetector(texts), versions);
}

/** Decides and records which template each message was written from. */
export async function recordUses(db: Database, workspaceId: string, assigner: UseAssigner, messages: readonly AgentMessage[]): Promise<void> {
  const uses = messages.flatMap((m) => {
    const use = assigner.assign(m);
    return use ? [use] : [];
  });
  await db.transaction((tx) =>
    replaceTemplateUses(
      tx,
      workspaceId,
      messages.map((m) => m.id),
      uses,
    ),
  );
}

export async function detectInConversations(db: Database, workspaceId: string, conversationIds: readonly number[]): Promise<void> {
  const messages = await getAgentMessagesOf(db, conversationIds);
  if (messages.length === 0) return;
  await recordUses(db, workspaceId, await loadUseAssigner(db, workspaceId), messages);
}

/**
 * After the templates changed (a new template or a new version), every agent message is looked
 * at again in the background, a page per job, with its progress kept for the Templates page.
 */
export async function startTemplateRedetection(db: Database, bus: JobBus, workspaceId: string): Promise<DetectionRun> {
  const run = await createDetectionRun(db, workspaceId, await countAgentMessages(db, workspaceId));
  await bus.enqueue("template-redetect", { workspaceId, runId: run.id, afterMessageId: 0 });
  return run;
}
