import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./plan-support";
import { personalQuestionFormSchema, splitLines, splitTags } from "@/lib/questions/schema";

const values = {
  title: "Feature store freshness",
  prompt: "How do you keep features fresh?",
  type: "technical",
  focusArea: "ml-system-design",
  difficulty: "hard",
  allocatedMinutes: 10,
  expectedMinutes: 5,
  keyPoints: " Freshness vs cost \n\nTraining-serving consistency\n",
  modelAnswer: "",
  discussionPoints: "",
  tags: "Feature-Store, , latency",
  companyType: "general",
};

describe("personal question form", () => {
  it("splits lines and tags, dropping blanks", () => {
    expect(splitLines(" a \n\n b\n")).toEqual(["a", "b"]);
    expect(splitTags("x, ,y ,")).toEqual(["x", "y"]);
  });

  it("turns the typed lists into the API's arrays (tags lower-cased by the shared rule)", () => {
    const parsed = personalQuestionFormSchema.parse(values);
    expect(parsed.keyPoints).toEqual(["Freshness vs cost", "Training-serving consistency"]);
    expect(parsed.discussionPoints).toEqual([]);
    expect(parsed.tags).toEqual(["feature-store", "latency"]);
  });

  it("names the fields the API would refuse", () => {
    expect(fieldErrorsOf(personalQuestionFormSchema, { ...values, tags: "two words" })).toEqual({
      "tags.0": "Tags are words joined by dashes, like feature-store.",
    });
    expect(fieldErrorsOf(personalQuestionFormSchema, { ...values, expectedMinutes: 12 })).toEqual({
      expectedMinutes: "The expected response time cannot exceed the allocated time.",
    });
  });
});
