import { describe, expect, it } from "vitest";
import { type NextArea, RECENT_DAYS, pickNext } from "@/lib/progress/next";

const TODAY = "2026-12-06";
const q = (id: string, lastAttemptedAt: string | null) => ({ id, title: `Question ${id}`, difficulty: "medium", lastAttemptedAt });
const area = (focusArea: string, mean: number | null, ...questions: ReturnType<typeof q>[]): NextArea => ({ focusArea, label: focusArea, mean, questions });

describe("practise next", () => {
  it("day one: the first never-attempted question of the first area, as not started", () => {
    const pick = pickNext([area("ml-algorithms", null, q("a1", null), q("a2", null)), area("deep-learning", null, q("d1", null))], TODAY);
    expect([pick?.area.focusArea, pick?.question.id, pick?.reason]).toEqual(["ml-algorithms", "a1", "not-started"]);
  });

  it("skips questions attempted in the last 7 days (today and 6 days ago), takes one from 7 days ago", () => {
    expect(RECENT_DAYS).toBe(7);
    const pick = pickNext(
      [area("deep-learning", 4.5, q("d1", "2026-12-06"), q("d2", "2026-11-30")), area("ml-algorithms", 6, q("a1", "2026-11-29"))],
      TODAY,
    );
    expect([pick?.area.focusArea, pick?.question.id, pick?.reason]).toEqual(["ml-algorithms", "a1", "weakest"]);
    const sevenDays = pickNext([area("deep-learning", 4.5, q("d1", "2026-12-05"), q("d2", "2026-11-29"))], TODAY);
    expect(sevenDays?.question.id).toBe("d2");
  });

  it("when every candidate is recent, the least recently attempted one (ties keep the weakest area)", () => {
    const pick = pickNext(
      [area("deep-learning", 4.5, q("d1", "2026-12-04"), q("d2", "2026-12-05")), area("ml-algorithms", 6, q("a1", "2026-12-04"), q("a2", "2026-12-03"))],
      TODAY,
    );
    expect([pick?.area.focusArea, pick?.question.id]).toEqual(["ml-algorithms", "a2"]);
    const tie = pickNext([area("deep-learning", 4.5, q("d1", "2026-12-04")), area("ml-algorithms", 6, q("a1", "2026-12-04"))], TODAY);
    expect(tie?.question.id).toBe("d1");
  });

  it("null without candidates", () => {
    expect(pickNext([], TODAY)).toBeNull();
    expect(pickNext([area("ml-algorithms", null)], TODAY)).toBeNull();
  });
});
