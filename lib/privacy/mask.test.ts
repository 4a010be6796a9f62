import { describe, expect, it } from "vitest";
import { MASK, maskEmails, maskPersonalData, maskPhoneNumbers, maskTrackingNumbers } from "./mask";

const digitsLeft = (s: string) => s.replace(/\D/g, "");

describe("maskEmails", () => {
  it.each([
    ["jane.doe@gmail.com", "j***@g***.com"],
    ["Write to MAX.Mustermann+shop@web.de please", "Write to M***@w***.de please"],
    ["joão.silva@uol.com.br", "j***@u***.br"],
    ["张伟@qq.com", "张***@q***.com"],
  ])("%s", (input, expected) => expect(maskEmails(input)).toBe(expected));

  it("leaves an @ mention and a bare domain alone", () => {
    expect(maskEmails("@AmazonHelp see amazon.com")).toBe("@AmazonHelp see amazon.com");
  });
});

describe("maskPhoneNumbers", () => {
  // Real formats (numbers from the ranges reserved for fiction and examples where countries have them).
  it.each([
    ["China mobile", "+86 138 0013 8000"],
    ["China mobile, no prefix", "13800138000"],
    ["Germany", "+49 30 12345678"],
    ["Germany, national", "030 1234567"],
    ["Germany, mobile with slash", "0170/1234567"],
    ["France", "+33 6 12 34 56 78"],
    ["France, national", "06 12 34 56 78"],
    ["United States", "(212) 555-0123"],
    ["United States, international", "+1 212-555-0123"],
    ["United Kingdom", "+44 20 7946 0958"],
    ["United Kingdom, mobile", "07700 900123"],
    ["United Kingdom with trunk zero", "+44 (0)20 7946 0958"],
    ["Brazil", "+55 11 91234-5678"],
    ["Brazil, national", "(11) 91234-5678"],
    ["Spain", "+34 612 34 56 78"],
    ["Spain, national", "612 345 678"],
    ["Japan", "090-1234-5678"],
    ["Dotted", "0049.30.1234.5678"],
  ])("%s: %s keeps only its last two digits", (_country, number) => {
    const masked = maskPhoneNumbers(`call me on ${number} after 6`);
    expect(masked.startsWith("call me on ")).toBe(true);
    expect(masked.endsWith(" after 6")).toBe(true);
    const shown = masked.slice("call me on ".length, -" after 6".length);
    expect(shown).toHaveLength(number.length);
    expect(digitsLeft(shown)).toBe(digitsLeft(number).slice(-2));
    expect(shown).toContain(MASK);
  });

  it.each([
    "order 2026-11-20 at 10:30",
    "delivered on 20.11.2026",
    "it costs 1299.99 EUR, 2 units",
    "3 pieces of 250 g, size 42",
    "ticket 123456",
    "https://shop.example/item/12345678901",
    "price R$ 1.234,56",
  ])("leaves %s alone", (text) => expect(maskPhoneNumbers(text)).toBe(text));
});

describe("maskTrackingNumbers", () => {
  it.each([
    ["UPU S10 (China Post)", "LX123456789CN", "LX•••••••89CN"],
    ["UPU S10 (Deutsche Post)", "RR123456785DE", "RR•••••••85DE"],
    ["UPS", "1Z999AA10123456784", "1Z••••••••••••6784"],
    ["USPS", "9400111899223856928499", "94••••••••••••••••8499"],
    ["USPS in groups", "9400 1118 9922 3856 9284 99", "94•• •••• •••• •••• ••84 99"],
    ["FedEx 15", "449044304137821", "44•••••••••7821"],
    ["FedEx 12", "123456789012", "12••••••9012"],
    ["YunExpress", "YT2212345678901234", "YT••••••••••••1234"],
    ["Cainiao", "LP00123456789012", "LP••••••••••9012"],
    ["SF Express", "SF1234567890123", "SF•••••••••0123"],
  ])("%s", (_carrier, number, expected) => {
    expect(maskTrackingNumbers(`tracking: ${number}.`)).toBe(`tracking: ${expected}.`);
  });
});

describe("maskPersonalData", () => {
  it("masks all three kinds in one message and keeps the rest", () => {
    const text = "Hi, I'm anna.k@example.de, +49 151 23456789. Parcel LX123456789CN still not here after 12 days!";
    const masked = maskPersonalData(text);
    expect(masked).toBe("Hi, I'm a***@e***.de, +•• ••• ••••••89. Parcel LX•••••••89CN still not here after 12 days!");
  });

  it("never reveals more digits than it keeps, whatever the mix", () => {
    const masked = maskPersonalData("13800138000 / YT2212345678901234 / wang.lei@163.com");
    expect(masked).not.toMatch(/\d{5}/);
    expect(masked).not.toContain("wang.lei");
  });
});
