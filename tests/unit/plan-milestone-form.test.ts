import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./plan-support";
import { firstMessage } from "@/lib/client/api-form-errors";
import { milestoneFormDefaults, movedOrder, shownProgress } from "@/lib/plan/milestone-list";
import { dropBlankEvidence, milestoneFormSchema, splitSkills } from "@/lib/plan/schema";
import type { Milestone } from "@/lib/plan/types";

const milestone: Milestone = {
  id: "m1",
  title: "Lead the migration",
  description: "Feature store",
  targetDate: "2027-03-31",
  status: "IN_PROGRESS",
  progress: 40,
  skills: ["MLOps", "System design"],
  evidence: [{ label: "Design doc", url: "/plan" }],
  position: 0,
  version: 3,
  horizon: "year1",
  overdue: false,
};

describe("milestone form helpers", () => {
  it("splits the skills line on commas and drops blanks", () => {
    expect(splitSkills(" MLOps , ,System design,")).toEqual(["MLOps", "System design"]);
    expect(splitSkills("")).toEqual([]);
  });

  it("drops evidence rows left blank and keeps half-filled ones for the rules to name", () => {
    expect(dropBlankEvidence([{ label: " ", url: "" }, { label: "Doc", url: "" }, { label: "", url: "/x" }])).toEqual([
      { label: "Doc", url: "" },
      { label: "", url: "/x" },
    ]);
  });

  it("starts from the milestone's values (skills as one line) or from blanks", () => {
    expect(milestoneFormDefaults(milestone)).toEqual({
      title: "Lead the migration",
      description: "Feature store",
      targetDate: "2027-03-31",
      status: "IN_PROGRESS",
      progress: 40,
      skills: "MLOps, System design",
      evidence: [{ label: "Design doc", url: "/plan" }],
    });
    expect(milestoneFormDefaults()).toEqual({
      title: "",
      description: "",
      targetDate: "",
      status: "NOT_STARTED",
      progress: 0,
      skills: "",
      evidence: [],
    });
  });

  it("the form schema turns the form's values into the API's body and names bad fields", () => {
    const parsed = milestoneFormSchema.parse({
      ...milestoneFormDefaults(milestone),
      skills: "A, B",
      evidence: [{ label: "", url: "" }, { label: "Doc", url: "https://example.com" }],
    });
    expect(parsed.skills).toEqual(["A", "B"]);
    expect(parsed.evidence).toEqual([{ label: "Doc", url: "https://example.com" }]);
    expect(fieldErrorsOf(milestoneFormSchema, { ...milestoneFormDefaults(), targetDate: "2027-02-30" })).toEqual({
      title: "Enter a title.",
      targetDate: "Enter a real date like 2027-06-30.",
    });
    expect(
      fieldErrorsOf(milestoneFormSchema, { ...milestoneFormDefaults(milestone), evidence: [{ label: "Doc", url: "ftp://x" }] }),
    ).toEqual({ "evidence.0.url": "Use a PrepLoop path like /mocks/… or a web address starting with https://." });
  });

  it("shows done milestones at 100 %", () => {
    expect(shownProgress({ status: "DONE", progress: 20 })).toBe(100);
    expect(shownProgress({ status: "IN_PROGRESS", progress: 20 })).toBe(20);
  });

  it("moves one milestone and keeps the versions seen; refuses moves off the list", () => {
    const list = [
      { id: "a", version: 1 },
      { id: "b", version: 2 },
      { id: "c", version: 5 },
    ];
    expect(movedOrder(list, 2, -1)).toEqual([
      { id: "a", version: 1 },
      { id: "c", version: 5 },
      { id: "b", version: 2 },
    ]);
    expect(movedOrder(list, 0, 1)?.map((m) => m.id)).toEqual(["b", "a", "c"]);
    expect(movedOrder(list, 0, -1)).toBeNull();
    expect(movedOrder(list, 2, 1)).toBeNull();
  });

  it("finds the first message of a field's errors, nested or not", () => {
    expect(firstMessage({ message: "Link at most 10 skills.", type: "too_big" })).toBe("Link at most 10 skills.");
    expect(firstMessage([undefined, { message: "A linked skill cannot be empty.", type: "x" }])).toBe("A linked skill cannot be empty.");
    expect(firstMessage(undefined)).toBeUndefined();
  });
});
