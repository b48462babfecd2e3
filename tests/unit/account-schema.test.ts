import { describe, expect, it } from "vitest";
import { profileUpdateSchema, signUpSchema } from "@/lib/accounts/schema";

describe("sign-up schema", () => {
  it("trims and lower-cases the email", () => {
    const r = signUpSchema.parse({ email: "  Ada@Example.COM ", password: "a".repeat(12), displayName: " Ada " });
    expect(r).toEqual({ email: "ada@example.com", password: "a".repeat(12), displayName: "Ada" });
  });

  it("accepts exactly 12 characters with no composition rules and refuses 11", () => {
    expect(signUpSchema.safeParse({ email: "a@b.co", password: "aaaaaaaaaaaa", displayName: "A" }).success).toBe(true);
    const r = signUpSchema.safeParse({ email: "a@b.co", password: "aaaaaaaaaaa", displayName: "A" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("Use at least 12 characters.");
  });
});

describe("profile schema", () => {
  const base = {
    version: 1,
    displayName: "A",
    targetRole: null,
    targetLevel: null,
    region: null,
    yearsExperience: null,
    nextInterviewOn: null,
    timeZone: "UTC",
  };
  it("accepts leap days that exist and refuses those that do not", () => {
    expect(profileUpdateSchema.safeParse({ ...base, nextInterviewOn: "2028-02-29" }).success).toBe(true);
    expect(profileUpdateSchema.safeParse({ ...base, nextInterviewOn: "2027-02-29" }).success).toBe(false);
  });
  it("bounds years of experience to 0-60 whole years", () => {
    expect(profileUpdateSchema.safeParse({ ...base, yearsExperience: 0 }).success).toBe(true);
    expect(profileUpdateSchema.safeParse({ ...base, yearsExperience: 60 }).success).toBe(true);
    expect(profileUpdateSchema.safeParse({ ...base, yearsExperience: 61 }).success).toBe(false);
    expect(profileUpdateSchema.safeParse({ ...base, yearsExperience: 2.5 }).success).toBe(false);
  });
});
