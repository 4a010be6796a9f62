import { getTextsForAnalysis } from "../../db/queries/insights";
import { getWorkspace } from "../../db/queries/workspaces";
import type { JobContext } from "../context";
import { type AnalysisOutcome, analyzeTexts } from "../nlp/analyze";
import { getNlpServices } from "../nlp/services";
import type { AnalyzeTextsPayload } from "../schemas";

/** Analyses the texts an ingest chunk brought; complaints that fit no topic go to topic maintenance. */
export async function processAnalyzeTexts(ctx: JobContext, payload: AnalyzeTextsPayload): Promise<AnalysisOutcome> {
  const workspace = await getWorkspace(ctx.db, payload.workspaceId);
  if (!workspace) return { analyzed: 0, pending: 0 };
  const [nlp, texts] = await Promise.all([getNlpServices(), getTextsForAnalysis(ctx.db, { ...payload })]);
  const outcome = await analyzeTexts(ctx.db, nlp, workspace, texts);
  // One maintenance per batch (the source is `<batch>.<chunk>`): a waiting run takes every chunk's documents.
  if (outcome.pending > 0) await ctx.bus.enqueue("maintain-topics", { workspaceId: workspace.id, trigger: payload.source.split(".")[0] ?? payload.source });
  return outcome;
}
