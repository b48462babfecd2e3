import { describe, expect, it } from "vitest";
import { CompanyType, Difficulty, QuestionSource, QuestionType } from "@/lib/generated/prisma/enums";
import { questionFields } from "@/lib/questions/shape";
import { COMPANY_TYPES, DIFFICULTIES, QUESTION_TYPES, SOURCES } from "@/lib/questions/taxonomy";

const row = {
  id: "q1",
  slug: null,
  title: "Design a feature store",
  type: "SYSTEM_DESIGN",
  focusArea: "ml-system-design",
  difficulty: "EXPERT",
  allocatedMinutes: 30,
  expectedMinutes: 20,
  tags: ["feature-store", "serving"],
  companyType: "RESEARCH_LAB",
  source: "PERSONAL",
};

describe("questionFields: the one shape of a question's public fields (list and detail)", () => {
  it("maps the database enum values to the API's and copies the rest", () => {
    expect(questionFields(row)).toEqual({
      id: "q1",
      slug: null,
      title: "Design a feature store",
      type: "system-design",
      focusArea: "ml-system-design",
      difficulty: "expert",
      allocatedMinutes: 30,
      expectedMinutes: 20,
      tags: ["feature-store", "serving"],
      companyType: "research-lab",
      source: "personal",
    });
  });

  it("keeps only the public fields (a row's extra columns stay out of the answer)", () => {
    const withExtras = { ...row, ownerId: "u1", modelAnswer: "secret", rank: 1.5 };
    expect(Object.keys(questionFields(withExtras)).sort()).toEqual(Object.keys(row).sort());
  });

  it("refuses a database value it does not know", () => {
    expect(() => questionFields({ ...row, difficulty: "TRIVIAL" })).toThrow("Unknown database value TRIVIAL");
  });
});

describe("the vocabularies list the database enums in their order", () => {
  // The list's difficulty sort and its cursors rank a difficulty by its place in DIFFICULTIES,
  // which must be its place in the enum (what array_position(enum_range(...)) gave before).
  it("difficulty: easy, medium, hard, expert", () => {
    expect(DIFFICULTIES.map((d) => d.db)).toEqual(Object.values(Difficulty));
  });

  it("every enum value has a vocabulary entry", () => {
    expect(QUESTION_TYPES.map((d) => d.db).sort()).toEqual(Object.values(QuestionType).sort());
    expect(COMPANY_TYPES.map((d) => d.db).sort()).toEqual(Object.values(CompanyType).sort());
    expect(SOURCES.map((d) => d.db).sort()).toEqual(Object.values(QuestionSource).sort());
  });
});
