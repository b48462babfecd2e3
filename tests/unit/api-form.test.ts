import { describe, expect, it } from "vitest";
import { type z } from "zod";
import { profileUpdateSchema, signUpSchema } from "@/lib/accounts/schema";
import { endedOthers, noticeText, signInWithNotice } from "@/lib/accounts/notices";
import { CHECK_ENTRIES_MESSAGE, mapApiError } from "@/lib/client/api-form-errors";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";
import { learningEntrySchema } from "@/lib/plan/schema";

describe("mapApiError: the API's error.fields onto a form", () => {
  it("puts each known field's message at the field and asks to correct them at the top", () => {
    const mapped = mapApiError(
      { message: FIX_FIELDS_MESSAGE, fields: { hours: "A day has at most 24 hours.", date: "Log time from 2021-12-06 onwards." } },
      ["date", "category", "hours", "note"],
    );
    expect(mapped).toEqual({
      fields: [
        ["hours", "A day has at most 24 hours."],
        ["date", "Log time from 2021-12-06 onwards."],
      ],
      message: "Please correct the highlighted fields.",
    });
  });

  it("maps a nested key to the form field it sits under (first message per field, longest name wins)", () => {
    const mapped = mapApiError(
      {
        message: FIX_FIELDS_MESSAGE,
        fields: {
          "criteria.0.weight": "Use a whole number.",
          "criteria.1.weight": "Use at most 100.",
          "criteria.total": "Weights must total 100.",
        },
      },
      ["criteria", "criteria.total"],
    );
    expect(mapped.fields).toEqual([
      ["criteria", "Use a whole number."],
      ["criteria.total", "Weights must total 100."],
    ]);
  });

  it("keeps messages for fields the form does not show in the top message", () => {
    expect(
      mapApiError({ message: FIX_FIELDS_MESSAGE, fields: { email: "Taken.", _: "Remove the extra key." } }, ["email"]),
    ).toEqual({ fields: [["email", "Taken."]], message: "Please correct the highlighted fields. Remove the extra key." });
    expect(mapApiError({ message: FIX_FIELDS_MESSAGE, fields: { _: "Remove the extra key.", x: "Remove the extra key." } }, ["email"])).toEqual({
      fields: [],
      message: "Remove the extra key.",
    });
  });

  it("never asks to correct highlighted fields when none is highlighted", () => {
    expect(mapApiError({ message: FIX_FIELDS_MESSAGE, fields: {} }, ["email"])).toEqual({ fields: [], message: CHECK_ENTRIES_MESSAGE });
  });

  it("shows the API's own sentence when it names no field", () => {
    expect(mapApiError({ message: "Too many sign-ups from your network. Try again in 1 hour.", fields: {} }, ["email"])).toEqual({
      fields: [],
      message: "Too many sign-ups from your network. Try again in 1 hour.",
    });
  });
});

/** First message per field, as the server's fieldErrors() answers. */
function messages(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.join(".") || "_"] ??= issue.message;
  return out;
}

describe("the shared schemas speak plain sentences on the converted forms", () => {
  it("sign-up, blank and wrong", () => {
    expect(messages(signUpSchema, { displayName: "", email: "", password: "" })).toEqual({
      displayName: "Enter your name.",
      email: "Enter a valid email address, like name@example.com.",
      password: "Use at least 12 characters.",
    });
    expect(messages(signUpSchema, {})).toEqual({
      displayName: "Enter your name.",
      email: "Enter your email address.",
      password: "Enter a password.",
    });
  });

  it("learning log, blank and out of range", () => {
    expect(messages(learningEntrySchema, { date: "", category: "", hours: undefined, note: "" })).toEqual({
      date: "Enter a real date like 2027-06-30.",
      category: "Choose technical skills, soft skills or industry knowledge.",
      hours: "Enter the hours as a number, e.g. 1.5.",
    });
    expect(messages(learningEntrySchema, { date: "2026-12-06", category: "TECHNICAL", hours: Number.NaN })).toEqual({
      hours: "Enter the hours as a number, e.g. 1.5.",
    });
    expect(messages(learningEntrySchema, { date: "2026-12-06", category: "TECHNICAL", hours: 1.1 })).toEqual({
      hours: "Use quarter hours, e.g. 0.25, 1.5 or 2.75.",
    });
  });

  it("profile, as the form sends it", () => {
    expect(
      messages(profileUpdateSchema, {
        version: 1,
        displayName: " ",
        targetRole: "x".repeat(101),
        targetLevel: null,
        region: null,
        yearsExperience: 2.5,
        nextInterviewOn: null,
        timeZone: "Mars/Base",
      }),
    ).toEqual({
      displayName: "Enter your name.",
      targetRole: "Use at most 100 characters.",
      yearsExperience: "Enter whole years.",
      timeZone: "Choose a valid time zone, like Europe/Berlin.",
    });
  });
});

describe("account action notices", () => {
  it("names what happened, and nothing for an unknown notice", () => {
    expect(signInWithNotice("deleted")).toBe("/sign-in?notice=deleted");
    expect(noticeText("deleted")).toBe("Your account was deleted. Everything in it is gone; thank you for trying PrepLoop.");
    expect(noticeText("signed-out-everywhere")).toBe("You were signed out on every device. Sign in again to continue here.");
    expect(noticeText("toString")).toBeNull();
    expect(noticeText(["deleted"])).toBeNull();
    expect(noticeText(undefined)).toBeNull();
  });

  it("counts the other devices signed out", () => {
    expect(endedOthers(0)).toBe("No other device was signed in.");
    expect(endedOthers(1)).toBe("Signed out 1 other device.");
    expect(endedOthers(3)).toBe("Signed out 3 other devices.");
  });
});
