// The database pool never queues for ever (issue 20): an instance whose every connection stays
// busy answers 503 + Retry-After in the one error shape once the pool's wait runs out, and the
// request holding the connection still completes. Deterministic: a tiny pool (1 connection,
// 1.5 s wait) on its own instance, and a table lock that keeps its one connection busy.
// Today's code (a pool of 10, no wait limit) would queue the second request until the lock goes.
// The same holds for a sign-in (second test).
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

/**
 * Runs `during` while the tiny instance's one connection is held: `holder`'s session check
 * waits on a lock of "User", keeping the connection; afterwards the held request completes.
 */
async function whilePoolHeld(holder: Client, during: () => Promise<void>) {
  // The pool's one connection is open (on a loaded machine opening it may itself exceed the wait).
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
    await during();
    await locker.query("COMMIT");
    expect((await held).status).toBe(200);
  } finally {
    await locker.query("ROLLBACK").catch(() => undefined);
    locker.release();
  }
}

const BUSY = { error: { code: "service_busy", message: "PrepLoop is busy right now. Try again in a moment." } };

describe("an exhausted database pool", () => {
  it("answers 503 + Retry-After instead of queueing, and recovers", async () => {
    const a = (await newUser("pool-a")).client.withBase(tiny.baseUrl);
    const b = (await newUser("pool-b")).client.withBase(tiny.baseUrl);
    await whilePoolHeld(a, async () => {
      const busy = await b.get("/api/profile");
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("1");
      expect(busy.body).toEqual(BUSY);

      // A page (server components cannot set a status) answers a plain 503 page too, not
      // Next's 500 error page (scripts/lib/serve.mjs, marked by lib/server/db.ts).
      const page = await b.raw("/questions");
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("1");
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(page.headers.get("cache-control")).toBe("no-store");
      expect(await page.text()).toContain("PrepLoop is busy right now");

      // Health answers too (503, not a hang), so a load balancer takes a stuck instance out.
      const health = await fetch(`${tiny.baseUrl}/api/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "degraded", database: "down" });
    });
    await waitFor(async () => (await b.get("/api/profile")).status === 200, "the instance to recover");
    const page = await b.raw("/questions");
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain("PrepLoop is busy right now");
  });

  // A sign-in whose password check cannot run answers 503 service_busy, never next-auth's
  // "CredentialsSignin" redirect (which the sign-in and sign-up forms show as "That email and
  // password do not match an account"); the same credentials sign in once the pool frees up.
  // Before: 401 with `error=timeout exceeded…` in the redirect.
  it("answers a sign-in 503 + Retry-After, not a wrong-password redirect, then signs in", async () => {
    const holder = (await newUser("busy-holder")).client.withBase(tiny.baseUrl);
    const { email, password } = await newUser("busy-signer");
    const signer = new Client(tiny.baseUrl);
    await whilePoolHeld(holder, async () => {
      const busy = await signer.signIn(email, password);
      expect(busy).toMatchObject({ ok: false, status: 503, retryAfter: "1", body: BUSY });
    });
    let last: Awaited<ReturnType<Client["signIn"]>> | undefined;
    await waitFor(async () => (last = await signer.signIn(email, password)).ok, "the sign-in to go through");
    expect(last?.status).toBe(200);
    expect((await signer.get("/api/profile")).status).toBe(200);
  });
});
