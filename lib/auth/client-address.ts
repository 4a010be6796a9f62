/**
 * The address a sign-in attempt comes from, for the per-client attempt limit.
 *
 * `X-Forwarded-For` is a list each proxy appends to: `<what the client sent>, …, <what the last
 * proxy saw>`. Only the entries added by our own proxies can be trusted, so the client is the
 * `trustedProxies`-th entry from the right; the entries left of it are whatever the client chose to
 * send, and keying the limit on them (the leftmost, say) would let anyone escape it by sending a
 * new address with every attempt. Without a proxy in front (`next start` facing the internet),
 * Next.js fills the header with the connection's address only when the client sent none, so there
 * it is as good as the client makes it: put a proxy in front of a public installation.
 */
export function clientAddress(headers: { get(name: string): string | null }, trustedProxies: number): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops.length > 0) return hops[Math.max(0, hops.length - Math.max(1, trustedProxies))] ?? "unknown";
  return headers.get("x-real-ip")?.trim() || "unknown";
}
