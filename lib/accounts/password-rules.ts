// Numbers of password change and reset (docs/decisions/0012-sessions-and-password-reset.md).
import { createHash, randomBytes } from "node:crypto";
import type { ThrottleRule } from "./throttle";

const MINUTE = 60_000;

/** argon2id with OWASP's second recommended setting: m=19 MiB, t=2, p=1 (also the seed's and the test factories'). */
export const ARGON2_OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** A reset link works once, for this long. */
export const RESET_TOKEN_TTL_MINUTES = 30;
/** Reset requests per email address: 3 per hour (fixed window from the first request). */
export const RESET_EMAIL_RULE: ThrottleRule = { limit: 3, windowMs: 60 * MINUTE };
/** Reset requests per client address: 20 per hour (an office behind one NAT). */
export const RESET_ADDRESS_RULE: ThrottleRule = { limit: 20, windowMs: 60 * MINUTE };
/** Attempts at "change password" per account: 5 per 15 minutes (a correct one clears the count). */
export const CHANGE_PASSWORD_RULE: ThrottleRule = { limit: 5, windowMs: 15 * MINUTE };

/** A new reset token: what is mailed (`token`) and what is stored (`hash`, SHA-256 hex). */
export function newResetToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashResetToken(token) };
}

export function hashResetToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

/** The reset page's address for `token` under `baseUrl` (NEXTAUTH_URL). */
export function resetLink(baseUrl: string, token: string) {
  return `${baseUrl.replace(/\/+$/, "")}/reset-password?token=${encodeURIComponent(token)}`;
}
