"use client";
// The mentor's review: the four evaluation points 0-10 (with each point's hint and the rubric
// level descriptor of the question's domain) and a Markdown summary.
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type DraftScores, EvaluationSliders, UNSET_SCORES, unscoredErrors } from "@/components/practice/evaluation-sliders";
import { TextAreaField } from "@/components/ui/textarea-field";
import { api } from "@/lib/client/api";
import { SUMMARY_MAX } from "@/lib/mentors/data/settings";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";
import { type DomainValue } from "@/lib/rubric/data";
import { levelDescriptor } from "@/lib/rubric/scores";

type Scores = Record<string, number>;

export function ReviewForm({
  url,
  initial,
  selfScores,
  domain,
}: {
  url: string;
  initial: { scores: Scores; summary: string } | null;
  selfScores: Scores | null;
  domain: DomainValue | null;
}) {
  const router = useRouter();
  const [scores, setScores] = useState<DraftScores>(initial?.scores ?? UNSET_SCORES);
  const [summary, setSummary] = useState(initial?.summary ?? "");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = EVALUATION_POINTS.map((p) => scores[p.field]).filter((v): v is number => v !== null && v !== undefined);
  const average = chosen.length === EVALUATION_POINTS.length ? chosen.reduce((a, v) => a + v, 0) / chosen.length : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing = unscoredErrors(scores);
    if (Object.keys(missing).length > 0) {
      setFields(missing);
      return setStatus({ tone: "error", text: "Choose a score for each of the four evaluation points, then save." });
    }
    setBusy(true);
    setStatus(null);
    const res = await api(url, { method: "PUT", body: { scores, summary } });
    setBusy(false);
    if (!res.ok) {
      setFields(res.error.fields);
      return setStatus({ tone: "error", text: res.error.message });
    }
    setFields({});
    setStatus({ tone: "success", text: "Review saved. Your mentee has been notified." });
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-5" aria-label="Your review" noValidate>
      <fieldset>
        <legend className="font-semibold">Evaluation points, 0 to 10</legend>
        <EvaluationSliders
          scores={scores}
          onChange={setScores}
          errors={fields}
          note={(field) => (selfScores ? `Mentee's self-score: ${selfScores[field]}.` : null)}
        />
        {domain && average !== null && (
          <p
            className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200"
            aria-live="polite"
          >
            <span className="font-medium">Rubric level at an average of {average.toFixed(1)}:</span>{" "}
            {levelDescriptor(domain, average)}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Summary (Markdown)"
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        rows={5}
        maxLength={SUMMARY_MAX}
        error={fields.summary}
        hint="What was strong, what to work on next."
      />
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : initial ? "Update review" : "Save review"}
      </Button>
    </form>
  );
}
