// The session triggers notify only on changes that matter to a cached session check (migration
// 20261206180000_session_notify_when): the throttled last-seen touch (forward) and an UPDATE that sets a
// user's fields to the values they had send nothing; a revocation, a rename and a deletion do.
// Notifications arrive in commit order, so a marker NOTIFY sent after a write proves that the
// write sent nothing once the marker arrives with nothing before it (no fixed wait).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestDb, testDb } from "../support/db";
import { newUser } from "../support/client";

const CHANNEL = "preploop_session";
let listener: pg.Client;
const received: string[] = [];
const waiters: { payload: string; resolve: () => void }[] = [];

beforeAll(async () => {
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (msg) => {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    received.push(msg.payload);
    for (const w of waiters.filter((x) => x.payload === msg.payload)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  await listener.query(`LISTEN ${CHANNEL}`);
});
afterAll(async () => {
  await listener.end();
  await closeTestDb();
});

/** Resolves when `payload` arrives on the channel (from now on). */
function next(payload: string) {
  return new Promise<void>((resolve) => waiters.push({ payload, resolve }));
}

/** The notifications for `userId` committed before the marker sent now (commit order). */
async function notifiedUpTo(userId: string): Promise<number> {
  const marker = `marker-${userId}-${received.length}`;
  const arrived = next(marker);
  await testDb().query(`SELECT pg_notify($1, $2)`, [CHANNEL, marker]);
  await arrived;
  return received.slice(0, received.indexOf(marker)).filter((p) => p === userId).length;
}

describe("Session_notify and User_session_notify", () => {
  it("a last-seen touch sends no NOTIFY; a revocation does", async () => {
    const { id } = await newUser("notify-touch");
    const before = await notifiedUpTo(id);
    // What lib/server/auth.ts touch() does, at most every 5 minutes per session.
    const touched = await testDb().query(`UPDATE "Session" SET "lastSeenAt" = now() WHERE "userId" = $1`, [id]);
    expect(touched.rowCount).toBe(1);
    expect(await notifiedUpTo(id)).toBe(before);
    // Moving it back shortens the session's life (expiry after 30 days unseen): that notifies.
    await testDb().query(`UPDATE "Session" SET "lastSeenAt" = now() - interval '31 days' WHERE "userId" = $1`, [id]);
    expect(await notifiedUpTo(id)).toBe(before + 1);

    const revoked = next(id);
    await testDb().query(`UPDATE "Session" SET "revokedAt" = now() WHERE "userId" = $1`, [id]);
    await revoked;
    expect(await notifiedUpTo(id)).toBe(before + 2);
  });

  it("a user's UPDATE to the same values sends nothing; a rename and a session's deletion do", async () => {
    const { id } = await newUser("notify-user");
    const before = await notifiedUpTo(id);
    await testDb().query(`UPDATE "User" SET "displayName" = "displayName", "isDemo" = "isDemo" WHERE "id" = $1`, [id]);
    expect(await notifiedUpTo(id)).toBe(before);

    await testDb().query(`UPDATE "User" SET "displayName" = 'Renamed' WHERE "id" = $1`, [id]);
    expect(await notifiedUpTo(id)).toBe(before + 1);
    await testDb().query(`DELETE FROM "Session" WHERE "userId" = $1`, [id]);
    expect(await notifiedUpTo(id)).toBe(before + 2);
  });
});
