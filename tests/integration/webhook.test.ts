import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhook } from "../../jobs/webhook";

/** The SLA webhook reaches public addresses only, unless the installation allows private ones. */
describe("webhook delivery", () => {
  let server: http.Server;
  let port: number;
  const received: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push(body);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());

  const send = (url: string, allowPrivate: boolean) => deliverWebhook(url, { type: "probe" }, { allowPrivate, timeoutMs: 5_000 });

  it("refuses loopback, private and metadata addresses, by number or by name, and sends nothing", async () => {
    for (const url of [`http://127.0.0.1:${port}/hook`, `http://localhost:${port}/hook`, `http://[::1]:${port}/hook`, "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/hook"]) {
      expect([url, await send(url, false)]).toEqual([url, null]);
    }
    expect(received).toEqual([]);
  });

  it("refuses what is not http or https", async () => {
    expect(await send("file:///etc/passwd", true)).toBeNull();
    expect(await send("not a url", true)).toBeNull();
  });

  it("delivers to a private address when the installation allows it", async () => {
    expect(await send(`http://localhost:${port}/hook`, true)).toBe(204);
    expect(received).toEqual(['{"type":"probe"}']);
  });
});
