"use client";
// Ticks the key points covered and self-scores the four evaluation points (0-10 each).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { EvaluationSliders } from "./evaluation-sliders";
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
};

export function ScoreForm({ attemptId, keyPoints, initialScores, initialCovered, url, label = "Score your answer" }: Props) {
  const router = useRouter();
  const id = useId();
  const [scores, setScores] = useState<Record<string, number>>(
    initialScores ?? Object.fromEntries(EVALUATION_POINTS.map((p) => [p.field, 5])),
  );
  const [covered, setCovered] = useState<Set<number>>(new Set(initialCovered));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
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
        <EvaluationSliders scores={scores} onChange={setScores} errors={errors} />
      </fieldset>
      {status && <Alert tone={status.tone}>{status.text}</Alert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : initialScores ? "Update scores" : "Save scores"}
      </Button>
    </form>
  );
}
