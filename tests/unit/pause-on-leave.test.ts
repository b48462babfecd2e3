import { describe, expect, it } from "vitest";
import { RECHECK_MS, shouldResumeLeft } from "@/lib/client/use-pause-on-leave";

describe("pause on leave", () => {
  it("resumes only a clock paused because a page was left, and only while visible", () => {
    expect(shouldResumeLeft({ running: false, pausedBy: "left" }, "visible")).toBe(true);
    expect(shouldResumeLeft({ running: false, pausedBy: "left" }, "hidden")).toBe(false);
    expect(shouldResumeLeft({ running: false, pausedBy: "user" }, "visible")).toBe(false);
    expect(shouldResumeLeft({ running: true, pausedBy: null }, "visible")).toBe(false);
    expect(shouldResumeLeft({ running: false, pausedBy: null }, "visible")).toBe(false);
  });

  it("looks again 3 seconds after opening", () => {
    expect(RECHECK_MS).toBe(3_000);
  });
});
