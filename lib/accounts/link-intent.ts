// "Link GitHub" from the account page: a short-lived, signed cookie that says which signed-in
// session asked to link which provider. The OAuth callback links only when it finds one that
// matches the session in the same browser, so an OAuth sign-in never links by email alone.
import { createHmac, timingSafeEqual } from "node:crypto";

export const LINK_INTENT_COOKIE = "preploop.link-intent";
/** The provider's consent screen must be passed within this time. */
export const LINK_INTENT_TTL_MS = 10 * 60_000;

const mac = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(`link-intent:${payload}`).digest("base64url");

export function signLinkIntent(sessionId: string, provider: string, secret: string, now = new Date()) {
  const payload = [sessionId, provider, String(now.getTime() + LINK_INTENT_TTL_MS)].join(".");
  return `${payload}.${mac(payload, secret)}`;
}

/** The session id the intent was issued to, when the value is authentic, unexpired and for `provider`. */
export function readLinkIntent(value: string | undefined, provider: string, secret: string, now = new Date()) {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 4) return null;
  const [sessionId, forProvider, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(`${sessionId}.${forProvider}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (forProvider !== provider || !(Number(expires) > now.getTime())) return null;
  return sessionId;
}
