import "server-only";
// The session check every request makes (the JWT cookie, then its session row). next-auth's
// configuration, which signs people in, lives with the accounts: lib/accounts/auth-options.ts.
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, rows } from "./db";
import { env } from "./env";
import { type CachedSession, cachedSession, loadTicket, storeSession, touchedSession } from "./session-cache";
import { SESSION_MAX_AGE_MS, isActive, shouldTouch } from "./session-rules";
import { decodeSessionToken } from "./session-token";

export type SessionUser = { id: string; email: string; displayName: string; isDemo: boolean; sessionId: string };

/** Whether `sessionId` is a live session of `userId`. */
export async function sessionOf(sessionId: string, userId: string) {
  const row = await db.session.findFirst({
    where: {
      id: sessionId,
      userId,
      revokedAt: null,
      lastSeenAt: { gt: new Date(Date.now() - SESSION_MAX_AGE_MS) },
    },
    select: { id: true },
  });
  return row !== null;
}

/**
 * The signed-in user, or null. Reads the session JWT, then checks its session row (not
 * revoked, seen within 30 days) joined with the user in one query, so signing a device out,
 * a password change or reset, and account deletion take effect at once, on every instance.
 * The check is cached per instance and kept exact through LISTEN/NOTIFY (./session-cache.ts).
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await currentSession()).user;
}

/** getCurrentUser, and whether the check was answered from this instance's cache (Server-Timing). */
export async function currentSession(): Promise<{ user: SessionUser | null; cached: boolean }> {
  const token = await readSessionToken();
  if (typeof token?.uid !== "string" || typeof token.sid !== "string") return { user: null, cached: false };
  const sid = token.sid;
  const now = new Date();
  const hit = cachedSession(sid, token.uid, now.getTime());
  if (hit) {
    if (!isActive({ revokedAt: null, lastSeenAt: hit.lastSeenAt }, now)) return { user: null, cached: true };
    if (shouldTouch(hit.lastSeenAt, now)) touch(sid, now);
    return { user: sessionUser(hit, sid), cached: true };
  }
  const ticket = loadTicket();
  const row = await checkedRow(token.uid, sid, now, false);
  if (!row) return { user: null, cached: false };
  const value = { userId: row.id, email: row.email, displayName: row.displayName, isDemo: row.isDemo, lastSeenAt: row.lastSeenAt };
  storeSession(sid, value, ticket, now.getTime());
  if (shouldTouch(row.lastSeenAt, now)) touch(sid, now);
  return { user: sessionUser(value, sid), cached: false };
}

const sessionUser = (v: CachedSession, sessionId: string): SessionUser => ({
  id: v.userId,
  email: v.email,
  displayName: v.displayName,
  isDemo: v.isDemo,
  sessionId,
});

/**
 * The same check for the signed-in layout, with the unread notification count read in the
 * same query (a subquery on the `(userId, readAt)` index), so the navigation's badge
 * costs no extra round trip.
 */
export async function getCurrentUserForLayout(): Promise<(SessionUser & { unread: number }) | null> {
  const token = await readSessionToken();
  if (typeof token?.uid !== "string" || typeof token.sid !== "string") return null;
  const now = new Date();
  const row = await checkedRow(token.uid, token.sid, now, true);
  if (!row) return null;
  if (shouldTouch(row.lastSeenAt, now)) touch(token.sid, now);
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    isDemo: row.isDemo,
    sessionId: token.sid,
    unread: Number(row.unread),
  };
}

type CheckedRow = {
  id: string;
  email: string;
  displayName: string;
  isDemo: boolean;
  lastSeenAt: Date;
  unread: number;
};

/**
 * The session check both share: one indexed query (session primary key, joined with its user),
 * run on every signed-in page and on each API call the session cache misses, so it goes through
 * `rows()` (prepared, no Prisma query compiler). Times cross as epoch milliseconds and ISO text
 * (the column is UTC wall-clock `timestamp`), never through pg's local-time parsing.
 */
async function checkedRow(userId: string, sessionId: string, now: Date, withUnread: boolean): Promise<CheckedRow | null> {
  const unread = withUnread
    ? Prisma.sql`(SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u."id" AND n."readAt" IS NULL)`
    : Prisma.sql`0`;
  const since = new Date(now.getTime() - SESSION_MAX_AGE_MS).toISOString();
  const [row] = await rows<Omit<CheckedRow, "lastSeenAt"> & { lastSeenMs: number }>(Prisma.sql`
    SELECT u."id", u."email", u."displayName", u."isDemo",
      (extract(epoch FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenMs", ${unread} AS "unread"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL
      AND s."lastSeenAt" > ${since}::timestamp`);
  if (!row) return null;
  const { lastSeenMs, ...rest } = row;
  return { ...rest, lastSeenAt: new Date(lastSeenMs) };
}

/** Refreshes last-seen (at most every 5 minutes); not awaited, so the request does not wait for it. */
function touch(sessionId: string, now: Date) {
  touchedSession(sessionId, now);
  db.session
    .updateMany({
      where: { id: sessionId, revokedAt: null, lastSeenAt: { lt: now } },
      data: { lastSeenAt: now },
    })
    .catch(() => undefined);
}

/** The session JWT of this request (next-auth's cookie), or null. */
export async function readSessionToken() {
  const cookieStore = await cookies();
  const authorization = (await headers()).get("authorization");
  return getToken({
    // next-auth reads the (possibly chunked) cookie through getAll() and the Bearer header.
    req: {
      headers: authorization ? { authorization } : {},
      cookies: cookieStore,
    } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: env().NEXTAUTH_SECRET,
    decode: decodeSessionToken,
  });
}
