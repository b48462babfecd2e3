import { describe, expect, it } from "vitest";
import { COMPETENCIES, COMPETENCY_KEYS } from "@/lib/stories/competencies";
import { coverageGrid } from "@/lib/stories/coverage";
import { insertOutline, starOutline } from "@/lib/stories/outline";
import { hasNumber, splitTags, storySchema, storyUpdateSchema } from "@/lib/stories/schema";

const story = {
  title: "Credit model drift",
  situation: "  Our credit model fell from 92% to 87%.  ",
  task: "Find the cause and restore confidence.",
  action: "Traced missing values to a pipeline change.",
  result: "Back to 93% within 24 hours.",
};

describe("coverage grid", () => {
  it("has one column per competency, in the list's order, with exact cells, counts and gaps", () => {
    const grid = coverageGrid([
      { id: "a", title: "Drift", competencies: ["failure", "pressure"] },
      { id: "b", title: "Pipeline fight", competencies: ["conflict", "stakeholders", "failure"] },
    ]);
    expect(grid.columns.map((c) => c.key)).toEqual(COMPETENCY_KEYS);
    expect(grid.rows).toEqual([
      { id: "a", title: "Drift", cells: [true, false, false, false, false, false, false, true, false, false] },
      { id: "b", title: "Pipeline fight", cells: [true, true, false, false, false, false, true, false, false, false] },
    ]);
    expect(grid.columns.map((c) => c.count)).toEqual([2, 1, 0, 0, 0, 0, 1, 1, 0, 0]);
    expect(grid.gaps).toEqual(["ethics", "mentoring", "leadership", "influence", "ambiguity", "customer"]);
    expect(grid.gapSentence).toBe("No story yet for: ethics, mentoring, leadership, influence, ambiguity, customer focus.");
    expect(grid.target).toEqual({ count: 2, status: "below", sentence: "2 stories of the 8-12 to prepare: 6 stories to go." });
  });

  it("says nothing is missing when every competency has a story, and counts against 8-12", () => {
    const all = [{ id: "x", title: "Everything", competencies: [...COMPETENCY_KEYS] }];
    const grid = coverageGrid(all);
    expect(grid.gaps).toEqual([]);
    expect(grid.gapSentence).toBeNull();
    expect(grid.target.sentence).toBe("1 story of the 8-12 to prepare: 7 stories to go.");
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, title: `S${i}`, competencies: ["failure"] }));
    expect(coverageGrid(many(8)).target).toEqual({ count: 8, status: "within", sentence: "8 stories: within the 8-12 to prepare." });
    expect(coverageGrid(many(12)).target.status).toBe("within");
    expect(coverageGrid(many(13)).target).toEqual({
      count: 13,
      status: "above",
      sentence: "13 stories: more than the 8-12 you can keep fresh; merge or retire some.",
    });
  });

  it("with no stories, every competency is a gap", () => {
    const grid = coverageGrid([]);
    expect(grid.rows).toEqual([]);
    expect(grid.gaps).toHaveLength(COMPETENCIES.length);
    expect(grid.gapSentence).toBe(
      "No story yet for: failure and recovery, conflict, ethics, mentoring, leadership, influence, stakeholder management, delivery under pressure, ambiguity, customer focus.",
    );
    expect(grid.target.sentence).toBe("0 stories of the 8-12 to prepare: 8 stories to go.");
  });

  it("ignores keys that are not competencies", () => {
    const grid = coverageGrid([{ id: "a", title: "Old", competencies: ["retired-theme"] }]);
    expect(grid.rows[0]!.cells.every((c) => !c)).toBe(true);
  });
});

describe("STAR outline", () => {
  it("is the story's four parts, trimmed", () => {
    expect(starOutline(story)).toEqual({
      situation: "Our credit model fell from 92% to 87%.",
      task: "Find the cause and restore confidence.",
      action: "Traced missing values to a pipeline change.",
      result: "Back to 93% within 24 hours.",
    });
  });

  it("fills empty fields and appends after a blank line to written ones, losing nothing", () => {
    const out = insertOutline({ situation: "", task: "My own framing.\n\n", action: "   ", result: "Already: 2 teams" }, story);
    expect(out).toEqual({
      situation: "Our credit model fell from 92% to 87%.",
      task: "My own framing.\n\nFind the cause and restore confidence.",
      action: "Traced missing values to a pipeline change.",
      result: "Already: 2 teams\n\nBack to 93% within 24 hours.",
    });
  });
});

describe("story schema", () => {
  const valid = { ...story, competencies: ["pressure", "failure"], suitsFor: "Fintech,  Staff ML engineer , fintech" };

  it("accepts a story, orders competencies as the list and splits the tags", () => {
    const r = storySchema.parse(valid);
    expect(r.competencies).toEqual(["failure", "pressure"]);
    expect(r.suitsFor).toEqual(["Fintech", "Staff ML engineer"]);
    expect(r.situation).toBe("Our credit model fell from 92% to 87%.");
    expect(storySchema.parse({ ...valid, suitsFor: undefined }).suitsFor).toEqual([]);
    expect(storySchema.parse({ ...valid, suitsFor: ["A", " a ", "B"] }).suitsFor).toEqual(["A", "B"]);
  });

  it("requires a number in the result", () => {
    expect(hasNumber("cut it by forty percent")).toBe(false);
    expect(hasNumber("cut it by 40%")).toBe(true);
    const r = storySchema.safeParse({ ...valid, result: "Everyone was happy." });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["result", 'State the result with a number (e.g. "cut review time by 40%").'],
    ]);
  });

  it("refuses blank parts, no competency, unknown competencies, too many tags and unknown fields", () => {
    const fail = (v: unknown) => storySchema.safeParse(v).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(fail({ ...valid, action: "   " })).toEqual(["action"]);
    expect(fail({ ...valid, competencies: [] })).toEqual(["competencies"]);
    expect(fail({ ...valid, competencies: ["charisma"] })).toEqual(["competencies.0"]);
    expect(fail({ ...valid, suitsFor: Array.from({ length: 13 }, (_, i) => `t${i}`).join(",") })).toEqual(["suitsFor"]);
    expect(fail({ ...valid, suitsFor: "x".repeat(61) })).toEqual(["suitsFor.0"]);
    expect(fail({ ...valid, title: "t".repeat(121) })).toEqual(["title"]);
    expect(fail({ ...valid, extra: 1 })).toEqual([""]);
  });

  it("an edit needs a positive whole version", () => {
    expect(storyUpdateSchema.safeParse({ ...valid, version: 2 }).success).toBe(true);
    expect(storyUpdateSchema.safeParse(valid).success).toBe(false);
    expect(storyUpdateSchema.safeParse({ ...valid, version: 0 }).success).toBe(false);
    expect(storyUpdateSchema.safeParse({ ...valid, version: 1.5 }).success).toBe(false);
  });

  it("splitTags trims, collapses spaces and drops empty and repeated tags", () => {
    expect(splitTags(" Big  tech ,, big tech, Meta ")).toEqual(["Big tech", "Meta"]);
    expect(splitTags([])).toEqual([]);
  });
});
