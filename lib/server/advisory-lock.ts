import "server-only";
import pg from "pg";
import { databaseUrl } from "./env";

// PostgreSQL session-level advisory locks, held across a long job (an AI review streams for up to
// minutes), so every app instance on the same database sees them. Each held lock keeps one
// connection of a small pool of its own (not Prisma's), and PostgreSQL frees the lock by itself
// if that connection or this process dies.

const globalForLocks = globalThis as unknown as { preploopLockPool?: pg.Pool };

function lockPool() {
  if (!globalForLocks.preploopLockPool) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: 10, idleTimeoutMillis: 30_000 });
    // A dropped idle connection must not crash the process (its locks are gone with it anyway).
    pool.on("error", () => undefined);
    globalForLocks.preploopLockPool = pool;
  }
  return globalForLocks.preploopLockPool;
}

/** Lock spaces (the first key of the two-key advisory lock), one per kind of job. */
export const LOCK_SPACE = { aiReview: 0x41_49_52_56, livePrune: 0x4c_56_50_52 } as const; // "AIRV", "LVPR"

/**
 * Takes the lock (space, hashtext(key)) without waiting. Returns its release function, or null
 * when another session holds it. Release is idempotent.
 */
export async function tryAdvisoryLock(space: number, key: string): Promise<(() => Promise<void>) | null> {
  const client = await lockPool().connect();
  let ok = false;
  try {
    const { rows } = await client.query<{ ok: boolean }>(
      "SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok",
      [space, key],
    );
    ok = rows[0]?.ok === true;
  } finally {
    if (!ok) client.release();
  }
  if (!ok) return null;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    try {
      await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [space, key]);
      client.release();
    } catch {
      client.release(true); // drop the connection: PostgreSQL frees its locks
    }
  };
}
