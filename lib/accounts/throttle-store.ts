import "server-only";
import { db } from "@/lib/server/db";
import { ACCOUNT_RULE, ADDRESS_RULE, afterFailure, retryAfterSeconds, type ThrottleRule } from "./throttle";

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** Seconds to wait before the next sign-in attempt (the longer of account and address), or null. */
export async function signInRetryAfter(email: string, address: string | null, now = new Date()) {
  const keys = [accountKey(email), ...(address ? [addressKey(address)] : [])];
  const rows = await db.authThrottle.findMany({ where: { key: { in: keys } } });
  const waits = rows.map((r) => retryAfterSeconds(r, now)).filter((s): s is number => s !== null);
  return waits.length ? Math.max(...waits) : null;
}

/** Records one failure under any key (also used to throttle guessing invitation codes). */
export async function recordFailureFor(key: string, rule: ThrottleRule, now: Date) {
  // Row lock so that concurrent failures on any app instance are all counted.
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "AuthThrottle" ("key", "failures", "windowStart", "updatedAt")
      VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
    const [row] = await tx.$queryRaw<{ failures: number; windowStart: Date; blockedUntil: Date | null }[]>`
      SELECT "failures", "windowStart", "blockedUntil" FROM "AuthThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const next = afterFailure(row && row.failures > 0 ? row : null, now, rule);
    await tx.authThrottle.update({ where: { key }, data: next });
  });
}

/** Seconds until `key` may try again, or null. */
export async function retryAfterFor(key: string, now = new Date()) {
  const row = await db.authThrottle.findUnique({ where: { key } });
  return retryAfterSeconds(row, now);
}

export async function recordSignInFailure(email: string, address: string | null, now = new Date()) {
  await recordFailureFor(accountKey(email), ACCOUNT_RULE, now);
  if (address) await recordFailureFor(addressKey(address), ADDRESS_RULE, now);
}

export async function clearAccountThrottle(email: string) {
  await db.authThrottle.deleteMany({ where: { key: accountKey(email) } });
}
