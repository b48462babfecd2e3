"use client";
// Ticks the key points covered and self-scores the four evaluation points (0-10 each): the fields
// are drawn by score-fields.tsx; this holds them in react-hook-form, checks and sends them.
import { useRouter } from "next/navigation";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { UNSCORED_MESSAGE } from "@/lib/messages";
import type { ScoreField } from "@/lib/practice/data/evaluation";
import type { ScoreInput } from "@/lib/practice/schema";
import { type DraftScores, sliderErrors } from "./evaluation-sliders";
import { BlankAnswer, type ScoreDraft, ScoreFieldsView } from "./score-fields";

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
  /** Values chosen before this form mounted (the mock report's light form): they start the form instead of the saved ones. */
  draft?: ScoreDraft;
};

export function ScoreForm(props: Props) {
  if (props.blank) return <BlankAnswer />;
  return <ScoreFields {...props} />;
}

function ScoreFields({ attemptId, keyPoints, bonusPoints = [], initialScores: savedScores, initialCovered: savedCovered, url, label = "Score your answer", suggestion, draft }: Props) {
  const router = useRouter();
  const initialScores = (draft?.scores ?? savedScores) as ScoreInput["scores"] | null;
  const initialCovered = draft?.keyPointsCovered ?? savedCovered;
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
    <ScoreFieldsView
      keyPoints={keyPoints}
      bonusPoints={bonusPoints}
      label={label}
      scores={scores}
      covered={covered}
      onScores={(next) => form.setValue("scores", next as ScoreInput["scores"], { shouldValidate: isSubmitted })}
      onCovered={(next) => form.setValue("keyPointsCovered", next)}
      errors={sliderErrors(errors.scores)}
      suggestion={suggestion}
      message={message}
      busy={busy}
      saved={savedScores !== null}
      onSubmit={onSubmit}
      formRef={formRef}
    />
  );
}
