import { describe, expect, it } from "vitest";
import {
  acceptsAnswer,
  advance,
  clockView,
  finishClock,
  moveTo,
  pauseClock,
  planStages,
  resumeClock,
  settle,
  stageOfSlot,
  startClock,
} from "@/lib/mocks/clock";
import { getTemplate } from "@/lib/mocks/templates";

const MIN = 60_000;
const full = planStages(getTemplate("full")!);
const t0 = new Date("2026-03-01T09:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("mock stages", () => {
  it("turns the full simulation into 9 blocks and 3 breaks, 24 question slots", () => {
    expect(full.map((s) => (s.kind === "break" ? `break ${s.ms / MIN}` : `${s.firstSlot}+${s.count}/${s.ms / MIN}`))).toEqual([
      "0+5/15",
      "5+5/15",
      "10+5/15",
      "break 10",
      "15+1/30",
      "16+1/30",
      "break 10",
      "17+1/20",
      "18+1/25",
      "break 10",
      "19+3/10",
      "22+2/20",
    ]);
    // 180 minutes of questions + 30 of breaks = 210 minutes = 12 600 000 ms.
    expect(full.reduce((a, s) => a + s.ms, 0)).toBe(210 * MIN);
    expect(stageOfSlot(full, 0)).toBe(0);
    expect(stageOfSlot(full, 15)).toBe(4);
    expect(stageOfSlot(full, 23)).toBe(11);
    expect(stageOfSlot(full, 24)).toBe(-1);
  });

  it("scales allocations by milliseconds per minute (a test clock 60× faster)", () => {
    const fast = planStages(getTemplate("behavioural-30")!, 1000);
    expect(fast.map((s) => s.ms)).toEqual([10_000, 20_000]);
  });
});

describe("mock clock", () => {
  it("counts block, session and question time from the start", () => {
    const c = startClock(full, t0);
    const v = clockView(c, full, at(4 * MIN));
    // Block 1: 15 min - 4 = 11 min left; session 1: 11 + 15 + 15 = 41 min left.
    expect(v).toMatchObject({
      stage: 0,
      running: true,
      stageAllocatedMs: 15 * MIN,
      stageRemainingMs: 11 * MIN,
      sessionAllocatedMs: 45 * MIN,
      sessionRemainingMs: 41 * MIN,
      questionElapsedMs: 4 * MIN,
      questionShareMs: 3 * MIN,
      totalMs: 210 * MIN,
      passedMs: 4 * MIN,
    });
  });

  it("keeps the deadline under pause and resume: paused time is not counted", () => {
    let c = startClock(full, t0);
    c = pauseClock(c, full, at(5 * MIN)); // 5 min used
    expect(c.resumedAt).toBeNull();
    expect(clockView(c, full, at(60 * MIN)).stageRemainingMs).toBe(10 * MIN); // still 10 left an hour later
    c = resumeClock(c, full, at(60 * MIN));
    // Resumed at 60: the block's deadline is 60 + 10 = 70 min after t0.
    expect(clockView(c, full, at(69 * MIN)).stageRemainingMs).toBe(1 * MIN);
    expect(settle(c, full, at(70 * MIN - 1)).stage).toBe(0);
    expect(settle(c, full, at(70 * MIN)).stage).toBe(1);
    // Pausing twice and resuming twice change nothing.
    const p = pauseClock(c, full, at(62 * MIN));
    expect(pauseClock(p, full, at(63 * MIN))).toBe(p);
    expect(resumeClock(c, full, at(64 * MIN))).toBe(c);
  });

  it("advances at expiry to the next block, the question time staying with its question", () => {
    let c = startClock(full, t0);
    const moved = moveTo(c, full, 2, at(3 * MIN));
    if ("error" in moved) throw new Error(moved.error);
    c = moved.clock; // 3 min on question 0, then question 2
    const s = settle(c, full, at(17 * MIN));
    // Block 1 ended at 15 min (12 of them on question 2); block 2 has run 2 min.
    expect(s).toMatchObject({ stage: 1, question: 0, stageStartedAt: at(15 * MIN), resumedAt: at(17 * MIN) });
    expect(s.stageMs.slice(0, 2)).toEqual([15 * MIN, 2 * MIN]);
    expect(s.slotMs.slice(0, 6)).toEqual([3 * MIN, 0, 12 * MIN, 0, 0, 2 * MIN]);
  });

  it("runs through the break and the next blocks when nobody asked for a long time", () => {
    const c = startClock(full, t0);
    // 45 min of session 1 + 10 break + 5 into question 16.
    const s = settle(c, full, at(60 * MIN));
    expect(s.stage).toBe(4);
    expect(s.stageMs.slice(0, 5)).toEqual([15 * MIN, 15 * MIN, 15 * MIN, 10 * MIN, 5 * MIN]);
    const v = clockView(c, full, at(60 * MIN));
    expect(v).toMatchObject({ stageRemainingMs: 25 * MIN, sessionRemainingMs: 55 * MIN, passedMs: 60 * MIN });
  });

  it("finishes at the end of the last block and stops", () => {
    const c = startClock(full, t0);
    const s = settle(c, full, at(300 * MIN));
    expect(s).toMatchObject({ stage: 12, resumedAt: null, stageStartedAt: at(210 * MIN) });
    expect(clockView(c, full, at(300 * MIN))).toMatchObject({ finished: true, running: false, passedMs: 210 * MIN });
  });

  it("skips a break; a repeated skip of the same stage does nothing more", () => {
    let c = startClock(full, t0);
    c = settle(c, full, at(47 * MIN)); // 2 min into the break (stage 3)
    expect(c.stage).toBe(3);
    const skipped = advance(c, full, 3, at(48 * MIN));
    expect(skipped).toMatchObject({ stage: 4, question: 0, stageStartedAt: at(48 * MIN), resumedAt: at(48 * MIN) });
    expect(skipped.stageMs[3]).toBe(3 * MIN); // the break used 3 of its 10 minutes
    expect(advance(skipped, full, 3, at(48 * MIN + 500))).toEqual(settle(skipped, full, at(48 * MIN + 500)));
    // Question 16's 30 minutes start at the skip: deadline 78 min.
    expect(clockView(skipped, full, at(78 * MIN - 1)).stage).toBe(4);
    expect(clockView(skipped, full, at(78 * MIN)).stage).toBe(5);
  });

  it("skipping while paused starts the next stage running", () => {
    let c = pauseClock(settle(startClock(full, t0), full, at(46 * MIN)), full, at(46 * MIN));
    c = advance(c, full, 3, at(50 * MIN));
    expect(c).toMatchObject({ stage: 4, resumedAt: at(50 * MIN) });
    expect(c.stageMs[3]).toBe(1 * MIN);
  });

  it("moves only inside the current block", () => {
    const c = startClock(full, t0);
    expect(moveTo(c, full, 4, at(1000))).toMatchObject({ clock: { question: 4 } });
    expect(moveTo(c, full, 5, at(1000))).toEqual({ error: "outside-block" });
    expect(moveTo(c, full, 99, at(1000))).toEqual({ error: "outside-block" });
    expect(moveTo(c, full, 0, at(46 * MIN))).toEqual({ error: "not-in-block" });
    expect(moveTo(c, full, 0, at(400 * MIN))).toEqual({ error: "finished" });
  });

  it("finishes early once", () => {
    const c = startClock(full, t0);
    const f = finishClock(c, full, at(20 * MIN));
    expect(f).toMatchObject({ stage: 12, resumedAt: null, stageStartedAt: at(20 * MIN) });
    expect(f.stageMs.slice(0, 3)).toEqual([15 * MIN, 5 * MIN, 0]);
    expect(finishClock(f, full, at(30 * MIN))).toBe(f);
  });

  it("accepts answers for the current block, and the block just ended within the grace", () => {
    const c = settle(startClock(full, t0), full, at(15 * MIN + 5000)); // block 2 started 5 s ago
    expect(acceptsAnswer(c, full, 7, at(15 * MIN + 5000), 10_000)).toBe(true); // current block
    expect(acceptsAnswer(c, full, 2, at(15 * MIN + 5000), 10_000)).toBe(true); // just ended
    expect(acceptsAnswer(c, full, 2, at(15 * MIN + 10_001), 10_000)).toBe(false);
    expect(acceptsAnswer(c, full, 10, at(15 * MIN + 5000), 10_000)).toBe(false); // not started
    expect(acceptsAnswer(c, full, 99, at(15 * MIN + 5000), 10_000)).toBe(false);
  });

  it("a resume time in the future (clock skew) counts as no time", () => {
    const c = startClock(full, at(1000));
    expect(clockView(c, full, t0).stageRemainingMs).toBe(15 * MIN);
  });
});
