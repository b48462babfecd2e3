import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { forgetSession, forgetUser } from "@/lib/server/session-cache";
import { describeDevice } from "./device";
import { SESSION_MAX_AGE_MS, isActive } from "@/lib/server/session-rules";

export type SessionView = {
  id: string;
  device: string;
  address: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

/** Records one sign-in; returns the id the session JWT carries. Old dead rows of the user go. */
export async function createSession(userId: string, userAgent: string | null, address: string | null, now = new Date()) {
  const id = randomBytes(24).toString("base64url");
  const stale = new Date(now.getTime() - SESSION_MAX_AGE_MS);
  await db.$transaction([
    db.session.deleteMany({ where: { userId, OR: [{ revokedAt: { lt: stale } }, { lastSeenAt: { lt: stale } }] } }),
    db.session.create({
      data: { id, userId, device: describeDevice(userAgent), address, createdAt: now, lastSeenAt: now },
    }),
  ]);
  return id;
}

/** The user's live sessions, most recently seen first; `currentId` marks "this device". */
export async function listSessions(userId: string, currentId: string, now = new Date()): Promise<SessionView[]> {
  const rows = await db.session.findMany({
    where: { userId, revokedAt: null, lastSeenAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_MS) } },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, device: true, address: true, createdAt: true, lastSeenAt: true, revokedAt: true },
  });
  return rows
    .filter((r) => isActive(r, now))
    .map((r) => ({
      id: r.id,
      device: r.device,
      address: r.address,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      current: r.id === currentId,
    }));
}

/** Ends one of the user's sessions (404 for another user's or an unknown id). */
export async function revokeSession(userId: string, sessionId: string, now = new Date()) {
  const { count } = await db.session.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: now },
  });
  forgetSession(sessionId); // this instance at once; the trigger's NOTIFY tells every instance
  if (count === 0) throw notFound("No such session.");
}

/** Ends every session of the user except `keepId` (null: every session). Returns how many ended. */
export async function revokeSessions(userId: string, keepId: string | null, now = new Date()) {
  const { count } = await db.session.updateMany({
    where: { userId, revokedAt: null, ...(keepId ? { id: { not: keepId } } : {}) },
    data: { revokedAt: now },
  });
  forgetUser(userId);
  return count;
}

/** Ends the session a signed-out JWT carried (next-auth's signOut event). */
export async function endSessionById(sessionId: string, now = new Date()) {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
  forgetSession(sessionId);
}
