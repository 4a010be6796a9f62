import { createHash } from "node:crypto";
import type { Sql } from "../../db/client";
import { getConversationTopics, getInputHashes, type InsightRow, type TextForAnalysis, writeInsights } from "../../db/queries/insights";
import { ensureTaxonomyTopics } from "../../db/queries/topics";
import type { Workspace } from "../../db/queries/workspaces";
import { chooseTopic } from "../../lib/topics/assign";
import type { NlpServices } from "./services";

/**
 * Bump when the analysis changes in a way that should redo stored results (new lexicons, a
 * retrained classifier): the input hash includes it, so the next sweep re-analyses every text.
 */
export const ANALYSIS_VERSION = 1;

export interface AnalysisOutcome {
  analyzed: number;
  /** Negative documents that fit no topic yet: topic discovery has work. */
  pending: number;
}

/**
 * Analyses texts and stores the results: language (the record's, else detected), sentiment,
 * whether each is a negative document (a review at or under the workspace's threshold, a buyer
 * message labelled negative), and the topic of each negative one with text. Texts whose input
 * did not change since their last analysis are skipped, so running this twice changes nothing.
 */
export async function analyzeTexts(db: Sql, nlp: NlpServices, workspace: Workspace, texts: readonly TextForAnalysis[]): Promise<AnalysisOutcome> {
  if (texts.length === 0) return { analyzed: 0, pending: 0 };
  const hashes = new Map([
    ...[...(await getInputHashes(db, "review", texts.filter((t) => t.kind === "review").map((t) => t.id)))].map(([id, h]) => [`review:${id}`, h] as const),
    ...[...(await getInputHashes(db, "message", texts.filter((t) => t.kind === "message").map((t) => t.id)))].map(([id, h]) => [`message:${id}`, h] as const),
  ]);
  const threshold = workspace.negativeRatingThreshold;
  // A conversation's messages in the order they were sent, so a follow-up finds the complaint before it.
  const todo = texts
    .map((t) => ({ t, hash: inputHash(t, threshold) }))
    .filter(({ t, hash }) => hashes.get(`${t.kind}:${t.id}`) !== hash)
    .sort((a, b) => (a.t.conversationId ?? 0) - (b.t.conversationId ?? 0) || a.t.occurredAt.getTime() - b.t.occurredAt.getTime() || a.t.id - b.t.id);
  if (todo.length === 0) return { analyzed: 0, pending: 0 };

  const languages = todo.map(({ t }) => nlp.texts.language(t.text, t.language));
  await nlp.texts.prepare(languages.map((l) => l.language));
  const topics = await ensureTaxonomyTopics(db, workspace.id);
  const emergent = [...topics.values()].flatMap((t) => (t.kind === "emergent" && t.seed ? [{ key: t.key, seed: t.seed, terms: t.terms }] : []));
  const conversationTopics = await getConversationTopics(db, [...new Set(todo.flatMap(({ t }) => (t.conversationId === null ? [] : [t.conversationId])))]);
  let pending = 0;
  const rows: InsightRow[] = todo.map(({ t, hash }, i) => {
    const { language, source } = languages[i] as (typeof languages)[number];
    const content = t.title ? `${t.title}. ${t.text}` : t.text;
    const hasText = t.text.trim().length > 0;
    const sentiment = content.trim() ? nlp.texts.sentiment(content, language) : null;
    const negative = t.kind === "review" ? (t.rating ?? 5) <= threshold : sentiment?.label === "negative";
    let topicId: number | null = null;
    let topicScore: number | null = null;
    let topicState: InsightRow["topic_state"] = "none";
    if (negative && hasText) {
      const read = nlp.complaints.read(t.text, language);
      // The title ("Not as described") is a verdict more than a complaint: used only when the text names none.
      const theme = nlp.complaints.theme(read) ?? (t.title ? nlp.complaints.theme(nlp.complaints.read(t.title, language)) : null);
      const choice = chooseTopic(theme, nlp.complaints.terms(read), emergent);
      const topic = choice ? topics.get(choice.key) : undefined;
      const conversation = t.conversationId === null ? undefined : conversationTopics.get(t.conversationId);
      if (topic && choice) {
        topicId = topic.id;
        topicScore = choice.score;
        topicState = "assigned";
        if (t.conversationId !== null && !conversation) conversationTopics.set(t.conversationId, { topicId, score: topicScore });
      } else if (conversation) {
        // A follow-up that names no complaint continues its conversation's.
        topicId = conversation.topicId;
        topicScore = conversation.score;
        topicState = "assigned";
      } else {
        topicState = "pending";
        pending++;
      }
    }
    return {
      kind: t.kind,
      doc_id: t.id,
      occurred_at: t.occurredAt.toISOString(),
      input_hash: hash,
      language,
      language_source: source,
      sentiment: sentiment?.score ?? null,
      sentiment_label: sentiment?.label ?? null,
      sentiment_method: sentiment?.method ?? null,
      sentiment_reason: sentiment ? sentiment.reason : "no text",
      rating: t.rating,
      negative,
      textless: negative && !hasText,
      topic_id: topicId,
      topic_state: topicState,
      topic_score: topicScore,
    };
  });
  await writeInsights(db, workspace.id, rows);
  return { analyzed: rows.length, pending };
}

function inputHash(t: TextForAnalysis, threshold: number): string {
  return createHash("sha1")
    .update(JSON.stringify([ANALYSIS_VERSION, t.text, t.title, t.language, t.rating, t.occurredAt.getTime(), threshold]))
    .digest("base64url");
}
