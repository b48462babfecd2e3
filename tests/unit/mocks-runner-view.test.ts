import { describe, expect, it } from "vitest";
import { blockRunningLow, elapsedSince, focusTargetOf, mockTimers, stageExpired } from "@/lib/mocks/runner-view";
import type { MockState, StageView } from "@/lib/mocks/mocks";

const clock = (over: Partial<MockState["clock"]> = {}) =>
  ({
    finished: false,
    running: true,
    stage: 0,
    stageAllocatedMs: 600_000,
    stageRemainingMs: 90_000,
    sessionAllocatedMs: 1_800_000,
    sessionRemainingMs: 1_290_000,
    questionElapsedMs: 65_000,
    questionShareMs: 300_000,
    totalMs: 3_600_000,
    passedMs: 510_000,
    pausedBy: null,
    serverNow: "2026-12-06T08:00:00.000Z",
    ...over,
  }) as MockState["clock"];

const block: StageView = { kind: "block", index: 0, label: "Block 1", sessionIndex: 0, sessionTitle: "Technical", focusArea: "ml-algorithms", firstSlot: 0, count: 2, allocatedMs: 600_000, usedMs: 0 };
const pause: StageView = { kind: "break", index: 1, allocatedMs: 300_000, usedMs: 0 };

describe("mock runner view", () => {
  it("runs the clocks only while the server's clock runs", () => {
    expect(elapsedSince({ clock: clock() }, 10_500, 10_000)).toBe(500);
    expect(elapsedSince({ clock: clock() }, 9_000, 10_000)).toBe(0);
    expect(elapsedSince({ clock: clock({ running: false }) }, 20_000, 10_000)).toBe(0);
  });

  it("expires the stage when its remaining time is used up on the page", () => {
    expect(stageExpired({ status: "in-progress", clock: clock() }, 89_999)).toBe(false);
    expect(stageExpired({ status: "in-progress", clock: clock() }, 90_000)).toBe(true);
    expect(stageExpired({ status: "in-progress", clock: clock({ running: false }) }, 90_000)).toBe(false);
    expect(stageExpired({ status: "finished", clock: clock() }, 90_000)).toBe(false);
  });

  it("warns in the block's last minute unless that is most of a short block", () => {
    expect(blockRunningLow(60_000, 600_000)).toBe(true);
    expect(blockRunningLow(60_001, 600_000)).toBe(false);
    expect(blockRunningLow(30_000, 120_000)).toBe(false);
    expect(blockRunningLow(23_999, 120_000)).toBe(true);
  });

  it("shows session, block and question clocks in a block, one clock in a break", () => {
    expect(mockTimers({ clock: clock() }, block, 31_000)).toEqual([
      { label: "Session", value: "20:59", detail: "left of 30:00", low: false },
      { label: "Block", value: "0:59", detail: "left of 10:00", low: true },
      { label: "Question", value: "1:36", detail: "spent of a 5:00 share", low: false },
    ]);
    expect(mockTimers({ clock: clock({ stageRemainingMs: 1_000 }) }, pause, 5_000)).toEqual([
      { label: "Break", value: "0:00", detail: "of 5:00", low: false },
    ]);
  });

  it("sends focus to the break's heading or the current question's", () => {
    const base = { status: "in-progress" as const, stages: [block, pause] };
    expect(focusTargetOf({ ...base, position: { stage: 0, question: 1, slot: 1 } })).toBe("q-1-title");
    expect(focusTargetOf({ ...base, position: { stage: 1, question: 0, slot: null } })).toBe("break-heading");
    expect(focusTargetOf({ ...base, status: "finished", position: { stage: 0, question: 0, slot: 0 } })).toBeNull();
  });
});
