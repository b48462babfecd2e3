import "server-only";
// Throttle counters in PostgreSQL (shared by every app instance, kept across restarts). Each
// attempt is counted by ONE statement that increments and returns the count, so concurrent
// attempts on any instance all see distinct counts and a burst cannot pass the limit.
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { exceeds, type Hit, secondsUntil, throttleKeys, type ThrottleRule } from "./throttle";

/** The throttle keys under this server's secret. */
export const keys = () => throttleKeys(env().NEXTAUTH_SECRET);

/** Expired rows deleted by each counted attempt (in the same statement). */
const PURGE_BATCH = 100;

/**
 * Counts one attempt under `key`: a new window starts when the old one has ended. Returns the
 * attempt's number in the window. The same statement purges up to PURGE_BATCH expired rows
 * (skipping rows other statements hold), so the table holds only live windows.
 */
export async function hit(key: string, rule: ThrottleRule, now = new Date()): Promise<Hit> {
  const expires = new Date(now.getTime() + rule.windowMs);
  const [row] = await db.$queryRaw<{ failures: number; expiresAt: Date }[]>`
    WITH purged AS (
      DELETE FROM "AuthThrottle" WHERE "key" IN (
        SELECT "key" FROM "AuthThrottle" WHERE "expiresAt" <= ${now} AND "key" <> ${key}
        ORDER BY "expiresAt" LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED
      )
    )
    INSERT INTO "AuthThrottle" ("key", "failures", "windowStart", "expiresAt", "updatedAt")
    VALUES (${key}, 1, ${now}, ${expires}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "AuthThrottle"."expiresAt" > ${now} THEN "AuthThrottle"."failures" + 1 ELSE 1 END,
      "windowStart" = CASE WHEN "AuthThrottle"."expiresAt" > ${now} THEN "AuthThrottle"."windowStart" ELSE ${now} END,
      "expiresAt" = CASE WHEN "AuthThrottle"."expiresAt" > ${now} THEN "AuthThrottle"."expiresAt" ELSE ${expires} END,
      "updatedAt" = ${now}
    RETURNING "failures", "expiresAt"`;
  if (!row) throw new Error("throttle upsert returned no row");
  return { count: row.failures, retryAfter: secondsUntil(row.expiresAt, now) };
}

/**
 * Counts one attempt under each step in turn and stops at the first step over its limit
 * (later keys are not counted for a refused attempt). Returns that step's hit, or null.
 */
export async function countAttempt(steps: { key: string; rule: ThrottleRule }[], now = new Date()) {
  for (const { key, rule } of steps) {
    const h = await hit(key, rule, now);
    if (exceeds(h, rule)) return h;
  }
  return null;
}

/** Takes one counted attempt back (it turned out not to be a failure), within the same window. */
export async function release(key: string, now = new Date()) {
  await db.$executeRaw`UPDATE "AuthThrottle" SET "failures" = GREATEST("failures" - 1, 0), "updatedAt" = ${now}
    WHERE "key" = ${key} AND "expiresAt" > ${now}`;
}

/** Ends the window under `key` (its attempts no longer count). */
export async function reset(key: string) {
  await db.authThrottle.deleteMany({ where: { key } });
}

/** Records that `key` holds for `ttlMs` (a marker, e.g. an address known to an account). */
export async function mark(key: string, ttlMs: number, now = new Date()) {
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.authThrottle.upsert({
    where: { key },
    create: { key, failures: 0, windowStart: now, expiresAt },
    update: { windowStart: now, expiresAt },
  });
}

export async function isMarked(key: string, now = new Date()) {
  return (await db.authThrottle.count({ where: { key, expiresAt: { gt: now } } })) > 0;
}

/** Deletes every row of one account (on account deletion). */
export async function forgetAccount(email: string, userId: string) {
  const { exact, prefixes } = keys().accountKeys(email, userId);
  await db.authThrottle.deleteMany({
    where: { OR: [{ key: { in: exact } }, ...prefixes.map((p) => ({ key: { startsWith: p } }))] },
  });
}
