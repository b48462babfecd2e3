"use client";
// One quiz question at a time: answer in your head or in the box, reveal, "knew it" / "missed it".
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Markdown } from "@/components/ui/markdown";
import { api } from "@/lib/client/api";
import { type QuizItem } from "@/lib/practice/quiz";

export function QuizRound({ items }: { items: QuizItem[] }) {
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [response, setResponse] = useState("");
  const [results, setResults] = useState<boolean[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (items.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">The question bank has no quiz questions yet.</p>;
  }
  if (index >= items.length) {
    const knew = results.filter(Boolean).length;
    return (
      <div className="space-y-3" role="status">
        <h2 className="text-lg font-semibold">Round complete</h2>
        <p>
          You knew {knew} of {results.length}. Missed questions come back soon; the ones you knew come back later.
        </p>
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          Start another round
        </Button>
      </div>
    );
  }
  const item = items[index]!;

  async function record(knew: boolean) {
    setBusy(true);
    const res = await api(`/api/practice/quiz/results`, { method: "POST", body: { questionId: item.id, knew, response } });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    setError(null);
    setResults([...results, knew]);
    setIndex(index + 1);
    setRevealed(false);
    setResponse("");
  }

  return (
    <section aria-labelledby="quiz-q" className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Question {index + 1} of {items.length}
      </p>
      <h2 id="quiz-q" className="text-lg font-semibold">
        {item.title}
      </h2>
      <Markdown>{item.prompt}</Markdown>
      <div>
        <label htmlFor="quiz-response" className="mb-1 block text-sm font-medium">
          Your answer (optional)
        </label>
        <textarea id="quiz-response" value={response} onChange={(e) => setResponse(e.target.value)} rows={3} className={inputClass} readOnly={revealed} />
      </div>
      {!revealed ? (
        <Button onClick={() => setRevealed(true)}>Reveal the answer</Button>
      ) : (
        <div className="space-y-4">
          <section aria-label="Answer" className="rounded-md border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-800/50">
            <Markdown>{item.answer}</Markdown>
          </section>
          <div className="flex flex-wrap gap-2" role="group" aria-label="How did you do?">
            <Button onClick={() => void record(true)} disabled={busy}>
              Knew it
            </Button>
            <Button variant="secondary" onClick={() => void record(false)} disabled={busy}>
              Missed it
            </Button>
          </div>
        </div>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </section>
  );
}
