import "server-only";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(h: HeaderSource, name: string): string | null {
  if (typeof (h as { get?: unknown }).get === "function") return (h as { get(n: string): string | null }).get(name);
  const v = (h as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/**
 * The client's address for throttling. `next start` fills X-Forwarded-For with the
 * socket address when the header is absent. Behind a load balancer set
 * PREPLOOP_TRUST_PROXY=1 and the right-most entry (the one the balancer appended) is used.
 */
export function clientAddress(headers: HeaderSource): string | null {
  const xff = header(headers, "x-forwarded-for");
  if (!xff) return null;
  const parts = xff.split(",").map((s) => s.trim()).filter(Boolean);
  const trust = process.env.PREPLOOP_TRUST_PROXY === "1" || process.env.PREPLOOP_TRUST_PROXY === "true";
  const chosen = trust ? parts[parts.length - 1] : parts[0];
  return chosen ? chosen.replace(/^::ffff:/, "").slice(0, 64) : null;
}
