"use client";
// Ticks the key points covered and self-scores the four evaluation points (0-10 each).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { type DraftScores, EvaluationSliders, UNSET_SCORES, unscoredErrors } from "./evaluation-sliders";
import { EVALUATION_POINTS, type ScoreField } from "@/lib/practice/data/evaluation";

type Props = {
  attemptId: string;
  keyPoints: string[];
  initialScores: Record<ScoreField, number> | null;
  initialCovered: number[];
  /** Where the scores go (a mock's answers have their own endpoint). */
  url?: string;
  /** The form's accessible name, when several are on one page. */
  label?: string;
  /** Nothing was written: there is nothing to score (the API refuses it too). */
  blank?: boolean;
  /** A score suggested by the key-point coverage, which the candidate may accept or overrule. */
  suggestion?: { field: ScoreField; value: number } | null;
};

export function ScoreForm(props: Props) {
  if (props.blank) {
    return (
      <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
        This answer is blank, so there is nothing to score. Blank answers are not scored and do not count as answered.
      </p>
    );
  }
  return <ScoreFields {...props} />;
}

function ScoreFields({ attemptId, keyPoints, initialScores, initialCovered, url, label = "Score your answer", suggestion }: Props) {
  const router = useRouter();
  const id = useId();
  const [scores, setScores] = useState<DraftScores>(initialScores ?? UNSET_SCORES);
  const [covered, setCovered] = useState<Set<number>>(new Set(initialCovered));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const missing = unscoredErrors(scores);
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      return setStatus({ tone: "error", text: "Choose a score for each of the four evaluation points, then save." });
    }
    setBusy(true);
    setStatus(null);
    const res = await api(url ?? `/api/practice/attempts/${attemptId}/score`, {
      method: "PUT",
      body: { scores, keyPointsCovered: [...covered] },
    });
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fields);
      return setStatus({ tone: "error", text: res.error.message });
    }
    setErrors({});
    setStatus({ tone: "success", text: "Scores saved. The question is scheduled for review." });
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void save(e)} className="space-y-6" aria-label={label}>
      {keyPoints.length > 0 && (
        <fieldset>
          <legend className="font-semibold">Key points you covered</legend>
          <ul className="mt-2 space-y-2">
            {keyPoints.map((k, i) => (
              <li key={k} className="flex items-start gap-2">
                <input
                  id={`${id}-kp-${i}`}
                  type="checkbox"
                  className="mt-1 h-4 w-4"
                  checked={covered.has(i)}
                  onChange={(e) => {
                    const next = new Set(covered);
                    if (e.target.checked) next.add(i);
                    else next.delete(i);
                    setCovered(next);
                  }}
                />
                <label htmlFor={`${id}-kp-${i}`} className="text-sm">
                  {k}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset>
        <legend className="font-semibold">Evaluation points, 0 to 10</legend>
        <EvaluationSliders
          scores={scores}
          onChange={setScores}
          errors={errors}
          note={(field) => (suggestion && field === suggestion.field ? `Suggested from key-point coverage: ${suggestion.value}.` : null)}
        />
        {suggestion && scores[suggestion.field] !== suggestion.value && (
          <Button
            type="button"
            variant="secondary"
            className="mt-3"
            onClick={() => setScores({ ...scores, [suggestion.field]: suggestion.value })}
          >
            Use the suggested {suggestion.value} for {EVALUATION_POINTS.find((p) => p.field === suggestion.field)?.label.toLowerCase()}
          </Button>
        )}
      </fieldset>
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : initialScores ? "Update scores" : "Save scores"}
      </Button>
    </form>
  );
}
