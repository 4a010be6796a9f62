import { describe, expect, it } from "vitest";
import { TemplateDetector } from "./detector";
import { tokenize } from "./tokens";

const DELAY =
  "We are very sorry that your parcel is still in transit and taking longer than expected. I just checked the tracking, which shows [status]. In our experience this kind of delay is temporary, and your parcel should arrive within [time]. I will keep tracking it and tell you as soon as there is news.";
const SIZE =
  "Here is the size chart for this item: {size_chart}. Please measure yourself and compare with the chart; that is the most accurate way to choose.";
const ZH = "感谢您的咨询!关于这款产品,我可以给您更详细的信息:[具体参数]。另外,如果您告诉我您的具体使用场景,我可以帮您判断这款是否最适合您。";

const detector = new TemplateDetector([
  { key: 1, text: DELAY },
  { key: 2, text: SIZE },
  { key: 3, text: ZH },
]);

describe("tokenize", () => {
  it("lower-cases words, splits Chinese into characters and reduces placeholders to one marker", () => {
    expect(tokenize("Hi {name}, see [链接] or 【单号】!")).toEqual(["hi", "\u0000", "see", "\u0000", "or", "\u0000"]);
    expect(tokenize("感谢您")).toEqual(["感", "谢", "您"]);
  });
});

describe("TemplateDetector", () => {
  it("finds a template pasted as is, placeholders and all, with nothing edited", () => {
    expect(detector.detect(DELAY)).toMatchObject({ key: 1, coverage: 1, editedShare: 0 });
  });

  it("does not count the values typed over placeholders as edits", () => {
    const filled = DELAY.replace("[status]", "arrived at the destination sorting centre").replace("[time]", "2-3 days");
    const match = detector.detect(filled);
    expect(match?.key).toBe(1);
    expect(match?.editedShare).toBe(0);
  });

  it("finds a reply with a greeting, a sign-off and reworded words, and measures the edited share", () => {
    const edited = `Hi Maria! ${DELAY.replace("We are very sorry", "So sorry")
      .replace("[status]", "in customs clearance")
      .replace("[time]", "5 business days")} Best regards, Lin`;
    const match = detector.detect(edited);
    expect(match?.key).toBe(1);
    expect(match!.editedShare).toBeGreaterThan(0.05);
    expect(match!.editedShare).toBeLessThan(0.25);
  });

  it("finds Chinese templates with the placeholder filled", () => {
    expect(detector.detect(ZH.replace("[具体参数]", "纯棉,M码"))?.key).toBe(3);
  });

  it("leaves the agent's own words alone, even when they share a phrase with a template", () => {
    expect(detector.detect("Sorry for the wait! I checked the tracking and your parcel is in Madrid now.")).toBeNull();
    expect(detector.detect("Please measure yourself first, then tell me your height.")).toBeNull();
  });

  it("measures a named template even when the text is mostly the agent's own", () => {
    const measured = detector.measure(2, "Good question. Please measure yourself and compare with the chart, then pick.");
    expect(measured?.coverage).toBeGreaterThan(0);
    expect(measured?.coverage).toBeLessThan(0.5);
    expect(detector.measure(99, "anything")).toBeNull();
  });
});
