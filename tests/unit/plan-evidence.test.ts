import { describe, expect, it } from "vitest";
import { EVIDENCE_LABEL_MAX, evidenceOptions } from "@/lib/plan/evidence-options";
import { milestoneCreateSchema } from "@/lib/plan/schema";

const summaryPages = {
  label: "Your preparation",
  options: [
    { label: "Progress dashboard", url: "/dashboard" },
    { label: "Self-assessment history", url: "/assessment" },
    { label: "Career portfolio", url: "/plan/portfolio" },
  ],
};

describe("milestone evidence suggestions", () => {
  it("offers only the summary pages to a user with no mocks or offers", () => {
    expect(evidenceOptions({ mocks: [], offers: [] }, "UTC")).toEqual([summaryPages]);
  });

  it("links finished mocks with their local finishing date and score, and offers by company and role", () => {
    const groups = evidenceOptions(
      {
        mocks: [
          { id: "m1", title: "Full mock interview", finishedAt: "2026-11-20T23:30:00.000Z", overall: 6.45 },
          { id: "m2", title: "ML fundamentals drill", finishedAt: "2026-11-20T23:30:00.000Z", overall: null },
        ],
        offers: [{ id: "o1", company: "Acme AI", role: "Senior ML Engineer" }],
      },
      "Asia/Singapore",
    );
    expect(groups).toEqual([
      {
        label: "Mock interview reports",
        options: [
          { label: "Full mock interview, 2026-11-21 (6.5/10)", url: "/mocks/m1/report" },
          { label: "ML fundamentals drill, 2026-11-21", url: "/mocks/m2/report" },
        ],
      },
      { label: "Offers", options: [{ label: "Offer: Acme AI, Senior ML Engineer", url: "/offers/o1" }] },
      summaryPages,
    ]);
  });

  it("clips long labels to the schema's limit so a picked link always saves", () => {
    const groups = evidenceOptions(
      { mocks: [], offers: [{ id: "o2", company: "A".repeat(60), role: "B".repeat(60) }] },
      "UTC",
    );
    const label = groups[0]!.options[0]!.label;
    expect(label).toHaveLength(EVIDENCE_LABEL_MAX);
    expect(label.endsWith("…")).toBe(true);
    const evidence = groups.flatMap((g) => g.options);
    const parsed = milestoneCreateSchema.safeParse({
      title: "Senior offer",
      targetDate: "2027-06-01",
      evidence,
    });
    expect(parsed.success).toBe(true);
  });
});
