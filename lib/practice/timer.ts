// Time accounting of an attempt, kept by the server: the active time accumulated up to the
// last pause plus, while running, the time since the last resume. Pure functions; `now`
// is always passed in so a reload, another device or a test computes the same clock.

type ClockState = {
  /** Active milliseconds accumulated up to the last pause. */
  activeMs: number;
  /** When the clock last resumed; null while paused or stopped. */
  resumedAt: Date | null;
};

/** Active time so far. A resume time in the future (clock skew between servers) counts as zero. */
export function elapsedMs(clock: ClockState, now: Date): number {
  const running = clock.resumedAt ? Math.max(0, now.getTime() - clock.resumedAt.getTime()) : 0;
  return clock.activeMs + running;
}

/** Stops the clock, folding the running stretch into `activeMs`. Pausing a paused clock changes nothing. */
export function pause(clock: ClockState, now: Date): ClockState {
  if (!clock.resumedAt) return clock;
  return { activeMs: elapsedMs(clock, now), resumedAt: null };
}

/** Starts the clock again. Resuming a running clock changes nothing (it keeps its resume time). */
export function resume(clock: ClockState, now: Date): ClockState {
  if (clock.resumedAt) return clock;
  return { activeMs: clock.activeMs, resumedAt: now };
}

type TimerView = {
  elapsedMs: number;
  allocatedMs: number;
  /** Time left, never below zero. */
  remainingMs: number;
  /** Time beyond the allocation, zero until then. */
  overtimeMs: number;
  running: boolean;
  /** True when little time is left: see `warningThresholdMs`. */
  warning: boolean;
};

/**
 * The warning starts when a fifth of the allocation is left, capped at 5 minutes and at
 * least 30 seconds: a 2-minute quiz warns at 30 s, a 15-minute question at 3 min, a
 * 45-minute design question at 5 min.
 */
export function warningThresholdMs(allocatedMs: number): number {
  return Math.min(5 * 60_000, Math.max(30_000, Math.floor(allocatedMs / 5)));
}

export function timerView(clock: ClockState, allocatedSeconds: number, now: Date): TimerView {
  const allocatedMs = allocatedSeconds * 1000;
  const elapsed = elapsedMs(clock, now);
  const remainingMs = Math.max(0, allocatedMs - elapsed);
  return {
    elapsedMs: elapsed,
    allocatedMs,
    remainingMs,
    overtimeMs: Math.max(0, elapsed - allocatedMs),
    running: clock.resumedAt !== null,
    warning: remainingMs > 0 && remainingMs <= warningThresholdMs(allocatedMs),
  };
}

/** "m:ss" (or "h:mm:ss"), for countdowns and time spent. Rounds down to whole seconds. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
