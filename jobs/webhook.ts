import dns, { type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress } from "../lib/sla/webhook-address";

/**
 * POSTs `body` as JSON to `url`; the status code, or null when it could not be delivered. Only to
 * public addresses unless `allowPrivate`: the address is checked as the connection is made (a
 * name that resolves to a private address is refused however it resolved before), and no
 * redirect is followed.
 */
export function deliverWebhook(url: string, body: unknown, options: { allowPrivate: boolean; timeoutMs: number }): Promise<number | null> {
  return new Promise((resolve) => {
    const target = URL.canParse(url) ? new URL(url) : null;
    const client = target?.protocol === "https:" ? https : target?.protocol === "http:" ? http : null;
    const literal = target?.hostname.replace(/^\[|\]$/g, "") ?? "";
    if (!target || !client || (!options.allowPrivate && isIP(literal) !== 0 && isPrivateAddress(literal))) return resolve(null);
    const payload = JSON.stringify(body);
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload), "user-agent": "Replyscope SLA alerts" },
        lookup: options.allowPrivate ? undefined : publicLookup,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? null);
      },
    );
    const timer = setTimeout(() => request.destroy(), options.timeoutMs);
    request.on("close", () => clearTimeout(timer));
    request.on("error", () => resolve(null));
    request.end(payload);
  });
}

/** dns.lookup that fails for a name with any private address among its answers. */
const publicLookup = ((hostname: string, options: LookupOptions, callback: (...args: unknown[]) => void) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error);
    const usable = addresses.filter((a) => !isPrivateAddress(a.address));
    if (usable.length === 0 || usable.length < addresses.length) return callback(new Error(`${hostname} resolves to a private address`));
    if (options.all) return callback(null, usable);
    return callback(null, usable[0]?.address, usable[0]?.family);
  });
}) as unknown as LookupFunction;
