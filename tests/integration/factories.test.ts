// The test factories write rows the app reads as its own: a factory user signs in with the
// factory password, and its attempts, offers and milestones show through the API.
import { afterAll, describe, expect, it } from "vitest";
import {
  FACTORY_PASSWORD,
  PROFILE,
  bankQuestion,
  createMilestone,
  createOffer,
  createScoredAttempt,
  createUser,
} from "../factories";
import { Client } from "../support/client";
import { openFactoryDb } from "../support/factory-db";

const db = openFactoryDb();
afterAll(() => db.$disconnect());

async function signedIn(email: string) {
  const client = new Client();
  const res = await client.signIn(email, FACTORY_PASSWORD);
  expect(res.ok).toBe(true);
  return client;
}

describe("test factories", () => {
  it("a user with a profile signs in with the factory password", async () => {
    const user = await createUser(db, { displayName: "Fay Factory" });
    const client = await signedIn(user.email);
    const profile = await client.get<{ profile: Record<string, unknown> }>("/api/profile");
    expect(profile.body.profile).toMatchObject({ email: user.email, displayName: "Fay Factory", hasPassword: true, ...PROFILE });
  });

  it("profile: false leaves the profile empty, as right after sign-up", async () => {
    const user = await createUser(db, { profile: false });
    const profile = await (await signedIn(user.email)).get<{ profile: Record<string, unknown> }>("/api/profile");
    expect(profile.body.profile).toMatchObject({ targetRole: null, targetLevel: null, region: null, yearsExperience: null });
  });

  it("a scored attempt, an offer and a milestone show through the API", async () => {
    const user = await createUser(db);
    const question = await bankQuestion(db, "TECHNICAL");
    const scores = { technicalAccuracy: 8, communicationClarity: 7, problemSolving: 7, practicalConsiderations: 6 };
    await createScoredAttempt(db, user.id, { question, scores, daysAgo: 2, minutes: 12 });
    await createOffer(db, user.id, { company: "Acme AI" });
    await createMilestone(db, user.id, { title: "Ship the feature store", targetDate: "2026-09-30" });
    const client = await signedIn(user.email);

    const attempts = await client.get<{ attempts: Record<string, unknown>[] }>("/api/practice/attempts");
    // (8 + 7 + 7 + 6) / 4 = 7.0 → 70 tenths; 12 minutes on the clock.
    expect(attempts.body.attempts).toEqual([
      expect.objectContaining({ questionId: question.id, status: "scored", averageTenths: 70, timeSpentMs: 720_000 }),
    ]);
    const offers = await client.get<{ offers: { company: string; baseSalary: number }[] }>("/api/offers");
    expect(offers.body.offers.map((o) => [o.company, o.baseSalary])).toEqual([["Acme AI", 200_000_00]]);
    const plan = await client.get<{ plan: { trackId: string } | null; milestones: { title: string; targetDate: string }[] }>(
      "/api/plans",
    );
    expect(plan.body.plan?.trackId).toBe("management");
    expect(plan.body.milestones.map((m) => [m.title, m.targetDate])).toEqual([["Ship the feature store", "2026-09-30"]]);
  });
});
