"use client";
// "Transcribe" under a finished recording (issue 18): asks the server for the transcript
// (POST …/recording/transcript, which saves nothing) and puts it into the answer through the
// editor's own autosave (`onApply` = the autosave's setValue: versioned, 409 → the usual
// conflict choice). A blank answer takes it at once; over written text the candidate chooses
// Replace, Add after, or Keep (lib/speech/transcript-answer.ts). Off → says how to do it by hand.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { type Answer, type AnswerFormat, isBlank } from "@/lib/practice/answer";
import { type TranscriptMode, transcribable, withTranscript } from "@/lib/speech/transcript-answer";

export type TranscribeOptions = {
  /** PREPLOOP_STT_* is set on the server. */
  configured: boolean;
  format: AnswerFormat;
  value: Answer;
  onApply: (next: Answer) => void;
};

export function Transcribe({ attemptId, options, disabled }: { attemptId: string; options: TranscribeOptions; disabled?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [note, setNote] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const { configured, format, value, onApply } = options;
  if (!transcribable(format)) return null;
  if (!configured) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Transcription is not configured: type or paste a transcript into the answer to get pace and filler-word figures.
      </p>
    );
  }

  function apply(text: string, mode: TranscriptMode) {
    onApply(withTranscript(format, value, text, mode));
    setPending(null);
    setNote({ tone: "info", text: mode === "replace" ? "The transcript is now your answer: correct what the model misheard." : "The transcript was added after your answer." });
  }

  async function transcribe() {
    setBusy(true);
    setNote(null);
    setPending(null);
    const res = await api<{ transcript: { text: string } }>(`/api/practice/attempts/${attemptId}/recording/transcript`, { method: "POST" });
    setBusy(false);
    if (!res.ok) return setNote({ tone: "error", text: res.error.message });
    const text = res.data.transcript.text;
    if (!text) return setNote({ tone: "info", text: "No words were recognised in the recording." });
    if (isBlank(value)) apply(text, "replace");
    else setPending(text);
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={() => void transcribe()} disabled={busy || disabled}>
          Transcribe
        </Button>
        {busy && (
          <span role="status" className="text-sm">
            Transcribing the recording…
          </span>
        )}
      </div>
      {pending !== null && (
        <div className="space-y-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
          <p className="font-medium">Your answer already has text. What should the transcript do?</p>
          <blockquote data-testid="pending-transcript" className="border-l-4 border-slate-300 pl-3 whitespace-pre-wrap dark:border-slate-600">
            {pending}
          </blockquote>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => apply(pending, "replace")} disabled={disabled}>
              Replace my answer
            </Button>
            <Button variant="secondary" onClick={() => apply(pending, "append")} disabled={disabled}>
              Add after my answer
            </Button>
            <Button variant="secondary" onClick={() => setPending(null)}>
              Keep my answer
            </Button>
          </div>
        </div>
      )}
      {note && <Alert tone={note.tone}>{note.text}</Alert>}
    </div>
  );
}
