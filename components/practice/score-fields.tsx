"use client";
// The self-score form's fields as drawn, without its state: the key points to tick (must-haves,
// then bonus points labelled as bonus, numbered together as lib/questions/key-points.ts numbers
// them) and the four evaluation points (0-10 each), with the suggestion and the submit button.
// ScoreForm (score-form.tsx: react-hook-form, its checks, the request) and the mock report's light
// form (components/mocks/score-island.tsx: plain state until the first submit) draw the same form
// with it, so swapping one for the other changes nothing on screen (decision 0025, Session 9).
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EVALUATION_POINTS, type ScoreField } from "@/lib/practice/data/evaluation";
import { weightedKeyPoints } from "@/lib/questions/key-points";
import { type DraftScores, EvaluationSliders } from "./evaluation-sliders";

/** What the candidate has chosen so far: scores (unset until picked) and the ticked key points. */
export type ScoreDraft = { scores: DraftScores; keyPointsCovered: number[] };

/** The covered key points after ticking (or unticking) one, in order. */
function toggleKeyPoint(covered: readonly number[], index: number, on: boolean): number[] {
  const next = new Set(covered);
  if (on) next.add(index);
  else next.delete(index);
  return [...next].sort((a, b) => a - b);
}

/** A blank answer has nothing to score (the API refuses it too). */
export function BlankAnswer() {
  return (
    <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
      This answer is blank, so there is nothing to score. Blank answers are not scored and do not count as answered.
    </p>
  );
}

type Props = {
  keyPoints: string[];
  bonusPoints: string[];
  /** The form's accessible name. */
  label: string;
  scores: DraftScores;
  covered: readonly number[];
  onScores: (scores: DraftScores) => void;
  onCovered: (covered: number[]) => void;
  /** Field errors by `scores.<field>` (sliderErrors()). */
  errors: Record<string, string>;
  suggestion?: { field: ScoreField; value: number } | null;
  message: { tone: "error" | "success"; text: string } | null;
  busy: boolean;
  /** Scores were saved before: the button updates them. */
  saved: boolean;
  onSubmit: (e: React.FormEvent<HTMLFormElement>) => void;
  /** The interactive form's ref (useApiForm's formRef: its checks load on the form's first use). */
  formRef?: React.Ref<HTMLFormElement>;
};

export function ScoreFieldsView({ keyPoints, bonusPoints, label, scores, covered, onScores, onCovered, errors, suggestion, message, busy, saved, onSubmit, formRef }: Props) {
  const id = useId();
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" aria-label={label} noValidate>
      {keyPoints.length > 0 && (
        <fieldset>
          <legend className="font-semibold">Key points you covered</legend>
          <ul className="mt-2 space-y-2">
            {weightedKeyPoints({ keyPoints, bonusPoints }).map((p) => (
              <li key={p.index} className="flex items-start gap-2" data-kind={p.kind}>
                <input
                  id={`${id}-kp-${p.index}`}
                  type="checkbox"
                  className="mt-1 h-4 w-4"
                  checked={covered.includes(p.index)}
                  onChange={(e) => onCovered(toggleKeyPoint(covered, p.index, e.target.checked))}
                />
                <label htmlFor={`${id}-kp-${p.index}`} className="text-sm">
                  <span className="font-medium tabular-nums">{p.index + 1}.</span>{" "}
                  {p.kind === "bonus" && (
                    <>
                      <Badge tone="indigo">Bonus</Badge>{" "}
                    </>
                  )}
                  {p.text}
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
          onChange={onScores}
          errors={errors}
          note={(field) => (suggestion && field === suggestion.field ? `Suggested from key-point coverage: ${suggestion.value}.` : null)}
        />
        {suggestion && scores[suggestion.field] !== suggestion.value && (
          <Button type="button" variant="secondary" className="mt-3" onClick={() => onScores({ ...scores, [suggestion.field]: suggestion.value })}>
            Use the suggested {suggestion.value} for {EVALUATION_POINTS.find((p) => p.field === suggestion.field)?.label.toLowerCase()}
          </Button>
        )}
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : saved ? "Update scores" : "Save scores"}
      </Button>
    </form>
  );
}
