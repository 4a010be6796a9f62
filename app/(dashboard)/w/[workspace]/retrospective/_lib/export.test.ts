import { describe, expect, test } from "vitest";
import type { TopicsDocument } from "../../../../../../services/reports/topics";
import { escapeMarkdown, retrospectiveCsv, retrospectiveMarkdown } from "./export";

const topic = {
  id: "customs_fees",
  label: "Customs fees and duties",
  keywords: ["customs", "zoll"],
  count: 12,
  previous_count: 4,
  trailing_avg: 4.5,
  emerging: true,
  avg_rating: 1.25,
  examples: [{ kind: "review" as const, id: "r1", text: "=HYPERLINK(\"http://evil\") [click](http://x) <b>bold</b>" }],
  kind: "taxonomy" as const,
  label_zh: null,
  share: 0.25,
  avg_sentiment: -0.5,
  emerging_reason: "above-average",
  p_value: 0.001,
  history: [],
};
const doc: TopicsDocument = { week: "2026-W47", topics: [topic], negative_documents: 48, unassigned: 2, without_text: 1, pending: 0 };

describe("CSV export", () => {
  test("one row per topic, formula-looking cells neutralised", () => {
    const csv = retrospectiveCsv(doc, (t) => t.label);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe("week,topic_id,label,count,previous_count,trailing_avg,emerging,share,avg_rating,avg_sentiment,keywords,example");
    expect(row).toContain(`2026-W47,customs_fees,Customs fees and duties,12,4,4.5,yes,0.25,1.25,-0.5,customs; zoll,"'=HYPERLINK(`);
  });
});

describe("Markdown export", () => {
  test("buyers' text cannot become links, HTML or table cells", () => {
    expect(escapeMarkdown("[click](http://x) <b>|</b>")).toBe("\\[click\\]\\(http://x\\) &lt;b&gt;\\|&lt;/b&gt;");
    const md = retrospectiveMarkdown(
      doc,
      [{ id: 1, weekStart: "2026-11-16", topicKey: null, body: "Call DHL", author: "Li", createdAt: new Date() }],
      [{ id: 2, weekStart: "2026-11-09", topicKey: "customs_fees", title: "Show DDP prices", owner: "Ana", status: "in_progress", closedWeek: null, createdAt: new Date() }],
      {
        title: "Retro",
        summary: "48 negative",
        topicsHeading: "Topics",
        columns: { topic: "Topic", count: "Count", previous: "Last week", trailing: "Avg", share: "Share", rating: "Rating", sentiment: "Sentiment", emerging: "Emerging" },
        yes: "yes",
        quotes: "Quotes",
        notesHeading: "Notes",
        noNotes: "none",
        actionsHeading: "Actions",
        noActions: "none",
        status: (s) => s,
        owner: "Owner",
        topicName: (t) => t.label,
        number: (v, d = 0) => v.toFixed(d),
        percent: (r) => `${Math.round(r * 100)}%`,
      },
    );
    expect(md).toContain("| Customs fees and duties | 12 | 4 | 4.5 | 25% | 1.3 | -0.50 | yes |");
    expect(md).toContain("> =HYPERLINK\\(\"http://evil\"\\) \\[click\\]\\(http://x\\) &lt;b&gt;bold&lt;/b&gt; (r1)");
    expect(md).toContain("- [ ] Show DDP prices (in_progress, Owner: Ana)");
    expect(md).not.toMatch(/<b>/);
  });
});
