import { describe, expect, it } from "vitest";
import { elapsedMs, formatDuration, pause, resume, timerView, warningThresholdMs } from "@/lib/practice/timer";

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, 0) + s * 1000);

describe("time accounting", () => {
  it("counts only running stretches across pauses", () => {
    let clock = { activeMs: 0, resumedAt: t(0) as Date | null };
    expect(elapsedMs(clock, t(90))).toBe(90_000);
    clock = pause(clock, t(100)); // 100 s active
    expect(clock).toEqual({ activeMs: 100_000, resumedAt: null });
    expect(elapsedMs(clock, t(1000))).toBe(100_000); // paused: 900 s away not counted
    clock = resume(clock, t(1000));
    expect(elapsedMs(clock, t(1030))).toBe(130_000);
    clock = pause(clock, t(1060)); // + 60 s
    expect(clock.activeMs).toBe(160_000);
  });

  it("pausing twice or resuming twice changes nothing", () => {
    const paused = { activeMs: 5_000, resumedAt: null };
    expect(pause(paused, t(50))).toBe(paused);
    const running = { activeMs: 5_000, resumedAt: t(10) };
    expect(resume(running, t(50))).toBe(running);
  });

  it("never counts a resume time in the future (clock skew)", () => {
    expect(elapsedMs({ activeMs: 1_000, resumedAt: t(10) }, t(5))).toBe(1_000);
  });

  it("records overtime beyond the allocation", () => {
    // 15 minutes allocated, 17 min 30 s used.
    const view = timerView({ activeMs: 17 * 60_000 + 30_000, resumedAt: null }, 15 * 60, t(0));
    expect(view).toEqual({ elapsedMs: 1_050_000, allocatedMs: 900_000, remainingMs: 0, overtimeMs: 150_000, running: false, warning: false });
  });

  it("warns when a fifth of the time is left, between 30 s and 5 min", () => {
    expect(warningThresholdMs(2 * 60_000)).toBe(30_000); // 24 s → at least 30 s
    expect(warningThresholdMs(15 * 60_000)).toBe(180_000); // 3 min
    expect(warningThresholdMs(45 * 60_000)).toBe(300_000); // 9 min → capped at 5
    // 15 min allocated, running since t(0) with 11 min 59 s before: at t(60) 12:59 used, 2:01 left → warning.
    const view = timerView({ activeMs: 719_000, resumedAt: t(0) }, 900, t(60));
    expect(view.remainingMs).toBe(121_000);
    expect(view.warning).toBe(true);
    expect(view.running).toBe(true);
    expect(timerView({ activeMs: 719_000, resumedAt: null }, 900, t(0)).warning).toBe(false); // 3:01 left
  });

  it("formats durations", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(59_999)).toBe("0:59");
    expect(formatDuration(150_000)).toBe("2:30");
    expect(formatDuration(3_723_000)).toBe("1:02:03");
    expect(formatDuration(-5)).toBe("0:00");
  });
});
