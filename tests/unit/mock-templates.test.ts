import { describe, expect, it } from "vitest";
import { MOCK_TEMPLATES, getTemplate, templateSchema, templateTotals } from "@/lib/mocks/templates";

describe("mock templates", () => {
  it("the full simulation is 180 minutes of questions plus 30 of breaks: 24 questions, 3 h 30 min", () => {
    expect(templateTotals(getTemplate("full")!)).toEqual({
      questionMinutes: 180,
      breakMinutes: 30,
      totalMinutes: 210,
      questions: 24,
    });
  });

  it("follows the guide's session and block layout", () => {
    const full = getTemplate("full")!;
    const layout = full.segments.map((s) =>
      s.kind === "break" ? `break ${s.minutes}` : `${s.minutes}: ${s.blocks.map((b) => `${b.questionCount}q/${b.minutes}`).join(" ")}`,
    );
    expect(layout).toEqual([
      "45: 5q/15 5q/15 5q/15",
      "break 10",
      "60: 1q/30 1q/30",
      "break 10",
      "45: 1q/20 1q/25",
      "break 10",
      "30: 3q/10 2q/20",
    ]);
  });

  it("has the shorter presets", () => {
    const totals = Object.fromEntries(MOCK_TEMPLATES.map((t) => [t.id, templateTotals(t).totalMinutes]));
    expect(totals).toEqual({ full: 210, "technical-45": 45, "system-design-60": 60, "coding-45": 45, "behavioural-30": 30 });
  });

  it("rejects a template whose blocks do not add up to the session", () => {
    const bad = structuredClone(getTemplate("behavioural-30")!);
    (bad.segments[0] as { minutes: number }).minutes = 35;
    const r = templateSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe("Behavioural & case studies: blocks add up to 30 minutes, not 35");
  });

  it("returns null for an unknown template", () => {
    expect(getTemplate("nope")).toBeNull();
  });
});
