// Session rows: ordinary sign-out ends the session server-side (a copied cookie stops working),
// the account lists its devices, and any one, all others or all can be signed out.
import { afterAll, describe, expect, it } from "vitest";
import { closeTestDb, testDb } from "../support/db";
import { BASE_URL, Client, PASSWORD, newUser } from "../support/client";

afterAll(closeTestDb);

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
const SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";

type SessionList = {
  sessions: { id: string; device: string; address: string | null; createdAt: string; lastSeenAt: string; current: boolean }[];
};

async function signedIn(email: string, userAgent?: string) {
  const c = new Client();
  c.userAgent = userAgent;
  expect((await c.signIn(email, PASSWORD)).ok).toBe(true);
  return c;
}

describe("sign-out", () => {
  it("ends the session on the server: a copy of the cookie taken before sign-out gets 401", async () => {
    const { client } = await newUser("copied-cookie");
    const copy = client.withBase(BASE_URL);
    expect((await copy.get("/api/profile")).status).toBe(200);

    const out = await client.signOut();
    expect(out.status).toBe(200);
    expect((await client.get("/api/profile")).status).toBe(401);
    const res = await copy.get("/api/profile");
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("rejects a token that carries no session row (e.g. issued before sessions were rows)", async () => {
    const { client, id } = await newUser("no-row");
    await testDb().query(`DELETE FROM "Session" WHERE "userId" = $1`, [id]);
    expect((await client.get("/api/profile")).status).toBe(401);
  });
});

describe("last seen and expiry", () => {
  it("refreshes last-seen once it is 5 minutes old, and ends a session unseen for 30 days", async () => {
    const { client, id } = await newUser("last-seen");
    const old = new Date(Date.now() - 10 * 60_000);
    await testDb().query(`UPDATE "Session" SET "lastSeenAt" = $2 WHERE "userId" = $1`, [id, old]);
    expect((await client.get("/api/profile")).status).toBe(200);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await testDb().query(`SELECT "lastSeenAt" FROM "Session" WHERE "userId" = $1`, [id]);
      if ((rows[0].lastSeenAt as Date).getTime() > old.getTime()) break;
      if (Date.now() > deadline) throw new Error("lastSeenAt was not refreshed");
      await new Promise((r) => setTimeout(r, 100));
    }
    await testDb().query(`UPDATE "Session" SET "lastSeenAt" = now() - interval '30 days 1 minute' WHERE "userId" = $1`, [id]);
    // A write outside the app reaches the instance's session cache through its NOTIFY, read some
    // time after the commit (docs/decisions/0022, "Session 8: the NOTIFY window"): ask until 401,
    // within 10 s (a third of the cache's 30 s TTL, so the TTL cannot be what ends it).
    const expiryDeadline = Date.now() + 10_000;
    let status = (await client.get("/api/profile")).status;
    while (status === 200 && Date.now() < expiryDeadline) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await client.get("/api/profile")).status;
    }
    expect(status).toBe(401);
  });
});

describe("the device list", () => {
  it("lists each sign-in with device, address, created, last seen and this device", async () => {
    const { client, email, id } = await newUser("devices");
    const firefox = await signedIn(email, FIREFOX);
    await signedIn(email, SAFARI);
    const res = await firefox.get<SessionList>("/api/account/sessions");
    expect(res.status).toBe(200);
    const { sessions } = res.body;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current).map((s) => s.device)).toEqual(["Firefox on Windows"]);
    expect(sessions.map((s) => s.device).sort()).toEqual(["Firefox on Windows", "Node.js", "Safari on iOS"]);
    for (const s of sessions) {
      expect(s.address).toMatch(/^(127\.0\.0\.1|::1)$/);
      expect(Date.parse(s.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
    }
    // The JWT carries only the row id: the rows are the truth.
    const { rows } = await testDb().query(`SELECT count(*)::int AS n FROM "Session" WHERE "userId" = $1`, [id]);
    expect(rows[0].n).toBe(3);
    expect((await client.get<SessionList>("/api/account/sessions")).body.sessions.find((s) => s.current)?.device).toBe(
      "Node.js",
    );
  });

  it("signs out one device; another user's session id is 404 and stays signed in", async () => {
    const { client, email } = await newUser("one-device");
    const phone = await signedIn(email, SAFARI);
    const list = (await client.get<SessionList>("/api/account/sessions")).body.sessions;
    const phoneId = list.find((s) => s.device === "Safari on iOS")!.id;

    const stranger = await newUser("stranger");
    const strangerSession = (await stranger.client.get<SessionList>("/api/account/sessions")).body.sessions[0]!.id;
    const cross = await client.json("DELETE", `/api/account/sessions/${encodeURIComponent(strangerSession)}`);
    expect(cross.status).toBe(404);
    expect((await stranger.client.get("/api/profile")).status).toBe(200);

    expect((await client.json("DELETE", `/api/account/sessions/${encodeURIComponent(phoneId)}`)).status).toBe(200);
    expect((await phone.get("/api/profile")).status).toBe(401);
    expect((await client.get("/api/profile")).status).toBe(200);
    expect((await client.get<SessionList>("/api/account/sessions")).body.sessions).toHaveLength(1);
  });

  it("signs out all other devices and keeps this one", async () => {
    const { client, email } = await newUser("others");
    const a = await signedIn(email, FIREFOX);
    const b = await signedIn(email, SAFARI);
    const res = await client.json("DELETE", "/api/account/sessions?scope=others");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, ended: 2 });
    expect((await a.get("/api/profile")).status).toBe(401);
    expect((await b.get("/api/profile")).status).toBe(401);
    expect((await client.get("/api/profile")).status).toBe(200);
  });

  it("signs out everywhere, this device included (the existing DELETE without a scope)", async () => {
    const { client, email } = await newUser("all");
    const a = await signedIn(email, FIREFOX);
    expect((await client.json("DELETE", "/api/account/sessions")).status).toBe(200);
    expect((await a.get("/api/profile")).status).toBe(401);
    expect((await client.get("/api/profile")).status).toBe(401);
    const again = await signedIn(email); // a fresh sign-in works
    expect((await again.get("/api/profile")).status).toBe(200);
  });

  it("answers a bad scope with the one error shape", async () => {
    const { client } = await newUser("bad-scope");
    const res = await client.json("DELETE", "/api/account/sessions?scope=everyone");
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: "invalid_input", fields: { scope: expect.any(String) } } });
  });
});

describe("change password", () => {
  it("needs the current password, ends every other session and keeps this one", async () => {
    const { client, email, id } = await newUser("change");
    const other = await signedIn(email, FIREFOX);
    const NEW = "a brand new passphrase 42";

    const wrong = await client.json("POST", "/api/account/password", { currentPassword: "not it at all", newPassword: NEW });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { fields: { currentPassword: "That is not your current password." } } });
    const short = await client.json("POST", "/api/account/password", { currentPassword: PASSWORD, newPassword: "short" });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { fields: { newPassword: "Use at least 12 characters." } } });
    expect((await other.get("/api/profile")).status).toBe(200);

    const ok = await client.json("POST", "/api/account/password", { currentPassword: PASSWORD, newPassword: NEW });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, endedSessions: 1 });
    expect((await client.get("/api/profile")).status).toBe(200);
    expect((await other.get("/api/profile")).status).toBe(401);
    expect((await new Client().signIn(email, PASSWORD)).ok).toBe(false);
    expect((await new Client().signIn(email, NEW)).ok).toBe(true);
    const { rows } = await testDb().query(`SELECT "key" FROM "AuthThrottle" WHERE "key" = $1`, [`password-change:${id}`]);
    expect(rows).toHaveLength(0); // the wrong try is forgotten after a success
  });

  it("blocks guessing the current password after 5 wrong tries", async () => {
    const { client } = await newUser("change-guess");
    for (let i = 0; i < 5; i++) {
      const res = await client.json("POST", "/api/account/password", {
        currentPassword: `guess number ${i}`,
        newPassword: "whatever whatever 1",
      });
      expect(res.status).toBe(400);
    }
    const blocked = await client.json("POST", "/api/account/password", {
      currentPassword: PASSWORD,
      newPassword: "whatever whatever 1",
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: { code: "too_many_attempts" } });
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
