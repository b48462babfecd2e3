"use client";
// Displays the server's clock: active time as of the server's answer, plus the time since
// it arrived while running. The client never keeps time of its own.
import { useEffect, useState } from "react";
import { formatDuration, timerView } from "@/lib/practice/timer";

export type Clock = { activeMs: number; running: boolean; pausedBy?: "user" | "left" | null; serverNow: string };

export function Countdown({ clock, allocatedSeconds }: { clock: Clock; allocatedSeconds: number }) {
  // Milliseconds since this clock arrived from the server, ticking once a second while running.
  const [sinceReceipt, setSinceReceipt] = useState(0);
  useEffect(() => {
    const receivedAt = Date.now();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSinceReceipt(0);
    if (!clock.running) return;
    const t = setInterval(() => setSinceReceipt(Date.now() - receivedAt), 1000);
    return () => clearInterval(t);
  }, [clock]);

  // The server's clock as of its answer, advanced by the time since it arrived.
  const at = new Date(0);
  const view = timerView(
    { activeMs: clock.activeMs + (clock.running ? sinceReceipt : 0), resumedAt: null },
    allocatedSeconds,
    at,
  );
  const over = view.overtimeMs > 0;
  const tone = over
    ? "border-red-400 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
    : view.warning
      ? "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
      : "border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
  const state = over ? "overtime" : view.warning ? "warning" : "normal";
  return (
    <div className={`rounded-lg border px-4 py-2 ${tone}`} data-state={state}>
      <p className="text-xs font-medium uppercase tracking-wide">{over ? "Overtime" : "Time left"}{clock.running ? "" : " · paused"}</p>
      <p role="timer" aria-label={over ? "Overtime" : "Time left"} className="font-mono text-2xl font-semibold tabular-nums">
        {over ? `+${formatDuration(view.overtimeMs)}` : formatDuration(view.remainingMs)}
      </p>
      <p className="text-xs">
        {formatDuration(view.elapsedMs)} of {formatDuration(view.allocatedMs)} used
      </p>
      {/* Announced once when it changes, not every second. */}
      <p className="sr-only" aria-live="polite">
        {over ? "The allocated time is up; overtime is being recorded." : view.warning ? "Little time left." : ""}
      </p>
    </div>
  );
}
