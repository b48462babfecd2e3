// Invitation codes and sign-up: limited per user and per client address, counted atomically.
// The sign-up limit runs on a second app server with the default limit (the shared test server
// lifts it, since every test signs up from 127.0.0.1) behind a "trusted proxy", which also shows
// that only the right-most X-Forwarded-For entry counts there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { Client, PASSWORD, loopbackAddress, uniqueEmail } from "../support/client";
import { invite } from "../support/mentors";

type ErrorBody = { error: { code: string; message: string } };

async function userFrom(address: string, tag: string) {
  const client = new Client(undefined, address);
  await client.signUp(uniqueEmail(tag));
  return client;
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/** The i-th of a run of well-formed codes that no invitation has (in practice: 1 in 8.5 × 10¹¹ odds each). */
const guess = (c: Client, i: number) =>
  c.json<ErrorBody>("POST", "/api/invitations/accept", {
    code: `ZZ${ALPHABET[i % 31]}${ALPHABET[Math.floor(i / 31) % 31]}-Z9Z9`,
  });

describe("invitation codes", () => {
  it("a burst of 50 parallel wrong codes gets exactly 10 tries; the rest are 429", async () => {
    const guesser = await userFrom(loopbackAddress(), "burst");
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => guess(guesser, i)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40);
    const refused = results.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(800);
    expect(refused.body.error).toMatchObject({
      code: "too_many_attempts",
      message: "Too many wrong codes. Try again in 15 minutes.",
    });
  });

  it("new accounts from the same address get no new tries past 20 per address", async () => {
    const address = loopbackAddress();
    for (const tag of ["first", "second"]) {
      const c = await userFrom(address, `codes-${tag}`);
      for (let i = 0; i < 10; i++) expect((await guess(c, i)).status, `${tag} ${i}`).toBe(400);
    }
    const third = await userFrom(address, "codes-third");
    expect((await guess(third, 0)).status).toBe(429);
    // Another address is not affected.
    expect((await guess(await userFrom(loopbackAddress(), "codes-elsewhere"), 0)).status).toBe(400);
  });

  it("a right code takes its attempt back", async () => {
    const address = loopbackAddress();
    const candidate = await userFrom(loopbackAddress(), "codes-candidate");
    const mentor = await userFrom(address, "codes-mentor");
    for (let i = 0; i < 9; i++) expect((await guess(mentor, i)).status).toBe(400);
    const inv = await invite(candidate);
    expect((await mentor.json("POST", "/api/invitations/accept", { code: inv.code })).status).toBe(200);
    expect((await guess(mentor, 9)).status).toBe(400); // the 10th wrong code is still allowed
    expect((await guess(mentor, 10)).status).toBe(429);
  });
});

describe("sign-up", () => {
  let proxied: { baseUrl: string; stop: () => Promise<void> };
  beforeAll(async () => {
    proxied = (await startAppServer({
      port: await freePort(),
      env: { PREPLOOP_TRUST_PROXY: "1", PREPLOOP_SIGNUP_LIMIT: "" },
    })) as typeof proxied;
  });
  afterAll(async () => {
    await proxied?.stop();
  });

  const signUp = (forwardedFor: string) =>
    new Client(proxied.baseUrl).raw("/api/accounts", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ email: uniqueEmail("signup-limit"), password: PASSWORD, displayName: "S" }),
    });

  it("allows 20 sign-ups per address per hour, then 429 with Retry-After", async () => {
    const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < 20; i++)
      expect((await signUp(`10.9.9.${i}, ${client}`)).status, `sign-up ${i}`).toBe(201);
    const refused = await signUp(`10.9.9.99, ${client}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(await refused.json()).toMatchObject({
      error: {
        code: "too_many_attempts",
        message: "Too many sign-ups from your network. Try again in 60 minutes.",
      },
    });
    // Only the proxy's entry (right-most) names the client: another address may still sign up.
    expect((await signUp(`${client}, 203.0.113.${Math.floor(Math.random() * 250) + 1}`)).status).toBe(201);
  });

  it("counts attempts with a taken email too (so enumeration is limited as well)", async () => {
    const client = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const email = uniqueEmail("taken");
    const attempt = () =>
      new Client(proxied.baseUrl).raw("/api/accounts", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": client },
        body: JSON.stringify({ email, password: PASSWORD, displayName: "T" }),
      });
    expect((await attempt()).status).toBe(201);
    for (let i = 1; i < 20; i++) expect((await attempt()).status).toBe(409);
    expect((await attempt()).status).toBe(429);
  });
});
