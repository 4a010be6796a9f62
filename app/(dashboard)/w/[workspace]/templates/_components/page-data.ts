import "server-only";
import type { Database } from "@/db/client";
import { getEditBands, getStratumCounts, getTemplateVersionMeta, getWeeklyUses } from "@/db/queries/template-effectiveness";
import { getTemplateGaps } from "@/db/queries/template-gaps";
import { getLatestDetectionRun } from "@/db/queries/template-runs";
import { listTemplates } from "@/db/queries/templates";
import type { Workspace } from "@/db/queries/workspaces";
import { textMasker } from "@/lib/privacy/masker";
import { editBandLifts, effectivenessRows, secondOutcome } from "@/lib/templates/effectiveness";
import { findNearDuplicates } from "@/lib/templates/near-duplicates";

/** How long a template may go unused before it is listed for pruning: 90 days. */
export const UNUSED_DAYS = 90;

/** Everything the Templates page shows, read in parallel, then computed by lib/templates. */
export async function loadTemplatesPage(db: Database, workspace: Workspace, range: { from: string; to: string }, now: Date) {
  const workspaceId = workspace.id;
  const mask = textMasker(workspace);
  const scope = { workspaceId, ...range };
  const [versions, counts, weekly, bands, templates, gaps, run] = await Promise.all([
    getTemplateVersionMeta(db, workspaceId),
    getStratumCounts(db, scope),
    getWeeklyUses(db, scope),
    getEditBands(db, scope),
    listTemplates(db, workspaceId),
    getTemplateGaps(db, workspaceId),
    getLatestDetectionRun(db, workspaceId),
  ]);
  const rows = effectivenessRows(versions, counts);
  const versionIdOf = new Map(versions.map((v) => [`${v.sourceId}\u0000${v.version}`, v.versionId]));
  const active = templates.filter((t) => !t.archived);
  const unusedSince = now.getTime() - UNUSED_DAYS * 86_400_000;
  const byId = new Map(active.map((t) => [t.id, t]));
  const duplicates = findNearDuplicates(active.map((t) => ({ key: t.id, text: t.text }))).map((d) => ({
    a: byId.get(d.a)!,
    b: byId.get(d.b)!,
    similarity: d.similarity,
  }));
  const aftersale = versions.filter((v) => v.scenario === "aftersale");
  return {
    rows: rows.map((row) => ({ ...row, versionId: versionIdOf.get(`${row.template_id}\u0000${row.version}`) ?? 0 })),
    weekly,
    templateIdOf: new Map(versions.map((v) => [v.sourceId, v.templateId])),
    editBands: editBandLifts(bands),
    unused: active.filter((t) => t.lastUsedAt === null || t.lastUsedAt.getTime() < unusedSince),
    duplicates,
    // Gap labels and examples are buyers' first messages.
    gaps: gaps && { ...gaps, clusters: gaps.clusters.map((c) => ({ ...c, label: mask(c.label), examples: c.examples.map(mask) })) },
    run,
    secondOutcome: secondOutcome(aftersale, counts)
      .filter((r) => r.uses > 0)
      .map((r) => ({ ...r, version: aftersale.find((v) => v.versionId === r.versionId)! })),
  };
}

export type TemplatesPageData = Awaited<ReturnType<typeof loadTemplatesPage>>;
