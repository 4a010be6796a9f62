import { describe, expect, it } from "vitest";
import { inferScenario } from "./infer";

describe("inferScenario", () => {
  it.each([
    ["Does this jacket run true to size? I'm between M and L.", "presale"],
    ["¿De qué material está hecho el bolso?", "presale"],
    ["Where is my parcel? The tracking has not moved for a week.", "logistics"],
    ["Muss ich in Deutschland Zoll bezahlen?", "logistics"],
    ["Meu pedido chegou quebrado, quero o reembolso.", "aftersale"],
    ["The package arrived but the lamp is broken.", "aftersale"],
    ["J'ai reçu du S au lieu du M commandé.", "aftersale"],
    ["我的快递到哪里了?", "logistics"],
    ["收到的商品有破损,我要退货", "aftersale"],
    ["Can I get an invoice with my company name?", "other"],
    ["Hello!", "other"],
  ] as const)("%s → %s", (text, scenario) => {
    expect(inferScenario(text)).toBe(scenario);
  });

  it("matches stems at the start of words only", () => {
    // "tracker" is a product, not a tracking question.
    expect(inferScenario("Is the fitness tracker waterproof?")).toBe("presale");
  });
});
