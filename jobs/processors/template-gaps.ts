import { getUntemplatedQuestions, saveTemplateGaps } from "../../db/queries/template-gaps";
import { findTemplateGaps } from "../../lib/templates/gaps";
import type { JobContext } from "../context";
import type { TemplateGapsPayload } from "../schemas";

/** Questions from the last 90 days of data, the newest 20,000 at most (clustering them takes well under a second). */
const GAP_WINDOW_DAYS = 90;
const GAP_SAMPLE = 20_000;
/** A gap is a question asked at least this many times, or by at least 1% of those conversations. */
const MIN_GAP_SIZE = 5;
const MIN_GAP_SHARE = 0.01;
const MAX_GAPS = 12;

export async function processTemplateGaps(ctx: JobContext, payload: TemplateGapsPayload): Promise<void> {
  const questions = await getUntemplatedQuestions(ctx.db, payload.workspaceId, GAP_WINDOW_DAYS, GAP_SAMPLE);
  const minSize = Math.max(MIN_GAP_SIZE, Math.ceil(questions.length * MIN_GAP_SHARE));
  await saveTemplateGaps(ctx.db, payload.workspaceId, questions.length, findTemplateGaps(questions, { minSize, limit: MAX_GAPS }));
}
