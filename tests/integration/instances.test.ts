// Stateless app servers: a second instance against the same database accepts the same
// session and shares the sign-in throttle; a killed and restarted instance loses nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../../scripts/lib/app-server.mjs";
import { Client, PASSWORD, newUser, uniqueEmail } from "../support/client";

type Server = { baseUrl: string; stop: (signal?: string) => Promise<void> };

let second: Server;

beforeAll(async () => {
  second = (await startAppServer({ port: await freePort(), env: {} })) as Server;
});
afterAll(async () => {
  await second?.stop();
});

describe("two app instances against one database", () => {
  it("accepts a session issued by the other instance", async () => {
    const { client, email } = await newUser("multi");
    const onSecond = client.withBase(second.baseUrl);
    const res = await onSecond.get<{ profile: { email: string } }>("/api/profile");
    expect(res.status).toBe(200);
    expect(res.body.profile.email).toBe(email);
  });

  it("counts sign-in failures across both instances", async () => {
    const email = uniqueEmail("multi-throttle");
    await new Client().json("POST", "/api/accounts", { email, password: PASSWORD, displayName: "M" });
    const a = new Client();
    const b = new Client(second.baseUrl);
    for (let i = 0; i < 3; i++) expect((await a.signIn(email, "wrong wrong wrong")).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await b.signIn(email, "wrong wrong wrong")).status).toBe(401);
    expect((await a.signIn(email, PASSWORD)).status).toBe(429);
    expect((await b.signIn(email, PASSWORD)).status).toBe(429);
  });

  it("keeps sessions and data when an instance is killed and restarted", async () => {
    const port = await freePort();
    let third = (await startAppServer({ port, env: {} })) as Server;
    const client = new Client(third.baseUrl);
    await client.signUp(uniqueEmail("restart"));
    const put = await client.json("PUT", "/api/profile", {
      version: 1,
      displayName: "Survivor",
      targetRole: null,
      targetLevel: null,
      region: null,
      yearsExperience: 3,
      nextInterviewOn: null,
      timeZone: "UTC",
    });
    expect(put.status).toBe(200);
    await third.stop("SIGKILL");
    third = (await startAppServer({ port, env: {} })) as Server;
    try {
      const res = await client.get<{ profile: { displayName: string; yearsExperience: number } }>("/api/profile");
      expect(res.status).toBe(200);
      expect(res.body.profile).toMatchObject({ displayName: "Survivor", yearsExperience: 3 });
    } finally {
      await third.stop();
    }
  });
});
