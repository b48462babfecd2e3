// The shared demo accounts stay usable but refuse what would spoil them for the next visitor
// (403 demo_account), and a drifted profile is put back at the next sign-in.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemoAccount } from "../../prisma/seed/demo";
import { closeTestDb, testDb } from "../support/db";
import { BASE_URL, Client, loopbackAddress, newUser } from "../support/client";
import { ALL_SCOPES } from "../support/mentors";

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
afterAll(async () => {
  await prisma.$disconnect();
  await closeTestDb();
});

const DEMO = "demo@preploop.dev";
const MENTOR = "mentor@preploop.dev";
const DEMO_PASSWORD = "practice-makes-progress";

async function demoVisitor(email = DEMO) {
  const c = new Client();
  expect((await c.signIn(email, DEMO_PASSWORD)).ok).toBe(true);
  return c;
}

const refused = { error: { code: "demo_account", message: expect.stringContaining("shared by everyone") } };

type SessionList = { sessions: { id: string; current: boolean }[] };

describe("the demo accounts", () => {
  it("cannot be deleted", async () => {
    const visitor = await demoVisitor();
    const res = await visitor.json("DELETE", "/api/account", { password: DEMO_PASSWORD });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject(refused);
    const { rows } = await testDb().query(`SELECT count(*)::int AS n FROM "User" WHERE email = $1`, [DEMO]);
    expect(rows[0].n).toBe(1);
  });

  it("cannot sign other visitors out, and shows a visitor only their own session", async () => {
    const a = await demoVisitor();
    const b = await demoVisitor();
    const listed = await a.get<SessionList>("/api/account/sessions");
    expect(listed.body.sessions).toHaveLength(1);
    expect(listed.body.sessions[0]!.current).toBe(true);
    const bId = (await b.get<SessionList>("/api/account/sessions")).body.sessions[0]!.id;

    for (const path of ["/api/account/sessions", "/api/account/sessions?scope=others", `/api/account/sessions/${bId}`]) {
      const res = await a.json("DELETE", path);
      expect(res.status, path).toBe(403);
      expect(res.body).toMatchObject(refused);
    }
    expect((await b.get("/api/profile")).status).toBe(200);

    // Ordinary sign-out of one's own session still works.
    const aId = listed.body.sessions[0]!.id;
    expect((await a.json("DELETE", `/api/account/sessions/${aId}`)).status).toBe(200);
    expect((await a.get("/api/profile")).status).toBe(401);
    expect((await b.get("/api/profile")).status).toBe(200);
  });

  it("cannot change the password, link a provider or send mentor invitations", async () => {
    const visitor = await demoVisitor();
    const pw = await visitor.json("POST", "/api/account/password", {
      currentPassword: DEMO_PASSWORD,
      newPassword: "taken over by a visitor",
    });
    expect(pw.status).toBe(403);
    expect(pw.body).toMatchObject(refused);
    expect((await new Client().signIn(DEMO, DEMO_PASSWORD)).ok).toBe(true);

    const link = await visitor.json("POST", "/api/account/links", { provider: "github" });
    expect(link.status).toBe(403);
    expect(link.body).toMatchObject(refused);

    for (const email of [DEMO, MENTOR]) {
      const v = email === DEMO ? visitor : await demoVisitor(MENTOR);
      const res = await v.json("POST", "/api/mentors/invitations", { scopes: ALL_SCOPES });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject(refused);
    }
    // A real account still invites.
    const { client } = await newUser("real-inviter");
    expect((await client.json("POST", "/api/mentors/invitations", { scopes: ALL_SCOPES })).status).toBe(201);
  });

  it("gets no reset link, with the same answer as any other email", async () => {
    const real = await newUser("reset-beside-demo");
    const demo = await new Client(BASE_URL, loopbackAddress()).json("POST", "/api/password-reset", { email: DEMO });
    const other = await new Client(BASE_URL, loopbackAddress()).json("POST", "/api/password-reset", { email: real.email });
    expect(demo.status).toBe(202);
    expect(demo.body).toEqual(other.body);
    // The real account's link is written after the response; wait for it, then the demo has none.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await testDb().query(`SELECT 1 FROM "PasswordResetToken" WHERE "userId" = $1`, [real.id]);
      if (rows.length) break;
      if (Date.now() > deadline) throw new Error("no reset token was written for the real account");
      await new Promise((r) => setTimeout(r, 100));
    }
    const { rows } = await testDb().query(
      `SELECT count(*)::int AS n FROM "PasswordResetToken" t JOIN "User" u ON u.id = t."userId" WHERE u."isDemo"`,
    );
    expect(rows[0].n).toBe(0);
  });

  it("puts a drifted profile back at the next sign-in", async () => {
    const visitor = await demoVisitor();
    const { body } = await visitor.get<{ profile: Record<string, unknown> }>("/api/profile");
    const put = await visitor.json("PUT", "/api/profile", {
      version: body.profile.version,
      displayName: "Defaced by a visitor",
      targetRole: "Something else",
      targetLevel: null,
      region: null,
      yearsExperience: 40,
      nextInterviewOn: body.profile.nextInterviewOn,
      timeZone: body.profile.timeZone,
    });
    expect(put.status).toBe(200); // editing stays possible: the demo is for trying things
    const next = await demoVisitor();
    const after = await next.get<{ profile: Record<string, unknown> }>("/api/profile");
    expect(after.body.profile).toMatchObject({
      displayName: "Demo Candidate",
      targetRole: "Machine Learning Engineer",
      targetLevel: "SENIOR",
      region: "UNITED_STATES",
      yearsExperience: 5,
    });
  });

  it("is put back at start-up (the seed): profile, password, links, and the demo mentorship", async () => {
    const q = (sql: string, params: unknown[] = []) => testDb().query(sql, params);
    const ids = await q(`SELECT id, email FROM "User" WHERE email IN ($1, $2)`, [DEMO, MENTOR]);
    const demoId = ids.rows.find((r) => r.email === DEMO).id as string;
    const mentorId = ids.rows.find((r) => r.email === MENTOR).id as string;
    // Drift from an older version (or a visitor): another password, a link, an ended mentorship.
    await q(`UPDATE "User" SET "displayName" = 'Drifted', "passwordHash" = 'not-a-hash' WHERE id = $1`, [demoId]);
    await q(`INSERT INTO "OAuthLink" (provider, "providerAccountId", "userId") VALUES ('github', 'gh-demo', $1)`, [demoId]);
    await q(`UPDATE "Mentorship" SET "endedAt" = now() WHERE "candidateId" = $1 AND "mentorId" = $2`, [demoId, mentorId]);
    expect((await new Client().signIn(DEMO, DEMO_PASSWORD)).ok).toBe(false);

    await prisma.$transaction((tx) => seedDemoAccount(tx), { timeout: 120_000, maxWait: 120_000 });

    const user = await q(`SELECT "displayName" FROM "User" WHERE id = $1`, [demoId]);
    expect(user.rows[0].displayName).toBe("Demo Candidate");
    expect((await q(`SELECT 1 FROM "OAuthLink" WHERE "userId" = $1`, [demoId])).rows).toHaveLength(0);
    const active = await q(
      `SELECT count(*)::int AS n FROM "Mentorship" WHERE "candidateId" = $1 AND "mentorId" = $2 AND "endedAt" IS NULL`,
      [demoId, mentorId],
    );
    expect(active.rows[0].n).toBe(1);
    expect((await new Client().signIn(DEMO, DEMO_PASSWORD)).ok).toBe(true);
  });
});
