"use client";
// Runs an attempt in progress: the countdown, the answer editor with autosave, pause/resume
// and submit. Time is the server's: pauses and resumes are API calls.
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { focusWhenPresent } from "@/lib/client/focus";
import { withPage } from "@/lib/client/page-instance";
import { shouldResumeLeft, usePauseOnLeave } from "@/lib/client/use-pause-on-leave";
import { type Answer, type AnswerFormat } from "@/lib/practice/answer";
import { useAutosave } from "@/lib/client/use-autosave";
import { UseStory } from "@/components/stories/use-story";
import { Recorder } from "@/components/speech/recorder";
import { answerWords } from "@/lib/speech/transcript";
import { AnswerEditor } from "./answer-editor";
import { type Clock, Countdown } from "./countdown";
import { SaveConflict, SaveStatus } from "./save-status";

type AttemptData = { id: string; format: AnswerFormat; answer: Answer; version: number; allocatedSeconds: number; clock: Clock };

/** `transcription`: a speech-to-text endpoint is configured (PREPLOOP_STT_*). */
export function AttemptRunner({ attempt, transcription }: { attempt: AttemptData; transcription: boolean }) {
  const router = useRouter();
  const [clock, setClock] = useState<Clock>(attempt.clock);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const res = await api<{ attempt: AttemptData }>(`/api/practice/attempts/${attempt.id}`);
    if (!res.ok) {
      setError(res.error.message);
      return null;
    }
    return { value: res.data.attempt.answer, version: res.data.attempt.version };
  }, [attempt.id]);
  const toBody = useCallback((answer: Answer, version: number) => ({ answer, version }), []);

  const save = useAutosave<Answer>({
    id: attempt.id,
    url: `/api/practice/attempts/${attempt.id}`,
    initialValue: attempt.answer,
    initialVersion: attempt.version,
    toBody,
    load,
  });

  // Leaving the page pauses the clock ("left"), so time away is not counted. Opening the
  // attempt again reads the server's clock afresh (the pause may land after this page was
  // rendered) and resumes it unless the user had pressed Pause.
  // A read that started before the user's own Pause/Resume is older than its answer: drop it
  // (otherwise a slow check flips the button back and can even resume a clock just paused).
  const userActions = useRef(0);
  const check = useCallback(
    async (stale: () => boolean) => {
      const seen = userActions.current;
      const outdated = () => stale() || userActions.current !== seen;
      const res = await api<{ attempt: AttemptData }>(`/api/practice/attempts/${attempt.id}`);
      if (outdated() || !res.ok) return;
      const fresh = res.data.attempt.clock;
      if (shouldResumeLeft(fresh, document.visibilityState)) {
        const resumed = await api<{ attempt: AttemptData }>(withPage(`/api/practice/attempts/${attempt.id}/resume`), { method: "POST", body: {} });
        if (!outdated() && resumed.ok) setClock(resumed.data.attempt.clock);
      } else {
        setClock(fresh);
      }
    },
    [attempt.id],
  );
  usePauseOnLeave({ pauseUrl: `/api/practice/attempts/${attempt.id}/pause`, check });

  async function setRunning(running: boolean) {
    userActions.current += 1;
    setBusy(true);
    const res = await api<{ attempt: AttemptData }>(`/api/practice/attempts/${attempt.id}/${running ? "resume" : "pause"}`, {
      method: "POST",
      body: running ? {} : { reason: "user" },
    });
    userActions.current += 1; // and a check that started while this call ran
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setError(null);
    setClock(res.data.attempt.clock);
  }

  async function submit() {
    setBusy(true);
    setError(null);
    const version = await save.flushNow();
    const res = await api<{ attempt: AttemptData }>(`/api/practice/attempts/${attempt.id}/submit`, {
      method: "POST",
      body: version === null ? { answer: save.value, version: save.version() } : {},
    });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    save.disable();
    // The runner gives way to the submitted view: focus its next step, not <body>.
    focusWhenPresent("score-heading");
    router.refresh();
  }

  return (
    <section aria-label="Your answer" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Countdown clock={clock} allocatedSeconds={attempt.allocatedSeconds} />
        <div className="flex flex-wrap items-center gap-2">
          {clock.running ? (
            // aria-disabled, not disabled: a disabled button loses focus to <body>; this one keeps it
            // while the call runs, and stays the same element as it turns into Resume.
            <Button variant="secondary" onClick={() => void (!busy && setRunning(false))} aria-disabled={busy}>
              Pause
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => void (!busy && setRunning(true))} aria-disabled={busy}>
              Resume
            </Button>
          )}
          <Button onClick={() => void submit()} disabled={busy || save.status === "conflict"}>
            Submit answer
          </Button>
        </div>
      </div>
      {!clock.running && (
        <Alert tone="info">The clock is paused. Press Resume to carry on writing; time away is not counted.</Alert>
      )}
      {save.restored && save.status !== "conflict" && <Alert tone="info">Restored text from this browser that had not reached the server yet.</Alert>}
      {error && <Alert tone="error">{error}</Alert>}
      {save.status === "conflict" && (
        <SaveConflict message={save.message} onLoadTheirs={() => void save.loadTheirs()} onKeepMine={() => void save.keepMine()} />
      )}
      <UseStory attemptId={attempt.id} format={attempt.format} value={save.value} onInsert={save.setValue} disabled={!clock.running} />
      <AnswerEditor format={attempt.format} value={save.value} onChange={save.setValue} readOnly={!clock.running} revision={save.revision} />
      <SaveStatus status={save.status} message={save.message} savedAt={save.savedAt} />
      <Recorder
        attemptId={attempt.id}
        transcript={answerWords(save.value)}
        transcription={{ configured: transcription, format: attempt.format, value: save.value, onApply: save.setValue }}
        disabled={!clock.running}
      />
    </section>
  );
}
