import { describe, expect, it } from "vitest";
import { formatOfAnswer } from "@/lib/practice/answer";

describe("formatOfAnswer", () => {
  it("names the one format an answer's shape belongs to", () => {
    expect(formatOfAnswer({ text: "" })).toBe("MARKDOWN");
    expect(formatOfAnswer({ code: "def f(): pass" })).toBe("CODE");
    expect(formatOfAnswer({ situation: "s", task: "t", action: "a", result: "r" })).toBe("STAR");
  });

  it("is null for a shape no format has (missing, extra or mistyped fields)", () => {
    expect(formatOfAnswer({ situation: "s", task: "t", action: "a" })).toBeNull();
    expect(formatOfAnswer({ text: "x", code: "y" })).toBeNull();
    expect(formatOfAnswer({ text: 3 })).toBeNull();
    expect(formatOfAnswer(null)).toBeNull();
    expect(formatOfAnswer("text")).toBeNull();
  });
});
