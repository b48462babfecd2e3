import "server-only";
import { isIP } from "node:net";
import { env, trustsProxy } from "./env";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

/**
 * The header in which scripts/lib/serve.mjs (the production server) passes each request's
 * socket address. The server overwrites it on every request, so a client cannot choose it.
 */
export const PEER_HEADER = "x-preploop-peer-address";

function header(h: HeaderSource, name: string): string | null {
  if (typeof (h as { get?: unknown }).get === "function")
    return (h as { get(n: string): string | null }).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? (v[v.length - 1] ?? null) : (v ?? null);
}

/** An address as written by a socket or a proxy (`::ffff:` prefix, brackets, `:port`) → plain IP, or null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(s.replace(/%.*$/, "")) ? s.slice(0, 64) : null;
}

/**
 * The client's address for throttling, never chosen by the client:
 * - behind a trusted proxy (PREPLOOP_TRUST_PROXY=1) the right-most X-Forwarded-For entry,
 *   the one the proxy appended (entries to its left come from the client);
 * - otherwise the socket address from PEER_HEADER, trusted only under serve.mjs
 *   (`peerHeader`); X-Forwarded-For is ignored.
 * Null when neither is available (`next dev` without serve.mjs): throttles then count all
 * such requests as one address.
 */
export function pickClientAddress(
  h: HeaderSource,
  opts: { trustProxy: boolean; peerHeader: boolean },
): string | null {
  const peer = opts.peerHeader ? normaliseAddress(header(h, PEER_HEADER)) : null;
  if (opts.trustProxy) {
    const entries = (header(h, "x-forwarded-for") ?? "").split(",");
    return normaliseAddress(entries[entries.length - 1]) ?? peer;
  }
  return peer;
}

export function clientAddress(h: HeaderSource): string | null {
  const e = env();
  return pickClientAddress(h, {
    trustProxy: trustsProxy(e),
    peerHeader: e.PREPLOOP_PEER_HEADER === "1",
  });
}
