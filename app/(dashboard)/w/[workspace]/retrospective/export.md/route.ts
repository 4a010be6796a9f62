import { getFormatter, getTranslations } from "next-intl/server";
import { getActions, getNotes } from "@/db/queries/retro";
import { isTheme } from "@/lib/topics/taxonomy";
import { errorResponse } from "@/app/_server/http";
import { retrospectiveMarkdown } from "../_lib/export";
import { attachment, loadExport } from "../_lib/export-context";

/** The week's retrospective as Markdown, in the reader's language. */
export async function GET(request: Request, context: { params: Promise<{ workspace: string }> }): Promise<Response> {
  try {
    const { db, workspace, weekStart, doc } = await loadExport(request, (await context.params).workspace);
    const [t, format, notes, actions] = await Promise.all([
      getTranslations("retro"),
      getFormatter(),
      getNotes(db, workspace.id, weekStart),
      getActions(db, workspace.id, weekStart),
    ]);
    const markdown = retrospectiveMarkdown(doc, notes, actions, {
      title: `${t("title")}: ${workspace.name}, ${doc.week}`,
      summary: `${t("summary.negative")}: ${doc.negative_documents} · ${t("summary.unassigned")}: ${doc.unassigned}`,
      topicsHeading: t("table.title"),
      columns: {
        topic: t("table.topic"),
        count: t("table.count"),
        previous: t("table.change"),
        trailing: t("table.trailing"),
        share: t("table.share"),
        rating: t("table.rating"),
        sentiment: t("table.sentiment"),
        emerging: t("table.emerging"),
      },
      yes: t("table.emerging"),
      quotes: t("drill.quotes"),
      notesHeading: t("notes.title"),
      noNotes: t("notes.empty"),
      actionsHeading: t("actions.title"),
      noActions: t("actions.empty"),
      status: (s) => t(`actions.statuses.${s}`),
      owner: t("actions.owner"),
      topicName: (topic) => (isTheme(topic.id) ? t(`themes.${topic.id}`) : topic.label),
      number: (v, digits = 0) => format.number(v, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
      percent: (r) => format.number(r, { style: "percent", maximumFractionDigits: 1 }),
    });
    return attachment(markdown, `retrospective-${doc.week}.md`, "text/markdown");
  } catch (error) {
    return errorResponse(error, "retrospective Markdown export failed");
  }
}
