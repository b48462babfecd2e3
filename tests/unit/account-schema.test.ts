import { describe, expect, it } from "vitest";
import { profileUpdateSchema, signUpSchema } from "@/lib/accounts/schema";
import { isListedTimeZone, TIME_ZONES } from "@/lib/calendar/time-zones";

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
  it("accepts only a time zone from the list: exact IANA names and UTC", () => {
    for (const tz of ["UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York"]) {
      expect(profileUpdateSchema.safeParse({ ...base, timeZone: tz }).success).toBe(true);
    }
    // Intl.DateTimeFormat accepts these, so the old check let them through.
    for (const tz of ["europe/berlin", "EST5EDT", " Europe/Berlin"]) {
      const r = profileUpdateSchema.safeParse({ ...base, timeZone: tz });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("Choose a valid time zone, like Europe/Berlin.");
    }
  });
});

describe("time-zone list", () => {
  it("holds every zone Intl lists, plus UTC, sorted and without repeats", () => {
    const intl = Intl.supportedValuesOf("timeZone");
    expect(TIME_ZONES.length).toBe(new Set([...intl, "UTC"]).size);
    expect(intl.every((tz) => isListedTimeZone(tz))).toBe(true);
    expect(isListedTimeZone("UTC")).toBe(true);
    expect([...TIME_ZONES].sort()).toEqual(TIME_ZONES);
    expect(isListedTimeZone("Mars/Base")).toBe(false);
  });
});
