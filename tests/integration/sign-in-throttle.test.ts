// Sign-in throttling, probed the way an attacker would: every request that guessed passwords
// without limit before (JSON bodies, a duplicated email field, an extra path segment, a
// concurrent burst, forged X-Forwarded-For) and locking other people out. Each test sends from
// its own loopback address (127.x.y.z) so that address limits never touch other tests.
import { describe, expect, it } from "vitest";
import { throttleKeys } from "@/lib/accounts/throttle";
import { Client, PASSWORD, loopbackAddress, uniqueEmail } from "../support/client";
import { testDb } from "../support/db";

const keys = throttleKeys(process.env.NEXTAUTH_SECRET ?? "");

type Attempt = {
  status: number;
  ok: boolean;
  retryAfter: string | null;
  body: Record<string, unknown>;
  cookies: string[];
};

async function csrf(c: Client) {
  return ((await (await c.raw("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** POSTs a raw sign-in body; `ok` when next-auth answered with a URL carrying no error. */
async function post(c: Client, path: string, contentType: string, body: string): Promise<Attempt> {
  const res = await c.raw(path, { method: "POST", headers: { "content-type": contentType }, body });
  const text = await res.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    parsed = { text };
  }
  const url = typeof parsed.url === "string" ? new URL(parsed.url, c.baseUrl) : null;
  return {
    status: res.status,
    ok: res.status === 200 && !!url && !url.searchParams.get("error"),
    retryAfter: res.headers.get("retry-after"),
    body: parsed,
    cookies: res.headers.getSetCookie(),
  };
}

const form = "application/x-www-form-urlencoded";
const CALLBACK = "/api/auth/callback/credentials";

async function signUp(email = uniqueEmail("victim")) {
  const r = await new Client(undefined, loopbackAddress()).json("POST", "/api/accounts", {
    email,
    password: PASSWORD,
    displayName: "Victim",
  });
  expect(r.status).toBe(201);
  return email;
}

async function wrong(c: Client, email: string, n: number) {
  for (let i = 1; i <= n; i++) {
    const r = await c.signIn(email, `wrong password ${i}`);
    expect(r.status, `attempt ${i}`).toBe(401);
  }
}

const expect429 = (r: { status: number; retryAfter: string | null; body: unknown }) => {
  expect(r.status).toBe(429);
  expect(Number(r.retryAfter)).toBeGreaterThan(0);
  expect(r.body).toMatchObject({
    error: {
      code: "too_many_attempts",
      message: expect.stringMatching(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/),
    },
  });
};

describe("sign-in throttling", () => {
  it("blocks an (account, address) pair after 5 wrong passwords with 429 and Retry-After, even for the right password", async () => {
    const email = await signUp();
    const from = loopbackAddress();
    const attacker = new Client(undefined, from);
    await wrong(attacker, email, 5);
    const blocked = await attacker.signIn(email, PASSWORD);
    expect429(blocked);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(800);
    expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(900);
    expect(blocked.body).toMatchObject({
      error: { message: "Too many failed sign-in attempts. Try again in 15 minutes." },
    });

    // Counted in PostgreSQL (shared by instances, kept across restarts), under keyed hashes only.
    const { rows } = await testDb().query(
      `SELECT failures, "expiresAt" - "windowStart" AS span FROM "AuthThrottle" WHERE key = $1`,
      [keys.signInPair(email, from)],
    );
    expect(rows[0]).toMatchObject({ failures: 6 });
    const leaked = await testDb().query(`SELECT 1 FROM "AuthThrottle" WHERE key LIKE $1 OR key LIKE $2`, [
      `%${email}%`,
      `%${from}%`,
    ]);
    expect(leaked.rowCount).toBe(0);
  });

  it("gives a correct password its attempt back and clears the pair's failures", async () => {
    const email = await signUp();
    const from = loopbackAddress();
    const c = new Client(undefined, from);
    await wrong(c, email, 4);
    expect((await c.signIn(email, PASSWORD)).ok).toBe(true);
    const { rowCount } = await testDb().query(`SELECT 1 FROM "AuthThrottle" WHERE key = $1`, [
      keys.signInPair(email, from),
    ]);
    expect(rowCount).toBe(0);
    await wrong(new Client(undefined, from), email, 5);
  });

  it("counts a JSON body under the email next-auth verifies", async () => {
    const email = await signUp();
    const c = new Client(undefined, loopbackAddress());
    const json = async (password: string) =>
      post(
        c,
        CALLBACK,
        "application/json",
        JSON.stringify({ email, password, csrfToken: await csrf(c), json: "true" }),
      );
    for (let i = 1; i <= 5; i++) expect((await json(`wrong password ${i}`)).status).toBe(401);
    expect429(await json(PASSWORD));
  });

  it("counts a form with the email twice under the email next-auth verifies (the last)", async () => {
    const email = await signUp();
    const c = new Client(undefined, loopbackAddress());
    const twice = async (password: string) =>
      post(
        c,
        CALLBACK,
        form,
        `email=${encodeURIComponent(uniqueEmail("decoy"))}&email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}&csrfToken=${await csrf(c)}&json=true`,
      );
    for (let i = 1; i <= 5; i++) expect((await twice(`wrong password ${i}`)).status).toBe(401);
    expect429(await twice(PASSWORD));
    expect429(await c.signIn(email, PASSWORD));
  });

  it("gives no way around the check through an extra path segment", async () => {
    const email = await signUp();
    const c = new Client(undefined, loopbackAddress());
    await wrong(c, email, 5);
    const body = new URLSearchParams({
      email,
      password: PASSWORD,
      csrfToken: await csrf(c),
      json: "true",
    }).toString();
    const r = await post(c, `${CALLBACK}/x`, form, body);
    expect(r.ok).toBe(false);
    expect([404, 429]).toContain(r.status);
    expect(r.body).toMatchObject({ error: { code: expect.any(String) } });
    expect(r.cookies.some((x) => x.includes("session-token"))).toBe(false);
    expect429(await c.signIn(email, PASSWORD));
  });

  it("verifies at most 5 passwords of a concurrent burst of 20", async () => {
    const email = await signUp();
    const from = loopbackAddress();
    const clients = Array.from({ length: 20 }, () => new Client(undefined, from));
    const tokens = await Promise.all(clients.map(csrf));
    const results = await Promise.all(
      clients.map((c, i) =>
        post(
          c,
          CALLBACK,
          form,
          new URLSearchParams({
            email,
            password: `wrong ${i}`,
            csrfToken: tokens[i]!,
            json: "true",
          }).toString(),
        ),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect429(await clients[0]!.signIn(email, PASSWORD));
  });

  it("ignores a forged X-Forwarded-For: 20 failures per address, whatever the header says", async () => {
    const c = new Client(undefined, loopbackAddress());
    const attempt = async (n: number) =>
      c.raw(CALLBACK, {
        method: "POST",
        headers: { "content-type": form, "x-forwarded-for": `10.9.9.${n}` },
        body: new URLSearchParams({
          email: uniqueEmail("sprayed"),
          password: "wrong wrong",
          csrfToken: await csrf(c),
          json: "true",
        }),
      });
    for (let n = 1; n <= 20; n++) expect((await attempt(n)).status, `attempt ${n}`).toBe(401);
    const blocked = await attempt(21);
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ error: { code: "too_many_attempts" } });
  });

  it("does not lock the owner out: the right password from an address that has not failed works", async () => {
    const email = await signUp();
    const attacker = new Client(undefined, loopbackAddress());
    await wrong(attacker, email, 5);
    for (let i = 0; i < 5; i++) expect((await attacker.signIn(email, "still wrong")).status).toBe(429);
    expect((await new Client(undefined, loopbackAddress()).signIn(email, PASSWORD)).ok).toBe(true);
    expect429(await attacker.signIn(email, PASSWORD));
  });

  it("limits an account to 100 failures per hour over all addresses, except from addresses it signed in from", async () => {
    const email = await signUp();
    const home = loopbackAddress();
    expect((await new Client(undefined, home).signIn(email, PASSWORD)).ok).toBe(true);
    // 20 addresses × 5 wrong passwords, 5 addresses at a time.
    const addresses = Array.from({ length: 20 }, loopbackAddress);
    for (let i = 0; i < addresses.length; i += 5) {
      await Promise.all(addresses.slice(i, i + 5).map((a) => wrong(new Client(undefined, a), email, 5)));
    }
    const fresh = await new Client(undefined, loopbackAddress()).signIn(email, PASSWORD);
    expect429(fresh);
    expect(Number(fresh.retryAfter)).toBeGreaterThan(900); // the hour's window
    expect((await new Client(undefined, home).signIn(email, PASSWORD)).ok).toBe(true);
  });

  it("deletes an account's rows with the account", async () => {
    const email = uniqueEmail("deleted");
    const from = loopbackAddress();
    const c = new Client(undefined, from);
    await c.signUp(email);
    await wrong(new Client(undefined, loopbackAddress()), email, 2);
    const prefix = keys.signInPair(email, from).split(":").slice(0, 2).join(":");
    const count = async () =>
      (
        await testDb().query(
          `SELECT 1 FROM "AuthThrottle" WHERE key = $1 OR starts_with(key, $2) OR starts_with(key, $3)`,
          [keys.signInAccount(email), `${prefix}:`, `signin-known:${prefix.split(":")[1]}:`],
        )
      ).rowCount;
    expect(await count()).toBeGreaterThanOrEqual(3); // account, the failing pair, the known address
    const del = await c.json("DELETE", "/api/account", { password: PASSWORD });
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    expect(await count()).toBe(0);
  });

  it("purges expired rows as new attempts are counted", async () => {
    const key = `test-expired:${uniqueEmail()}`;
    await testDb().query(
      `INSERT INTO "AuthThrottle" (key, failures, "windowStart", "expiresAt", "updatedAt")
       VALUES ($1, 3, '2000-01-01', '2000-01-01 00:15', '2000-01-01 00:15')`,
      [key],
    );
    await new Client(undefined, loopbackAddress()).signIn(uniqueEmail("purge"), "wrong wrong");
    const { rowCount } = await testDb().query(`SELECT 1 FROM "AuthThrottle" WHERE key = $1`, [key]);
    expect(rowCount).toBe(0);
  });
});

describe("next-auth endpoints with odd input answer 4xx in the error shape, never 5xx", () => {
  const c = new Client(undefined, loopbackAddress());
  const errorShape = { error: { code: expect.any(String), message: expect.any(String) } };

  it("a callback for a provider that is not configured is a 404", async () => {
    for (const path of ["/api/auth/callback/github", "/api/auth/callback/google", "/api/auth/signin/x"]) {
      const r = await c.get(path);
      expect(r.status, path).toBe(404);
      expect(r.body).toMatchObject(errorShape);
    }
  });

  it("a GET of the credentials callback is a 405", async () => {
    const r = await c.get("/api/auth/callback/credentials");
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toBe("POST");
    expect(r.body).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  it("malformed bodies are a 400", async () => {
    for (const [path, body] of [
      [CALLBACK, "{not json"],
      [CALLBACK, ""],
      [CALLBACK, "[]"],
      [CALLBACK, '{"email":["a@b.co"],"password":"x"}'],
      [CALLBACK, '{"callbackUrl":{"x":1},"email":"a@b.co","password":"x"}'],
      ["/api/auth/signout", "{"],
      ["/api/auth/session", "null"],
      ["/api/auth/signin/credentials", "{"],
      ["/api/auth/_log", "{"],
    ] as const) {
      const r = await post(c, path, "application/json", body);
      expect(r.status, `${path} ${body}`).toBe(400);
      expect(r.body).toMatchObject(errorShape);
    }
  });

  it("unknown actions, extra segments and wrong methods are 404/405", async () => {
    expect((await c.get("/api/auth/nope")).status).toBe(404);
    expect((await c.get("/api/auth/session/x")).status).toBe(404);
    expect((await c.json("POST", "/api/auth/csrf", {})).status).toBe(405);
    const body = (await c.get("/api/auth/nope")).body;
    expect(body).toMatchObject(errorShape);
  });

  it("odd but harmless requests keep working", async () => {
    expect((await c.get("/api/auth/providers")).status).toBe(200);
    expect((await c.get("/api/auth/csrf")).status).toBe(200);
    expect((await c.get("/api/auth/session")).status).toBe(200);
    for (const path of ["/api/auth/signout", "/api/auth/session", "/api/auth/signin/credentials"]) {
      const r = await post(c, path, form, "csrfToken=nope&x=%00%ff");
      expect(r.status, path).toBeLessThan(500);
    }
    const noBody = await c.raw(CALLBACK, { method: "POST" });
    expect(noBody.status).toBeLessThan(500);
  });
});
