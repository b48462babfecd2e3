import { describe, expect, it } from "vitest";
import { difficultyLabel } from "@/lib/questions/taxonomy";

describe("difficultyLabel", () => {
  it("gives one label for a question's or a mock's difficulty, API or database spelling", () => {
    expect(["easy", "medium", "hard", "expert"].map(difficultyLabel)).toEqual(["Easy", "Medium", "Hard", "Expert"]);
    expect(["EASY", "HARD", "EXPERT"].map(difficultyLabel)).toEqual(["Easy", "Hard", "Expert"]);
    expect(difficultyLabel("mixed")).toBe("Mixed");
    expect(difficultyLabel("unknown")).toBe("unknown");
  });
});
