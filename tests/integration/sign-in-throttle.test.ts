import { describe, expect, it } from "vitest";
import { Client, PASSWORD, uniqueEmail } from "../support/client";
import { testDb } from "../support/db";

describe("sign-in throttling", () => {
  it("blocks an account after 5 wrong passwords with 429 and Retry-After, even for the right password", async () => {
    const email = uniqueEmail("throttle");
    const owner = new Client();
    await owner.signUp(email);

    const attacker = new Client();
    for (let i = 1; i <= 5; i++) {
      const r = await attacker.signIn(email, `wrong password ${i}`);
      expect(r.ok).toBe(false);
      expect(r.status).toBe(401);
    }
    const blocked = await attacker.signIn(email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(800);
    expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(900);
    expect(blocked.body).toMatchObject({ error: { code: "too_many_attempts" } });

    // The counter lives in PostgreSQL (so it survives a restart and is shared by instances).
    const { rows } = await testDb().query(`SELECT failures, "blockedUntil" FROM "AuthThrottle" WHERE key = $1`, [
      `account:${email}`,
    ]);
    expect(rows[0]).toMatchObject({ failures: 5, blockedUntil: expect.any(Date) });
  });

  it("clears the account counter after a successful sign-in", async () => {
    const email = uniqueEmail("throttle-reset");
    const c = new Client();
    await c.json("POST", "/api/accounts", { email, password: PASSWORD, displayName: "R" });
    for (let i = 0; i < 4; i++) expect((await c.signIn(email, "nope nope nope")).status).toBe(401);
    expect((await c.signIn(email, PASSWORD)).ok).toBe(true);
    const { rowCount } = await testDb().query(`SELECT 1 FROM "AuthThrottle" WHERE key = $1`, [`account:${email}`]);
    expect(rowCount).toBe(0);
  });
});
