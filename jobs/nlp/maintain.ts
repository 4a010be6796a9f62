import type { Database } from "../../db/client";
import {
  assignTopics,
  type DocKind,
  getComplaintDocuments,
  getFirstPending,
  getUnanalyzedTexts,
  lockWorkspaceTopics,
  type TopicAssignment,
} from "../../db/queries/insights";
import { ensureTaxonomyTopics, insertEmergentTopic, updateTopicKeywords } from "../../db/queries/topics";
import type { Workspace } from "../../db/queries/workspaces";
import { weekStartOf } from "../../lib/time/week";
import { type DiscoveryDocument, discoverTopics } from "../../lib/topics/discover";
import { analyzeTexts } from "./analyze";
import type { NlpServices } from "./services";

/** Texts analysed per query while sweeping up texts no analysis job reached. */
const SWEEP_PAGE = 2_000;
/** How far back discovery looks: unassigned documents and the term statistics of 12 weeks. */
const WINDOW_MS = 12 * 7 * 86_400_000;

export interface MaintenanceOutcome {
  swept: number;
  newTopics: string[];
  assigned: number;
  unassigned: number;
}

/**
 * Topic maintenance of one workspace: analyse any text no analysis job reached, then discover
 * new topics among the complaints that fit none, and assign them. Workers serialise on a
 * per-workspace advisory lock, so two runs never create the same topic twice; a run that finds
 * nothing pending does nothing.
 */
export async function maintainTopics(db: Database, nlp: NlpServices, workspace: Workspace): Promise<MaintenanceOutcome> {
  let swept = 0;
  for (const kind of ["review", "message"] as DocKind[]) {
    for (let afterId = 0; ; ) {
      const page = await getUnanalyzedTexts(db, { workspaceId: workspace.id, kind, afterId, limit: SWEEP_PAGE });
      if (page.length === 0) break;
      swept += (await analyzeTexts(db, nlp, workspace, page)).analyzed;
      afterId = page[page.length - 1]?.id ?? afterId;
    }
  }
  return db.transaction(async (tx) => {
    await lockWorkspaceTopics(tx, workspace.id);
    const firstPending = await getFirstPending(tx, workspace.id);
    if (!firstPending) return { swept, newTopics: [], assigned: 0, unassigned: 0 };
    const rows = await getComplaintDocuments(tx, { workspaceId: workspace.id, since: new Date(firstPending.getTime() - WINDOW_MS) });
    const topics = await ensureTaxonomyTopics(tx, workspace.id);
    const keyOf = new Map([...topics.values()].map((t) => [t.id, t.key]));
    const documents: DiscoveryDocument[] = rows.map((r) => ({
      terms: nlp.complaints.terms(nlp.complaints.read(r.text, r.language)),
      state: r.topicState,
      topicKey: r.topicId === null ? null : (keyOf.get(r.topicId) ?? null),
      topicScore: r.topicScore,
      sentiment: r.sentiment,
      week: weekStartOf(r.occurredAt.getTime(), workspace.timezone),
    }));
    const emergent = [...topics.values()].flatMap((t) => (t.kind === "emergent" && t.seed ? [{ key: t.key, seed: t.seed, terms: t.terms }] : []));
    const discovery = discoverTopics(documents, emergent);
    for (const topic of discovery.topics) {
      const row = await insertEmergentTopic(tx, { workspaceId: workspace.id, ...topic });
      topics.set(row.key, row);
    }
    const assignments: TopicAssignment[] = [];
    let assigned = 0;
    for (const [i, { key, score }] of discovery.assignments) {
      const row = rows[i];
      if (!row) continue;
      const topicId = key ? (topics.get(key)?.id ?? null) : null;
      if (topicId !== null) assigned++;
      assignments.push({
        kind: row.kind,
        doc_id: row.id,
        topic_id: topicId,
        topic_state: topicId === null ? "unassigned" : "assigned",
        topic_score: score,
      });
    }
    await assignTopics(tx, assignments);
    await updateTopicKeywords(tx, workspace.id, discovery.keywords);
    return { swept, newTopics: discovery.topics.map((t) => t.key), assigned, unassigned: assignments.length - assigned };
  });
}
