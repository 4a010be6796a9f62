import { z } from "zod";
import { findTopicId, listReviews } from "../../db/queries/review-list";
import { badRequest, notFound } from "../../lib/errors";
import { checkRange, reportDay } from "./params";
import { defineReport } from "./types";

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1_000;

const params = z
  .strictObject({
    from: reportDay.optional(),
    to: reportDay.optional(),
    topic_id: z.string().min(1).max(200).optional(),
    limit: z
      .string()
      .regex(/^\d+$/, "must be a whole number")
      .transform(Number)
      .pipe(z.number().int().min(1).max(MAX_LIMIT))
      .optional(),
    cursor: z.string().max(200).optional(),
  })
  .superRefine(checkRange);

export interface ReviewsDocument {
  rows: {
    id: string;
    rating: number;
    language: string | null;
    sentiment: number | null;
    topic_id: string | null;
    created_at: string;
  }[];
  next_cursor: string | null;
}

/**
 * GET /api/v1/reviews: reviews with their language, sentiment and topic, oldest first, in pages
 * (../shared/spec/api.md). The cursor is opaque to callers: the last row's time and row id.
 */
export const reviewsReport = defineReport({
  name: "reviews",
  params,
  run: async (ctx, p): Promise<ReviewsDocument> => {
    const topicRowId = p.topic_id ? await findTopicId(ctx.db, ctx.workspace.id, p.topic_id) : null;
    if (p.topic_id && topicRowId === null) throw notFound(`no topic ${p.topic_id} in this workspace`);
    const rows = await listReviews(ctx.db, {
      workspaceId: ctx.workspace.id,
      timeZone: ctx.workspace.timezone,
      from: p.from ?? null,
      to: p.to ?? null,
      topicRowId,
      after: p.cursor ? decodeCursor(p.cursor) : null,
      limit: (p.limit ?? DEFAULT_LIMIT) + 1,
    });
    const limit = p.limit ?? DEFAULT_LIMIT;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      rows: page.map((r) => ({
        id: r.id,
        rating: r.rating,
        language: r.language,
        sentiment: r.sentiment,
        topic_id: r.topicId,
        created_at: r.createdAt.toISOString(),
      })),
      next_cursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.rowId) : null,
    };
  },
  pages: {
    nextCursor: (d: ReviewsDocument) => d.next_cursor,
    merge: (pages: ReviewsDocument[]) => ({ rows: pages.flatMap((d) => d.rows), next_cursor: null }),
  },
});

function encodeCursor(createdAt: Date, rowId: number): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), rowId])).toString("base64url");
}

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function decodeCursor(cursor: string): { createdAt: Date; rowId: number } {
  try {
    const [at, rowId] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, number];
    // Exactly what encodeCursor writes: a forged year like +275760 is a time JavaScript reads and PostgreSQL refuses.
    if (typeof at !== "string" || !CURSOR_TIME.test(at) || !Number.isSafeInteger(rowId) || rowId < 1) throw new Error("bad cursor");
    const createdAt = new Date(at);
    if (Number.isNaN(createdAt.getTime())) throw new Error("bad cursor");
    return { createdAt, rowId };
  } catch {
    throw badRequest("cursor: not a cursor this API returned");
  }
}
