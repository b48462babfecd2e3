import { describe, expect, it } from "vitest";
import { Client, invalidInput, newUser } from "../support/client";

type ProfileBody = { profile: { version: number; displayName: string; [k: string]: unknown } };

const validUpdate = (version: number) => ({
  version,
  displayName: "Grace",
  targetRole: "ML Engineer",
  targetLevel: "SENIOR",
  region: "EUROPE",
  yearsExperience: 6,
  nextInterviewOn: "2027-01-15",
  timeZone: "Europe/Berlin",
});

describe("/api/profile", () => {
  it("requires a signed-in user", async () => {
    const res = await new Client().get("/api/profile");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: "unauthenticated", message: "Sign in to continue." } });
  });

  it("reads and updates the profile with versioned writes", async () => {
    const { client, email } = await newUser("profile");
    const before = await client.get<ProfileBody>("/api/profile");
    expect(before.status).toBe(200);
    expect(before.body.profile).toMatchObject({ email, version: 1, timeZone: "UTC", nextInterviewOn: null });

    const saved = await client.json<ProfileBody>("PUT", "/api/profile", validUpdate(1));
    expect(saved.status).toBe(200);
    expect(saved.body.profile).toMatchObject({ ...validUpdate(2), email });

    // A second tab still holding version 1 gets 409, and nothing is overwritten.
    const stale = await client.json("PUT", "/api/profile", { ...validUpdate(1), displayName: "Stale" });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "stale_version" } });
    const after = await client.get<ProfileBody>("/api/profile");
    expect(after.body.profile.displayName).toBe("Grace");
  });

  it("rejects bad values field by field and keeps what was saved", async () => {
    const { client } = await newUser("profile-bad");
    const res = await client.json("PUT", "/api/profile", {
      version: 1,
      displayName: "",
      targetRole: null,
      targetLevel: "WIZARD",
      region: "MARS",
      yearsExperience: -1,
      nextInterviewOn: "2027-02-30",
      timeZone: "Not/AZone",
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(invalidInput({
      displayName: "Enter your name.",
      targetLevel: "Choose one of the listed levels.",
      region: "Choose one of the listed regions.",
      yearsExperience: "Years of experience cannot be negative.",
      nextInterviewOn: "That date does not exist.",
      timeZone: "Choose a valid time zone, like Europe/Berlin.",
    }));
    const after = await client.get<ProfileBody>("/api/profile");
    expect(after.body.profile).toMatchObject({ version: 1, displayName: "Test User" });
  });

  it("accepts only a listed time zone: a case variant Intl would accept is refused", async () => {
    const { client } = await newUser("profile-tz");
    const bad = await client.json("PUT", "/api/profile", { ...validUpdate(1), timeZone: "europe/berlin" });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: "invalid_input", fields: { timeZone: "Choose a valid time zone, like Europe/Berlin." } },
    });
    const good = await client.json<ProfileBody>("PUT", "/api/profile", { ...validUpdate(1), timeZone: "Asia/Tokyo" });
    expect(good.status).toBe(200);
    expect(good.body.profile.timeZone).toBe("Asia/Tokyo");
  });
});
