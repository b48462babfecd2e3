"use client";
// Ticks the key points covered (must-haves, then bonus points labelled as bonus, numbered
// together as lib/questions/key-points.ts numbers them) and self-scores the four evaluation points (0-10 each).
import { useRouter } from "next/navigation";
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { UNSCORED_MESSAGE } from "@/lib/messages";
import { EVALUATION_POINTS, type ScoreField } from "@/lib/practice/data/evaluation";
import type { ScoreInput } from "@/lib/practice/schema";
import { weightedKeyPoints } from "@/lib/questions/key-points";
import { type DraftScores, EvaluationSliders, sliderErrors } from "./evaluation-sliders";

type Props = {
  attemptId: string;
  keyPoints: string[];
  /** Bonus points, ticked after the must-haves (indexes continue from keyPoints.length). */
  bonusPoints?: string[];
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

/** The covered key points after ticking (or unticking) one, in order. */
function toggleKeyPoint(covered: readonly number[], index: number, on: boolean): number[] {
  const next = new Set(covered);
  if (on) next.add(index);
  else next.delete(index);
  return [...next].sort((a, b) => a - b);
}

function ScoreFields({ attemptId, keyPoints, bonusPoints = [], initialScores, initialCovered, url, label = "Score your answer", suggestion }: Props) {
  const router = useRouter();
  const id = useId();
  const { form, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/practice/schema").then((m) => m.scoreSchema),
    defaultValues: { scores: initialScores ?? {}, keyPointsCovered: initialCovered },
    request: (values) => api(url ?? `/api/practice/attempts/${attemptId}/score`, { method: "PUT", body: values }),
    onSuccess: () => {
      router.refresh();
      return "Scores saved. The question is scheduled for review.";
    },
    invalidMessage: UNSCORED_MESSAGE,
  });
  const scores = form.watch("scores") as DraftScores;
  const covered = form.watch("keyPointsCovered") ?? [];
  const { errors, isSubmitted } = form.formState;

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
                  onChange={(e) => form.setValue("keyPointsCovered", toggleKeyPoint(covered, p.index, e.target.checked))}
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
          onChange={(next) => form.setValue("scores", next as ScoreInput["scores"], { shouldValidate: isSubmitted })}
          errors={sliderErrors(errors.scores)}
          note={(field) => (suggestion && field === suggestion.field ? `Suggested from key-point coverage: ${suggestion.value}.` : null)}
        />
        {suggestion && scores[suggestion.field] !== suggestion.value && (
          <Button
            type="button"
            variant="secondary"
            className="mt-3"
            onClick={() => form.setValue("scores", { ...scores, [suggestion.field]: suggestion.value } as ScoreInput["scores"], { shouldValidate: isSubmitted })}
          >
            Use the suggested {suggestion.value} for {EVALUATION_POINTS.find((p) => p.field === suggestion.field)?.label.toLowerCase()}
          </Button>
        )}
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : initialScores ? "Update scores" : "Save scores"}
      </Button>
    </form>
  );
}
