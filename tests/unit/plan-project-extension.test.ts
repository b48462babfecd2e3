import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_EXTENSION } from "@/lib/plan/data/project-extension";
import { componentDueOffset, componentHours, componentMilestone, orderedCriteria } from "@/lib/plan/project-extension";
import { adoptComponentsSchema, projectCriteriaSchema } from "@/lib/plan/project-extension-schema";

// The guide's section, copied verbatim beside the content.
const seed = readFileSync(path.resolve(import.meta.dirname, "../../lib/plan/data/seed-project-extension.md"), "utf8");
/** The "- item" lines under a bold heading, up to the next bold heading. */
function listUnder(heading: string): string[] {
  const start = seed.indexOf(heading);
  expect(start).toBeGreaterThan(-1);
  const rest = seed.slice(start + heading.length);
  const end = rest.search(/\n\*\*/);
  return (end === -1 ? rest : rest.slice(0, end))
    .split("\n")
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2).trim());
}

describe("the Full Project Extension's content is the guide's, word for word", () => {
  it("title, objective and timeline", () => {
    expect(seed).toContain(`**Project: ${PROJECT_EXTENSION.title}**`);
    expect(seed).toContain(`**Objective:** ${PROJECT_EXTENSION.objective}`);
    expect(seed).toContain(`**Extended Timeline:** ${PROJECT_EXTENSION.timeline}`);
  });

  it("six components in the guide's order, each with its four points", () => {
    expect(PROJECT_EXTENSION.components).toHaveLength(6);
    PROJECT_EXTENSION.components.forEach((c, i) => {
      expect(listUnder(`**${i + 1}. ${c.title}**`)).toEqual(c.bullets);
    });
  });

  it("the deliverables and the assessment criteria", () => {
    expect(listUnder("**Portfolio Deliverables:**")).toEqual(PROJECT_EXTENSION.deliverables);
    expect(listUnder("**Assessment Criteria:**")).toEqual(PROJECT_EXTENSION.criteria.map((c) => c.text));
  });
});

describe("components as milestones", () => {
  it("are due over 5 weeks from adoption: days 6, 12, 18, 23, 29, 35", () => {
    expect([0, 1, 2, 3, 4, 5].map(componentDueOffset)).toEqual([6, 12, 18, 23, 29, 35]);
    expect(componentHours()).toEqual({ min: 8, max: 13 });
  });

  it("a component becomes a milestone with its points and its place in the sequence", () => {
    expect(componentMilestone("skills-assessment", "2026-12-06")).toEqual({
      templateKey: "project-extension/skills-assessment",
      title: "Project 1/6: Comprehensive Skills Assessment",
      description:
        "Full Project Extension (AI Career Development Portfolio), component 1 of 6. About 8-13 hours.\n" +
        "- Complete technical skills evaluation across all AI/ML domains\n" +
        "- Identify strengths, weaknesses, and development priorities\n" +
        "- Create personalized learning path with timeline and milestones\n" +
        "- Establish baseline performance metrics for tracking progress",
      targetDate: "2026-12-12",
      skills: [],
    });
    expect(componentMilestone("career-progression", "2026-12-06").targetDate).toBe("2027-01-10");
  });
});

describe("request schemas", () => {
  it("adopting: at least one known component, each once", () => {
    expect(adoptComponentsSchema.safeParse({ components: ["mock-program"] }).success).toBe(true);
    expect(adoptComponentsSchema.safeParse({ components: [] }).error!.issues[0]!.message).toBe("Choose at least one component to adopt.");
    expect(adoptComponentsSchema.safeParse({ components: ["mock-program", "mock-program"] }).error!.issues[0]!.message).toBe("List each component once.");
    expect(adoptComponentsSchema.safeParse({ components: ["gym"] }).success).toBe(false);
  });

  it("the criteria checklist: known keys once, with the version seen; stored in the guide's order", () => {
    expect(projectCriteriaSchema.safeParse({ checked: [], version: 0 }).success).toBe(true);
    expect(projectCriteriaSchema.safeParse({ checked: ["self-awareness"], version: -1 }).success).toBe(false);
    expect(projectCriteriaSchema.safeParse({ checked: ["nope"], version: 1 }).success).toBe(false);
    expect(orderedCriteria(["industry-trends", "self-awareness", "junk"])).toEqual(["self-awareness", "industry-trends"]);
  });
});

describe("the criteria version fits the database column", () => {
  it("a version beyond 32 bits is refused (the contract fuzzer found a 500)", () => {
    expect(projectCriteriaSchema.safeParse({ checked: [], version: 2_147_483_647 }).success).toBe(true);
    expect(projectCriteriaSchema.safeParse({ checked: [], version: 2_418_609_835_999_232 }).success).toBe(false);
  });
});
