// Pure rules of throttling (sign-in, sign-up, invitation codes): the limits, the keys and the
// messages. The store (throttle-store.ts) counts attempts in PostgreSQL, one atomic statement
// per key; docs/decisions/0011-sign-in-throttling.md explains the numbers.
import { createHmac } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

/** At most `limit` attempts per fixed window of `windowMs`, counted from the first attempt. */
export type ThrottleRule = { limit: number; windowMs: number };

const MINUTE = 60_000;

/**
 * Sign-in. Every attempt is counted before the password is checked (so a concurrent burst
 * cannot slip through); a correct password takes its attempt back.
 * - pair: one account from one address: 5 per 15 minutes (the guessing limit);
 * - address: one address over all accounts: 20 per 15 minutes (credential stuffing);
 * - account: one account over all addresses: 100 per hour (OWASP ASVS 2.2.1), except from an
 *   address that signed in to it successfully within KNOWN_ADDRESS_MS.
 */
export const SIGN_IN_RULES = {
  pair: { limit: 5, windowMs: 15 * MINUTE },
  address: { limit: 20, windowMs: 15 * MINUTE },
  account: { limit: 100, windowMs: 60 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

/** An address that signed in to an account stays "known" to it this long. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * MINUTE;

/** Sign-ups per address per hour (each runs argon2); PREPLOOP_SIGNUP_LIMIT changes the limit. */
export const SIGN_UP_DEFAULT_LIMIT = 20;
export const signUpRule = (limit = SIGN_UP_DEFAULT_LIMIT): ThrottleRule => ({ limit, windowMs: 60 * MINUTE });

/** Invitation codes (unknown codes): 10 per user and 20 per address per 15 minutes. */
export const CODE_RULES = {
  user: { limit: 10, windowMs: 15 * MINUTE },
  address: { limit: 20, windowMs: 15 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

/** The address a throttle counts: IPv4 as is, IPv6 by its /64 (one host's usual share), "unknown" without one. */
export function addressBucket(address: string | null): string {
  if (!address) return "unknown";
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (isIPv4(a)) return a;
  const bare = a.replace(/%.*$/, ""); // zone id
  if (!isIPv6(bare)) return "unknown";
  if (bare.includes(".")) return bare; // an embedded IPv4 tail: rare, kept whole
  const [head = "", tail] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  const prefix = groups.slice(0, 4).map((g) => Number.parseInt(g || "0", 16).toString(16));
  return `${prefix.join(":")}::/64`;
}

/** A keyed hash (HMAC-SHA-256 under the server's secret, 128 bits): rows never hold emails or addresses. */
function tag(secret: string, kind: string, value: string): string {
  return createHmac("sha256", secret).update(`${kind}\u0000${value}`).digest("base64url").slice(0, 22);
}

/** The normalised form of an email as a throttle identity (what `emailSchema` produces). */
const emailId = (email: string) => email.trim().toLowerCase();

/** Throttle keys under one secret. Every key of an account starts with one of `accountPrefixes`. */
export function throttleKeys(secret: string) {
  const e = (email: string) => tag(secret, "email", emailId(email));
  const a = (address: string | null) => tag(secret, "address", addressBucket(address));
  return {
    signInPair: (email: string, address: string | null) => `signin-pair:${e(email)}:${a(address)}`,
    signInAddress: (address: string | null) => `signin-address:${a(address)}`,
    signInAccount: (email: string) => `signin-account:${e(email)}`,
    signInKnown: (email: string, address: string | null) => `signin-known:${e(email)}:${a(address)}`,
    signUpAddress: (address: string | null) => `signup-address:${a(address)}`,
    codeUser: (userId: string) => `code-user:${userId}`,
    codeAddress: (address: string | null) => `code-address:${a(address)}`,
    resetEmail: (email: string) => `reset-email:${e(email)}`,
    resetAddress: (address: string | null) => `reset-address:${a(address)}`,
    changePassword: (userId: string) => `password-change:${userId}`,
    /** Exact keys and key prefixes that belong to one account (deleted with it). */
    accountKeys: (email: string, userId: string) => ({
      exact: [`signin-account:${e(email)}`, `code-user:${userId}`, `reset-email:${e(email)}`, `password-change:${userId}`],
      prefixes: [`signin-pair:${e(email)}:`, `signin-known:${e(email)}:`],
    }),
  };
}

/** One counted attempt: its number within the window and the seconds until the window ends. */
export type Hit = { count: number; retryAfter: number };

export const exceeds = (hit: Hit, rule: ThrottleRule) => hit.count > rule.limit;

/** Seconds from `now` until `until`, rounded up, at least 1. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** "Try again in 15 minutes." (whole minutes, rounded up). */
export function tryAgainIn(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
