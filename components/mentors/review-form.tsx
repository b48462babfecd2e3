"use client";
// The mentor's review: the four evaluation points 0-10 (with each point's hint and the rubric
// level descriptor of the question's domain) and a Markdown summary.
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type DraftScores, EvaluationSliders, sliderErrors } from "@/components/practice/evaluation-sliders";
import { TextAreaField } from "@/components/ui/textarea-field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { SUMMARY_MAX } from "@/lib/mentors/data/settings";
import type { ReviewInput } from "@/lib/mentors/schema";
import { UNSCORED_MESSAGE } from "@/lib/messages";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";
import { type DomainValue } from "@/lib/rubric/data";
import { levelDescriptor } from "@/lib/rubric/scores";

type Scores = Record<string, number>;

/** The average of the four scores once every one is chosen, else null. */
function averageOfChosen(scores: DraftScores): number | null {
  const chosen = EVALUATION_POINTS.map((p) => scores[p.field]).filter((v): v is number => typeof v === "number");
  return chosen.length === EVALUATION_POINTS.length ? chosen.reduce((a, v) => a + v, 0) / chosen.length : null;
}

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
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/mentors/schema").then((m) => m.reviewSchema),
    defaultValues: { scores: initial?.scores ?? {}, summary: initial?.summary ?? "" },
    request: (values) => api(url, { method: "PUT", body: values }),
    onSuccess: () => {
      router.refresh();
      return "Review saved. Your mentee has been notified.";
    },
    invalidMessage: UNSCORED_MESSAGE,
  });
  const scores = form.watch("scores") as DraftScores;
  const { errors, isSubmitted } = form.formState;
  const average = averageOfChosen(scores);

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" aria-label="Your review" noValidate>
      <fieldset>
        <legend className="font-semibold">Evaluation points, 0 to 10</legend>
        <EvaluationSliders
          scores={scores}
          onChange={(next) => form.setValue("scores", next as ReviewInput["scores"], { shouldValidate: isSubmitted })}
          errors={sliderErrors(errors.scores)}
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
        rows={5}
        maxLength={SUMMARY_MAX}
        hint="What was strong, what to work on next."
        {...field("summary")}
      />
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : initial ? "Update review" : "Save review"}
      </Button>
    </form>
  );
}
