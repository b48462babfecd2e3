// A sign-in whose password check cannot run (the instance's database pool is full) answers
// 503 + Retry-After in the one error shape, never next-auth's "CredentialsSignin" (which the
// sign-in and sign-up forms show as "That email and password do not match an account"), and
// the same credentials sign in once the pool frees up. Same set-up as db-pool.test.ts: a
// one-connection instance whose connection is held by a request waiting on a table lock.
// Today's code (before this test) answered 401 with `error=timeout exceeded…` in the redirect.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { closeTestDb, testDb } from "../support/db";
import { Client, newUser } from "../support/client";

type Server = { baseUrl: string; stop: (signal?: string) => Promise<void> };
let tiny: Server;

beforeAll(async () => {
  tiny = (await startAppServer({
    port: await freePort(),
    env: { PREPLOOP_DB_POOL_MAX: "1", PREPLOOP_DB_POOL_TIMEOUT_MS: "1500", PREPLOOP_SESSION_CACHE_MS: "0" },
  })) as Server;
});
afterAll(async () => {
  await tiny?.stop();
  await closeTestDb();
});

async function waitFor(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("signing in while the database pool is full", () => {
  it("answers 503 service_busy (not a wrong-password redirect), then signs in", async () => {
    const holder = (await newUser("busy-holder")).client.withBase(tiny.baseUrl);
    const { email, password } = await newUser("busy-signer");
    const signer = new Client(tiny.baseUrl);
    await waitFor(async () => (await holder.get("/api/profile")).status === 200, "the tiny instance to answer");

    const locker: pg.PoolClient = await testDb().connect();
    try {
      await locker.query("BEGIN");
      await locker.query(`LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE`);
      const held = holder.get("/api/profile");
      await waitFor(async () => {
        const { rows } = await testDb().query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
           WHERE c.relname = 'User' AND NOT l.granted`,
        );
        return rows[0]!.n > 0;
      }, "the held request to wait on the lock");

      const busy = await signer.signIn(email, password);
      expect(busy.ok).toBe(false);
      expect(busy.status).toBe(503);
      expect(busy.retryAfter).toBe("1");
      expect(busy.body).toEqual({
        error: { code: "service_busy", message: "PrepLoop is busy right now. Try again in a moment." },
      });

      await locker.query("COMMIT");
      expect((await held).status).toBe(200);
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      locker.release();
    }
    let last = await signer.signIn(email, password);
    await waitFor(async () => (last = await signer.signIn(email, password)).ok, "the sign-in to go through");
    expect(last.status).toBe(200);
    expect((await signer.get("/api/profile")).status).toBe(200);
  });
});
