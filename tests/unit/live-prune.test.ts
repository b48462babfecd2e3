// The live event log's pruning rules (lib/live/prune-rules.ts): what is kept for the report,
// the cutoff, and how often one instance tries.
import { describe, expect, it } from "vitest";
import { NOISE_KINDS, PRUNE_AFTER_DAYS, PRUNE_EVERY_MS, pruneCutoff, SCHEDULE_KINDS, shouldTryPrune, TIMELINE_KINDS } from "@/lib/live/prune-rules";

describe("live event pruning rules", () => {
  it("never prunes what the report, the schedule history or the .ics read", () => {
    expect([...NOISE_KINDS]).toEqual(["join", "leave", "answer", "assessed", "revoked"]);
    for (const k of [...TIMELINE_KINDS, ...SCHEDULE_KINDS]) expect(NOISE_KINDS as readonly string[]).not.toContain(k);
    expect(TIMELINE_KINDS).toContain("page");
    expect(SCHEDULE_KINDS).toContain("cancelled");
  });
  it("cuts off 7 days back", () => {
    expect(PRUNE_AFTER_DAYS).toBe(7);
    expect(pruneCutoff(new Date("2026-12-08T10:00:00.000Z")).toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(pruneCutoff(new Date("2026-12-08T10:00:00.000Z"), 1).toISOString()).toBe("2026-12-07T10:00:00.000Z");
  });
  it("tries at most once an hour per instance", () => {
    expect(PRUNE_EVERY_MS).toBe(3_600_000);
    expect(shouldTryPrune(null, 0)).toBe(true);
    expect(shouldTryPrune(1_000, 1_000 + 3_599_999)).toBe(false);
    expect(shouldTryPrune(1_000, 1_000 + 3_600_000)).toBe(true);
    expect(shouldTryPrune(1_000, 1_000)).toBe(false);
  });
});
