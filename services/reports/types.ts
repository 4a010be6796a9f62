import type { z } from "zod";
import type { Database } from "../../db/client";
import type { Workspace } from "../../db/queries/workspaces";
import { textMasker } from "../../lib/privacy/masker";

export interface ReportContext {
  db: Database;
  workspace: Workspace;
  /** "Now" for metrics that depend on it (an unanswered conversation breaches as time passes). */
  now: Date;
  /**
   * Every buyer-written text a report returns (review and message text, examples) goes through
   * this: it hides e-mail addresses, phone and tracking numbers when the workspace asks for it.
   */
  mask: (text: string) => string;
}

/**
 * One report of ../shared/spec/api.md, shared by its three doors: the HTTP API (query
 * parameters), the CLI (`report <name>` with the same parameters as flags, `--group-by` for
 * `group_by`) and the dashboard. `params` parses the raw strings; `run` returns the contract's
 * JSON document.
 */
export interface ReportDefinition<P = unknown, D = unknown> {
  name: string;
  params: z.ZodType<P, Record<string, string | undefined>>;
  run(ctx: ReportContext, params: P): Promise<D>;
  /**
   * For paged reports: the next page's cursor in a document, and how to merge pages. The CLI
   * prints every page as one document.
   */
  pages?: {
    nextCursor(document: D): string | null;
    merge(pages: D[]): D;
  };
}

export function defineReport<P, D>(definition: ReportDefinition<P, D>): ReportDefinition<P, D> {
  return definition;
}

/** The context every door builds the same way, so no report ever runs without the workspace's masking. */
export function reportContext(db: Database, workspace: Workspace, now = new Date()): ReportContext {
  return { db, workspace, now, mask: textMasker(workspace) };
}
