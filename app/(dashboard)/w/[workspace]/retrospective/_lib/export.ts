import { csvRow } from "../../../../../_lib/csv";
import type { RetroAction, RetroNote } from "../../../../../../db/queries/retro";
import type { TopicsDocument } from "../../../../../../services/reports/topics";

/** Texts of the Markdown export, already translated into the reader's language. */
export interface MarkdownText {
  title: string;
  summary: string;
  topicsHeading: string;
  columns: { topic: string; count: string; previous: string; trailing: string; share: string; rating: string; sentiment: string; emerging: string };
  yes: string;
  quotes: string;
  notesHeading: string;
  noNotes: string;
  actionsHeading: string;
  noActions: string;
  status: (status: RetroAction["status"]) => string;
  owner: string;
  topicName: (topic: TopicsDocument["topics"][number]) => string;
  number: (value: number, digits?: number) => string;
  percent: (ratio: number) => string;
}

/**
 * The week as Markdown for a wiki or an e-mail: the topic table, a few quotes per topic, the notes
 * and the open action items. Buyers' text is quoted, with characters that Markdown would read as
 * markup escaped, so a review cannot turn into a link, a heading or a table row.
 */
export function retrospectiveMarkdown(doc: TopicsDocument, notes: readonly RetroNote[], actions: readonly RetroAction[], text: MarkdownText): string {
  const c = text.columns;
  const lines = [`# ${escapeMarkdown(text.title)}`, "", text.summary, "", `## ${text.topicsHeading}`, ""];
  lines.push(`| ${[c.topic, c.count, c.previous, c.trailing, c.share, c.rating, c.sentiment, c.emerging].join(" | ")} |`);
  lines.push(`|${" --- |".repeat(8)}`);
  for (const t of doc.topics) {
    lines.push(
      `| ${[
        escapeMarkdown(text.topicName(t)),
        text.number(t.count),
        text.number(t.previous_count),
        t.trailing_avg === null ? "—" : text.number(t.trailing_avg, 1),
        t.share === null ? "—" : text.percent(t.share),
        t.avg_rating === null ? "—" : text.number(t.avg_rating, 1),
        t.avg_sentiment === null ? "—" : text.number(t.avg_sentiment, 2),
        t.emerging ? text.yes : "",
      ].join(" | ")} |`,
    );
  }
  for (const t of doc.topics.filter((x) => x.examples.length > 0)) {
    lines.push("", `### ${escapeMarkdown(text.topicName(t))}`, "", `${text.quotes}:`, "");
    for (const e of t.examples) lines.push(`> ${escapeMarkdown(e.text).replace(/\r?\n/g, " ")} (${escapeMarkdown(e.id)})`, "");
  }
  lines.push("", `## ${text.notesHeading}`, "");
  if (notes.length === 0) lines.push(text.noNotes);
  for (const n of notes) lines.push(`- ${escapeMarkdown(n.body).replace(/\r?\n/g, " ")}${n.author ? ` (${escapeMarkdown(n.author)})` : ""}`);
  lines.push("", `## ${text.actionsHeading}`, "");
  if (actions.length === 0) lines.push(text.noActions);
  for (const a of actions) {
    const owner = a.owner ? `, ${text.owner}: ${escapeMarkdown(a.owner)}` : "";
    lines.push(`- [${a.status === "done" ? "x" : " "}] ${escapeMarkdown(a.title)} (${text.status(a.status)}${owner})`);
  }
  return `${lines.join("\n")}\n`;
}

/** Backslash-escapes Markdown's special characters; `<` and `>` become entities so no HTML gets through. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|~]/g, "\\$&").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export const CSV_HEADER = [
  "week",
  "topic_id",
  "label",
  "count",
  "previous_count",
  "trailing_avg",
  "emerging",
  "share",
  "avg_rating",
  "avg_sentiment",
  "keywords",
  "example",
] as const;

/** The week's topics as CSV rows (header first), cells neutralised against formula injection. */
export function retrospectiveCsv(doc: TopicsDocument, label: (topic: TopicsDocument["topics"][number]) => string): string {
  return [
    csvRow(CSV_HEADER),
    ...doc.topics.map((t) =>
      csvRow([
        doc.week,
        t.id,
        label(t),
        t.count,
        t.previous_count,
        t.trailing_avg === null ? null : round(t.trailing_avg, 2),
        t.emerging ? "yes" : "no",
        t.share === null ? null : round(t.share, 4),
        t.avg_rating === null ? null : round(t.avg_rating, 2),
        t.avg_sentiment === null ? null : round(t.avg_sentiment, 3),
        t.keywords.join("; "),
        t.examples[0]?.text ?? null,
      ]),
    ),
  ].join("");
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
