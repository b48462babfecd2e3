"use client";
// The mock runner's parts: the clocks, the finish confirmation, the question buttons of a
// block and the current question with its autosaved answer.
import { clsx } from "clsx";
import { useCallback, useEffect } from "react";
import { AnswerEditor } from "@/components/practice/answer-editor";
import { UseStory } from "@/components/stories/use-story";
import { SaveConflict, SaveStatus } from "@/components/practice/save-status";
import { Recorder } from "@/components/speech/recorder";
import { answerWords } from "@/lib/speech/transcript";
import { Alert } from "@/components/ui/alert";
import { Badge, difficultyTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Markdown } from "@/components/ui/markdown";
import { api } from "@/lib/client/api";
import type { MockQuestionView, StageView } from "@/lib/mocks/mocks";
import type { TimerView } from "@/lib/mocks/runner-view";
import { type Answer } from "@/lib/practice/answer";
import { useAutosave } from "@/lib/client/use-autosave";
import { difficultyLabel } from "@/lib/questions/taxonomy";

export type Flush = () => Promise<unknown>;

export function MockClocks({ timers, running }: { timers: TimerView[]; running: boolean }) {
  return (
    <div role="group" className="grid gap-3 sm:grid-cols-3" aria-label="Clocks">
      {timers.map((t) => (
        <div
          key={t.label}
          className={clsx(
            "rounded-lg border px-4 py-2",
            t.low
              ? "border-amber-400 bg-amber-50 text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
              : "border-slate-300 bg-white dark:border-slate-600 dark:bg-slate-900",
          )}
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
  );
}

export function FinishConfirm({ busy, onFinish, onKeepGoing }: { busy: boolean; onFinish: () => void; onKeepGoing: () => void }) {
  return (
    <div
      role="alertdialog"
      aria-labelledby="finish-title"
      className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      <p id="finish-title">
        Finish the mock now? Your answers so far are kept; questions of blocks you have not reached are left out of the report.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button id="confirm-finish" onClick={onFinish} disabled={busy}>
          Yes, finish now
        </Button>
        <Button variant="secondary" onClick={onKeepGoing}>
          Keep going
        </Button>
      </div>
    </div>
  );
}

export function QuestionNav({
  stage,
  current,
  busy,
  onMove,
}: {
  stage: Extract<StageView, { kind: "block" }>;
  current: number | null;
  busy: boolean;
  onMove: (slot: number) => void;
}) {
  return (
    <nav aria-label="Questions in this block">
      <ol className="flex flex-wrap gap-2">
        {Array.from({ length: stage.count }, (_, i) => stage.firstSlot + i).map((slot) => {
          const active = slot === current;
          return (
            <li key={slot}>
              <button
                type="button"
                aria-current={active ? "step" : undefined}
                onClick={() => onMove(slot)}
                disabled={busy || active}
                className={clsx(
                  "rounded-md border px-3 py-1.5 text-sm font-medium",
                  active
                    ? "border-indigo-600 bg-indigo-600 text-white dark:border-indigo-400 dark:bg-indigo-500"
                    : "border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800",
                )}
              >
                Question {slot + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function QuestionPanel({
  mockId,
  question,
  readOnly,
  registerFlush,
  transcription,
}: {
  mockId: string;
  question: MockQuestionView;
  readOnly: boolean;
  registerFlush: (f: Flush | null) => void;
  transcription: boolean;
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
      {!readOnly && <UseStory attemptId={question.attemptId} format={question.format} value={save.value} onInsert={save.setValue} />}
      <AnswerEditor format={question.format} value={save.value} onChange={save.setValue} readOnly={readOnly} revision={save.revision} />
      <SaveStatus status={save.status} message={save.message} savedAt={save.savedAt} />
      <Recorder
        key={question.attemptId}
        attemptId={question.attemptId}
        transcript={answerWords(save.value)}
        transcription={{ configured: transcription, format: question.format, value: save.value, onApply: save.setValue }}
        disabled={readOnly}
      />
    </section>
  );
}
