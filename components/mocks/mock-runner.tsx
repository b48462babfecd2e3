"use client";
// Runs a mock interview: one question at a time with the session, block and question clocks,
// free moves inside the block, breaks that can be skipped, pause/resume and finish early.
// All time is the server's: the page shows the clock it was last sent, advanced by the time
// since it arrived, and asks the server again when a block's time is up.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerEditor } from "@/components/practice/answer-editor";
import { SaveConflict, SaveStatus } from "@/components/practice/save-status";
import { Alert } from "@/components/ui/alert";
import { Badge, difficultyTone } from "@/components/ui/badge";
import { difficultyLabel } from "@/lib/questions/taxonomy";
import { Button } from "@/components/ui/button";
import { Markdown } from "@/components/ui/markdown";
import { api } from "@/lib/client/api";
import type { MockQuestionView, MockState } from "@/lib/mocks/mocks";
import { type Answer } from "@/lib/practice/answer";
import { formatDuration } from "@/lib/practice/timer";
import { useAutosave } from "@/lib/client/use-autosave";
import { MockProgress } from "./mock-progress";

type Flush = () => Promise<unknown>;

export function MockRunner({ initial }: { initial: MockState }) {
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

  const refresh = useCallback(async () => {
    const res = await api<{ mock: MockState }>(`/api/mocks/${id}`);
    if (res.ok) apply(res.data.mock);
    else setError(res.error.message);
  }, [apply, id]);

  // One tick a second for the displayed clocks.
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);

  // Leaving the page pauses the clock ("left"); opening it again reads the server's clock
  // and resumes unless the user had pressed Pause.
  useEffect(() => {
    const leave = () => {
      void fetch(`/api/mocks/${id}/pause`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reason: "left" }),
        credentials: "same-origin",
        keepalive: true,
      }).catch(() => undefined);
    };
    window.addEventListener("pagehide", leave);
    const first = setTimeout(() => void refresh(), 0);
    // The previous page's "left" pause (sent as it unloaded, on a reload) can land after this
    // page has read the clock: look again shortly; the effect below resumes it.
    const recheck = setTimeout(() => void refresh(), 3_000);
    // Another device may move the mock on: look again now and then.
    const poll = setInterval(() => void refresh(), 20_000);
    return () => {
      clearTimeout(first);
      clearTimeout(recheck);
      clearInterval(poll);
      window.removeEventListener("pagehide", leave);
    };
  }, [id, refresh]);

  // While this page is open and visible, a clock paused because a page was left is stale
  // (this page, an earlier load of it, or another device): resume it. A user's Pause stays.
  const resuming = useRef(false);
  const leftPaused = state.status === "in-progress" && !state.clock.running && state.clock.pausedBy === "left";
  useEffect(() => {
    if (!leftPaused || resuming.current || document.visibilityState !== "visible") return;
    resuming.current = true;
    void api<{ mock: MockState }>(`/api/mocks/${id}/resume`, { method: "POST", body: {} }).then((res) => {
      resuming.current = false;
      if (res.ok) apply(res.data.mock);
    });
  }, [leftPaused, id, apply]);

  const since = state.clock.running ? Math.max(0, now - receivedAt) : 0;
  const stageLeft = Math.max(0, state.clock.stageRemainingMs - since);
  const expired = state.status === "in-progress" && state.clock.running && state.clock.stageRemainingMs - since <= 0;

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
    setBusy(true);
    setError(null);
    const res = await api<{ mock: MockState }>(`/api/mocks/${id}/${path}`, { method: "POST", body });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    apply(res.data.mock);
  }

  async function move(slot: number) {
    await flushRef.current?.();
    await post("move", { slot });
  }

  async function advance() {
    await flushRef.current?.();
    await post("advance", { from: state.position.stage });
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

  const timers =
    stage.kind === "break"
      ? [{ label: "Break", value: formatDuration(stageLeft), detail: `of ${formatDuration(stage.allocatedMs)}` }]
      : [
          { label: "Session", value: formatDuration(Math.max(0, state.clock.sessionRemainingMs - since)), detail: `left of ${formatDuration(state.clock.sessionAllocatedMs)}` },
          { label: "Block", value: formatDuration(stageLeft), detail: `left of ${formatDuration(stage.allocatedMs)}` },
          {
            label: "Question",
            value: formatDuration(state.clock.questionElapsedMs + since),
            detail: `spent of a ${formatDuration(state.clock.questionShareMs)} share`,
          },
        ];

  return (
    <div className="space-y-5">
      <MockProgress state={state} passedMs={Math.min(state.clock.totalMs, state.clock.passedMs + since)} />

      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600 dark:text-slate-400">{stage.kind === "block" ? stage.sessionTitle : "Break between sessions"}</p>
          <h2 className="text-xl font-semibold">{stage.kind === "block" ? stage.label : "Break"}</h2>
        </div>
        <div className="flex flex-wrap gap-2">
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

      <div role="group" className="grid gap-3 sm:grid-cols-3" aria-label="Clocks">
        {timers.map((t) => (
          <div
            key={t.label}
            className={`rounded-lg border px-4 py-2 ${
              t.label === "Block" && stageLeft <= 60_000 && stageLeft < stage.allocatedMs / 5
                ? "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
                : "border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900"
            }`}
          >
            <p className="text-xs font-medium uppercase tracking-wide">
              {t.label}
              {running ? "" : " · paused"}
            </p>
            <p role="timer" aria-label={`${t.label} clock`} className="font-mono text-2xl font-semibold tabular-nums">
              {t.value}
            </p>
            <p className="text-xs text-slate-600 dark:text-slate-400">{t.detail}</p>
          </div>
        ))}
      </div>

      {confirmFinish && (
        <div role="alertdialog" aria-labelledby="finish-title" className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
          <p id="finish-title">Finish the mock now? Your answers so far are kept; questions of blocks you have not reached are left out of the report.</p>
          <div className="flex flex-wrap gap-2">
            <Button id="confirm-finish" onClick={() => void finish()} disabled={busy}>
              Yes, finish now
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirmFinish(false);
                keepGoing.current = true;
              }}
            >
              Keep going
            </Button>
          </div>
        </div>
      )}
      {!running && <Alert tone="info">The clock is paused. Press Resume to carry on; paused time is not counted.</Alert>}
      {error && <Alert tone="error">{error}</Alert>}

      {stage.kind === "break" ? (
        <section aria-labelledby="break-heading" className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
          <h3 id="break-heading" className="text-lg font-semibold">
            Take a break
          </h3>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Stand up, drink some water. The next session starts when the break is over, or now if you skip it.
          </p>
          <Button className="mt-4" onClick={() => void advance()} disabled={busy}>
            Skip the break
          </Button>
        </section>
      ) : (
        <>
          <nav aria-label="Questions in this block">
            <ol className="flex flex-wrap gap-2">
              {Array.from({ length: stage.count }, (_, i) => stage.firstSlot + i).map((slot) => {
                const active = slot === state.position.slot;
                return (
                  <li key={slot}>
                    <button
                      type="button"
                      aria-current={active ? "step" : undefined}
                      onClick={() => void move(slot)}
                      disabled={busy || active}
                      className={`rounded-md border px-3 py-1.5 text-sm font-medium ${
                        active
                          ? "border-indigo-600 bg-indigo-600 text-white dark:border-indigo-400 dark:bg-indigo-500"
                          : "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                      }`}
                    >
                      Question {slot + 1}
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          {current ? (
            <QuestionPanel key={current.slot} mockId={id} question={current} readOnly={!running} registerFlush={registerFlush} />
          ) : (
            <Alert tone="error">This question could not be loaded. Reload the page.</Alert>
          )}
          <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
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

function QuestionPanel({
  mockId,
  question,
  readOnly,
  registerFlush,
}: {
  mockId: string;
  question: MockQuestionView;
  readOnly: boolean;
  registerFlush: (f: Flush | null) => void;
}) {
  const url = `/api/mocks/${mockId}/answers/${question.slot}`;
  const load = useCallback(async () => {
    const res = await api<{ answer: Answer; version: number }>(url);
    return res.ok ? { value: res.data.answer, version: res.data.version } : null;
  }, [url]);
  const toBody = useCallback((answer: Answer, version: number) => ({ answer, version }), []);
  const save = useAutosave<Answer>({ id: question.attemptId, url, initialValue: question.answer, initialVersion: question.version, toBody, load });
  const flushNow = save.flushNow;
  useEffect(() => {
    registerFlush(flushNow);
    return () => registerFlush(null);
  }, [flushNow, registerFlush]);

  return (
    <section aria-labelledby={`q-${question.slot}-title`} className="space-y-4">
      <div className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <p className="text-sm text-slate-600 dark:text-slate-400">Question {question.slot + 1}</p>
        <h3 id={`q-${question.slot}-title`} className="text-lg font-semibold">
          {question.title}
        </h3>
        <div className="mt-1">
          <Badge tone={difficultyTone[question.difficulty] ?? "slate"}>{difficultyLabel(question.difficulty)}</Badge>
        </div>
        <div className="mt-4">
          <Markdown>{question.prompt}</Markdown>
        </div>
      </div>
      {save.restored && save.status !== "conflict" && <Alert tone="info">Restored text from this browser that had not reached the server yet.</Alert>}
      {save.status === "conflict" && (
        <SaveConflict message={save.message} onLoadTheirs={() => void save.loadTheirs()} onKeepMine={() => void save.keepMine()} />
      )}
      <AnswerEditor format={question.format} value={save.value} onChange={save.setValue} readOnly={readOnly} revision={save.revision} />
      <SaveStatus status={save.status} message={save.message} savedAt={save.savedAt} />
    </section>
  );
}
