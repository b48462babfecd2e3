"use client";
// Runs a mock interview: one question at a time with the session, block and question clocks,
// free moves inside the block, breaks that can be skipped, pause/resume and finish early.
// All time is the server's: the page shows the clock it was last sent, advanced by the time
// since it arrived, and asks the server again when a block's time is up.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { focusWhenPresent } from "@/lib/client/focus";
import { withPage } from "@/lib/client/page-instance";
import { shouldResumeLeft, usePauseOnLeave } from "@/lib/client/use-pause-on-leave";
import type { MockState } from "@/lib/mocks/mocks";
import { elapsedSince, focusTargetOf, mockTimers, stageExpired } from "@/lib/mocks/runner-view";
import { type Flush, FinishConfirm, MockClocks, QuestionNav, QuestionPanel } from "./mock-runner-parts";
import { MockProgress } from "./mock-progress";

/**
 * `live` (issue 19): the candidate's side of a live mock. The interviewer drives the clock, so
 * the clock controls are hidden; a new `refreshKey` (a room event that moved the clock) saves
 * what is on screen and reads the mock again.
 */
export function MockRunner({
  initial,
  live,
  transcription = false,
}: {
  initial: MockState;
  live?: { refreshKey: string };
  /** A speech-to-text endpoint is configured (PREPLOOP_STT_*): recorded answers can be transcribed. */
  transcription?: boolean;
}) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const flushRef = useRef<Flush | null>(null);
  const registerFlush = useCallback((f: Flush | null) => {
    flushRef.current = f;
  }, []);
  const id = state.id;

  const apply = useCallback(
    (m: MockState) => {
      setState(m);
      setReceivedAt(Date.now());
      setNow(Date.now());
      if (m.status === "finished") router.push(`/mocks/${m.id}/report`);
    },
    [router],
  );

  // A read that started before (or while) one of the user's own actions ran is older than that
  // action's answer: drop it, or a slow poll would undo a Pause on screen.
  const userActions = useRef(0);
  const refresh = useCallback(async () => {
    const seen = userActions.current;
    const res = await api<{ mock: MockState }>(`/api/mocks/${id}`);
    if (userActions.current !== seen) return;
    if (res.ok) apply(res.data.mock);
    else setError(res.error.message);
  }, [apply, id]);

  // One tick a second for the displayed clocks.
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  // Leaving the page pauses the clock ("left"); opening it again reads the server's clock
  // (the effect below resumes it unless the user had pressed Pause). Another device may move
  // the mock on: look again every 20 s.
  usePauseOnLeave({ pauseUrl: `/api/mocks/${id}/pause`, check: refresh, pollMs: 20_000 });

  // While this page is open and visible, a clock paused because a page was left is stale
  // (this page, an earlier load of it, or another device): resume it. A user's Pause stays.
  const resuming = useRef(false);
  const leftPaused = state.status === "in-progress" && shouldResumeLeft(state.clock, "visible");
  useEffect(() => {
    if (!leftPaused || resuming.current || document.visibilityState !== "visible") return;
    resuming.current = true;
    void api<{ mock: MockState }>(withPage(`/api/mocks/${id}/resume`), { method: "POST", body: {} }).then((res) => {
      resuming.current = false;
      if (res.ok) apply(res.data.mock);
    });
  }, [leftPaused, id, apply]);

  const refreshKey = live?.refreshKey;
  useEffect(() => {
    if (refreshKey === undefined) return;
    void (async () => {
      await flushRef.current?.();
      await refresh();
    })();
  }, [refreshKey, refresh]);

  const since = elapsedSince(state, now, receivedAt);
  const expired = stageExpired(state, since);

  // The block's (or break's) time is up: save what is on screen, then ask the server, which
  // advances. Asked again a little later if the answer came before the server's deadline.
  useEffect(() => {
    if (!expired) return;
    let cancelled = false;
    const t = setTimeout(() => {
      void (async () => {
        await flushRef.current?.();
        if (!cancelled) await refresh();
      })();
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [expired, receivedAt, refresh]);

  async function post(path: string, body: unknown) {
    userActions.current += 1;
    setBusy(true);
    setError(null);
    const res = await api<{ mock: MockState }>(`/api/mocks/${id}/${path}`, { method: "POST", body });
    userActions.current += 1;
    setBusy(false);
    if (!res.ok) {
      setError(res.error.message);
      return null;
    }
    apply(res.data.mock);
    return res.data.mock;
  }

  /** After a move or a skip the pressed control is gone or disabled: focus the new question or break. */
  async function postAndFocus(path: string, body: unknown) {
    const next = await post(path, body);
    const target = next && focusTargetOf(next);
    if (target) focusWhenPresent(target);
  }

  async function move(slot: number) {
    await flushRef.current?.();
    await postAndFocus("move", { slot });
  }

  async function advance() {
    await flushRef.current?.();
    await postAndFocus("advance", { from: state.position.stage });
  }

  async function finish() {
    await flushRef.current?.();
    setConfirmFinish(false);
    await post("finish", {});
  }

  // Focus follows the confirmation: into it when it opens, back to "Finish early" when kept going.
  // (Found by id: the shared Button takes no ref.)
  const keepGoing = useRef(false);
  useEffect(() => {
    if (confirmFinish) document.getElementById("confirm-finish")?.focus();
    else if (keepGoing.current) {
      keepGoing.current = false;
      document.getElementById("finish-early")?.focus();
    }
  }, [confirmFinish]);

  const stage = state.stages[state.position.stage];
  const current = state.questions.find((q) => q.slot === state.position.slot) ?? null;
  const running = state.clock.running;

  if (state.status === "finished" || !stage) {
    return (
      <Alert tone="info">
        This mock interview is finished. <a href={`/mocks/${id}/report`} className="underline">Score your answers and read the report</a>.
      </Alert>
    );
  }

  const timers = mockTimers(state, stage, since);

  return (
    <div className="space-y-5">
      <MockProgress state={state} passedMs={Math.min(state.clock.totalMs, state.clock.passedMs + since)} />

      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{stage.kind === "block" ? stage.sessionTitle : "Break between sessions"}</p>
          <h2 className="text-xl font-semibold">{stage.kind === "block" ? stage.label : "Break"}</h2>
        </div>
        <div className={live ? "hidden" : "flex flex-wrap gap-2"}>
          {running ? (
            // aria-disabled, not disabled: a disabled button loses focus to <body>; this one keeps it
            // while the call runs, and stays the same element as it turns into Resume.
            <Button variant="secondary" onClick={() => void (!busy && post("pause", { reason: "user" }))} aria-disabled={busy}>
              Pause
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => void (!busy && post("resume", {}))} aria-disabled={busy}>
              Resume
            </Button>
          )}
          <Button id="finish-early" variant="secondary" onClick={() => setConfirmFinish(true)} disabled={busy}>
            Finish early
          </Button>
        </div>
      </div>

      <MockClocks timers={timers} running={running} />

      {confirmFinish && (
        <FinishConfirm
          busy={busy}
          onFinish={() => void finish()}
          onKeepGoing={() => {
            setConfirmFinish(false);
            keepGoing.current = true;
          }}
        />
      )}
      {!running && (
        <Alert tone="info">
          {live ? "The interviewer paused the clock; paused time is not counted." : "The clock is paused. Press Resume to carry on; paused time is not counted."}
        </Alert>
      )}
      {error && <Alert tone="error">{error}</Alert>}

      {stage.kind === "break" ? (
        <section aria-labelledby="break-heading" className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
          <h3 id="break-heading" className="text-lg font-semibold">
            Take a break
          </h3>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Stand up, drink some water. The next session starts when the break is over, or now if you skip it.
          </p>
          {!live && (
            <Button className="mt-4" onClick={() => void advance()} disabled={busy}>
              Skip the break
            </Button>
          )}
        </section>
      ) : (
        <>
          {!live && <QuestionNav stage={stage} current={state.position.slot} busy={busy} onMove={(slot) => void move(slot)} />}
          {current ? (
            <QuestionPanel key={current.slot} mockId={id} question={current} readOnly={!running} registerFlush={registerFlush} transcription={transcription} />
          ) : (
            <Alert tone="error">This question could not be loaded. Reload the page.</Alert>
          )}
          <div className={live ? "hidden" : "flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"}>
            <Button variant="secondary" onClick={() => void advance()} disabled={busy}>
              {state.position.stage === state.stages.length - 1 ? "End the last block and finish" : "End this block early"}
            </Button>
            <p className="text-xs text-slate-500 dark:text-slate-400">When the block&apos;s time is up the mock moves on by itself; your answers are kept.</p>
          </div>
        </>
      )}
    </div>
  );
}
