import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("takes the entry the nearest trusted proxy appended, not what the client put in front", () => {
    const forged = headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.7" });
    expect(clientAddress(forged, 1)).toBe("203.0.113.7");
    // Behind a CDN and a load balancer, the CDN's entry is the client's address.
    expect(clientAddress(forged, 2)).toBe("2.2.2.2");
  });

  it("falls back to the leftmost entry when there are fewer entries than proxies", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.7" }), 3)).toBe("203.0.113.7");
  });

  it("uses X-Real-IP without X-Forwarded-For, and a shared bucket without either", () => {
    expect(clientAddress(headers({ "x-real-ip": " 198.51.100.4 " }), 1)).toBe("198.51.100.4");
    expect(clientAddress(headers({ "x-forwarded-for": " , " }), 1)).toBe("unknown");
    expect(clientAddress(headers({}), 1)).toBe("unknown");
  });
});
