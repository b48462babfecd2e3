import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./plan-support";
import { learningEntrySchema, milestoneCreateSchema, planCreateSchema } from "@/lib/plan/schema";

const plan = {
  trackId: "individual-contributor",
  stageId: "engineer-2-to-senior",
  startsOn: "2026-11-30",
  year1Role: "AI Engineer II",
  year1Goals: "",
  years2to3Role: "Senior AI Engineer",
  years2to3Goals: "",
  years4to5Role: "Staff AI Engineer",
  years4to5Goals: "",
};

describe("plan schemas", () => {
  it("accepts a stage of the chosen track and rejects unknown tracks or stages", () => {
    expect(planCreateSchema.safeParse(plan).success).toBe(true);
    expect(fieldErrorsOf(planCreateSchema, { ...plan, trackId: "astronaut" })).toEqual({
      trackId: "Choose one of the listed tracks.",
    });
    expect(fieldErrorsOf(planCreateSchema, { ...plan, stageId: "wizard" })).toEqual({
      stageId: "Choose one of the listed stages.",
    });
    expect(fieldErrorsOf(planCreateSchema, { ...plan, trackId: "management" })).toEqual({
      stageId: "Choose a stage of the chosen track.",
    });
  });

  it("rejects progress outside 0-100 and impossible dates", () => {
    const ok = { title: "Ship a model", targetDate: "2027-03-31" };
    expect(milestoneCreateSchema.parse(ok)).toEqual({
      ...ok,
      description: "",
      status: "NOT_STARTED",
      progress: 0,
      skills: [],
      evidence: [],
    });
    expect(fieldErrorsOf(milestoneCreateSchema, { ...ok, progress: 101 })).toEqual({
      progress: "Progress cannot be above 100.",
    });
    expect(fieldErrorsOf(milestoneCreateSchema, { ...ok, progress: -1 })).toEqual({
      progress: "Progress cannot be below 0.",
    });
    expect(fieldErrorsOf(milestoneCreateSchema, { ...ok, progress: 50.5 })).toEqual({
      progress: "Progress is a whole number from 0 to 100.",
    });
    expect(fieldErrorsOf(milestoneCreateSchema, { ...ok, targetDate: "2027-02-30" })).toEqual({
      targetDate: "Enter a real date like 2027-06-30.",
    });
    expect(
      fieldErrorsOf(milestoneCreateSchema, { ...ok, evidence: [{ label: "x", url: "javascript:alert(1)" }] }),
    ).toEqual({
      "evidence.0.url": "Use a PrepLoop path like /mocks/… or a web address starting with https://.",
    });
  });

  it("rejects negative, zero, absurd and non-quarter hours", () => {
    const ok = { date: "2026-11-30", category: "TECHNICAL", hours: 1.5 };
    expect(learningEntrySchema.parse(ok)).toEqual({ ...ok, note: "" });
    expect(fieldErrorsOf(learningEntrySchema, { ...ok, hours: -2 })).toEqual({
      hours: "Enter more than 0 hours.",
    });
    expect(fieldErrorsOf(learningEntrySchema, { ...ok, hours: 0 })).toEqual({
      hours: "Enter more than 0 hours.",
    });
    expect(fieldErrorsOf(learningEntrySchema, { ...ok, hours: 25 })).toEqual({
      hours: "A day has at most 24 hours.",
    });
    expect(fieldErrorsOf(learningEntrySchema, { ...ok, hours: 0.1 })).toEqual({
      hours: "Use quarter hours, e.g. 0.25, 1.5 or 2.75.",
    });
    expect(fieldErrorsOf(learningEntrySchema, { ...ok, category: "COOKING" })).toEqual({
      category: "Choose technical skills, soft skills or industry knowledge.",
    });
  });
});
