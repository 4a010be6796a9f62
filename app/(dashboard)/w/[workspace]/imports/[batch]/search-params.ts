import { z } from "zod";

/** Rejected records per page. */
export const REJECTED_PAGE_SIZE = 50;

/** `?page=N`, from 1; anything else is page 1. */
const schema = z.object({ page: z.coerce.number().int().min(1).max(1_000_000).catch(1) });

export function parseBatchSearchParams(raw: Record<string, string | string[] | undefined>): { page: number } {
  return schema.parse({ page: typeof raw.page === "string" ? raw.page : 1 });
}
