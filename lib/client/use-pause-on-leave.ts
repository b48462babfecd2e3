"use client";
// The practice runner and the mock runner pause their server clock when the page is left, and
// look at the clock again when it is opened (once at once, once after RECHECK_MS).
import { useEffect, useRef } from "react";
import { withPage } from "./page-instance";

/** On a reload the previous page's "left" pause can land after this page read the clock. */
export const RECHECK_MS = 3_000;

/** A clock as both runners read it. */
type LeavableClock = { running: boolean; pausedBy?: string | null };

/**
 * Whether an open page should resume a clock: only one paused because a page was left (never the
 * user's own Pause), and only while this page is visible.
 */
export function shouldResumeLeft(clock: LeavableClock, visibility: DocumentVisibilityState | string): boolean {
  return !clock.running && clock.pausedBy === "left" && visibility === "visible";
}

/**
 * The "left" pause, sent as the page goes (keepalive: it outlives the page), with this page's
 * token: a resume this page sent just before, if it reaches the server later, is refused.
 */
function sendLeftPause(pauseUrl: string) {
  void fetch(withPage(pauseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ reason: "left" }),
    credentials: "same-origin",
    keepalive: true,
  }).catch(() => undefined);
}

/**
 * Pauses the clock at `pauseUrl` when the page is hidden for good (pagehide) and calls `check`
 * when the page opens, again after RECHECK_MS and, with `pollMs`, every `pollMs` after that.
 * `check` gets `stale()`: true once the page has moved on, so late answers are dropped.
 */
export function usePauseOnLeave({
  pauseUrl,
  check,
  pollMs,
}: {
  pauseUrl: string;
  check: (stale: () => boolean) => void | Promise<void>;
  pollMs?: number;
}) {
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  }, [check]);

  useEffect(() => {
    let cancelled = false;
    const stale = () => cancelled;
    const run = () => void latest.current(stale);
    const leave = () => sendLeftPause(pauseUrl);
    window.addEventListener("pagehide", leave);
    const first = setTimeout(run, 0);
    const recheck = setTimeout(run, RECHECK_MS);
    const poll = pollMs ? setInterval(run, pollMs) : null;
    return () => {
      cancelled = true;
      clearTimeout(first);
      clearTimeout(recheck);
      if (poll) clearInterval(poll);
      window.removeEventListener("pagehide", leave);
    };
  }, [pauseUrl, pollMs]);
}
