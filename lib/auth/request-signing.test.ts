import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkTimestamp, createSigner, generateSigningSecret, signatureMatches, signBody } from "./request-signing";

describe("request signing", () => {
  const secret = "rss_test-secret";
  const body = '[{"type":"agent","id":"a1","name":"Li"}]';

  it("is HMAC-SHA256 over '<timestamp>.<body>', the same whether fed at once or in chunks", () => {
    const expected = `v1=${createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex")}`;
    expect(signBody(secret, "1700000000", body)).toBe(expected);
    const signer = createSigner(secret, "1700000000");
    for (const part of [body.slice(0, 7), body.slice(7, 20), body.slice(20)]) signer.update(new TextEncoder().encode(part));
    expect(signer.signature()).toBe(expected);
  });

  it("gives the README's test vector", () => {
    expect(signBody("rss_example-secret", "1700000000", '[{"type":"agent","id":"a1","name":"Li Wei"}]')).toBe(
      "v1=f7833c1042abe074dc2f6b74cd12f161e75dcb2a8c14a7f1a65be944ef06e985",
    );
  });

  it("refuses a changed body, another secret, a missing or mangled signature", () => {
    const good = signBody(secret, "1700000000", body);
    expect(signatureMatches(good, signBody(secret, "1700000000", body))).toBe(true);
    expect(signatureMatches(good, signBody(secret, "1700000000", `${body} `))).toBe(false);
    expect(signatureMatches(good, signBody("rss_other", "1700000000", body))).toBe(false);
    expect(signatureMatches(good, signBody(secret, "1700000001", body))).toBe(false);
    expect(signatureMatches(null, good)).toBe(false);
    expect(signatureMatches(good.slice(0, -1), good)).toBe(false);
    expect(signatureMatches(good.toUpperCase(), good)).toBe(true);
  });

  it("accepts timestamps within five minutes of the clock and nothing else", () => {
    const now = 1_700_000_000_000;
    expect(checkTimestamp("1700000000", now)).toEqual({ ok: true, timestamp: "1700000000" });
    expect(checkTimestamp("1699999701", now).ok).toBe(true);
    expect(checkTimestamp("1699999699", now).ok).toBe(false);
    expect(checkTimestamp("1700000301", now).ok).toBe(false);
    expect(checkTimestamp(null, now).ok).toBe(false);
    expect(checkTimestamp("1700000000.5", now).ok).toBe(false);
    expect(checkTimestamp("2023-11-14T22:13:20Z", now).ok).toBe(false);
  });

  it("makes a fresh, long secret each time", () => {
    const a = generateSigningSecret();
    expect(a).toMatch(/^rss_[A-Za-z0-9_-]{43}$/);
    expect(generateSigningSecret()).not.toBe(a);
  });
});
