"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { DOMAINS } from "@/lib/rubric/data";
import { bandFor, levelDescriptor, mean } from "@/lib/rubric/scores";
import { DOMAIN_SCORE_KEYS as KEYS } from "@/lib/rubric/score-keys";

/** A new assessment's sliders start at the middle of the scale. */
const START_SCORES = { mlFundamentals: 5, deepLearning: 5, systemDesign: 5, communicationLeadership: 5 };

/** The assessment being corrected (edit mode: PUT with the version it was read at). */
export type EditedAssessment = {
  id: string;
  version: number;
  assessedOn: string;
  scores: Record<(typeof KEYS)[keyof typeof KEYS], number>;
  note: string;
};

export function SelfAssessmentForm({
  today,
  editing,
  onDone,
  onCancel,
}: {
  today: string;
  editing?: EditedAssessment;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const router = useRouter();
  const prefix = editing ? "edit-" : "";
  const { form, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/rubric/schema").then((m) => m.selfAssessmentSchema),
    defaultValues: {
      assessedOn: editing?.assessedOn ?? today,
      scores: editing ? { ...editing.scores } : START_SCORES,
      note: editing?.note ?? "",
    },
    request: (body) =>
      editing
        ? api(`/api/self-assessments/${editing.id}`, { method: "PUT", body: { ...body, version: editing.version } })
        : api("/api/self-assessments", { body }),
    onSuccess: () => {
      router.refresh();
      if (onDone) onDone();
      else return "Assessment saved.";
    },
  });
  const { errors } = form.formState;
  const scores = form.watch("scores") as Record<string, number>;
  const overall = mean(Object.values(scores))!;
  const band = bandFor(overall);

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {DOMAINS.map((d) => {
        const key = KEYS[d.value];
        const id = `${prefix}${key}`;
        const value = scores[key]!;
        return (
          <div key={d.value}>
            <div className="flex items-baseline justify-between gap-4">
              <label htmlFor={id} className="font-medium">
                {d.label}
              </label>
              <output htmlFor={id} className="text-lg font-semibold tabular-nums">
                {value}
              </output>
            </div>
            <input
              id={id}
              type="range"
              min={0}
              max={10}
              step={1}
              value={value}
              onChange={(e) => form.setValue(`scores.${key}`, Number(e.target.value))}
              aria-describedby={`${id}-level`}
              className="mt-2 w-full accent-indigo-600"
            />
            <p id={`${id}-level`} className="mt-1 text-sm text-slate-600 dark:text-slate-300">
              {levelDescriptor(d.value, value)}
            </p>
            {errors.scores?.[key] && <p className="text-sm text-red-600">{errors.scores[key].message}</p>}
          </div>
        );
      })}
      <p className="rounded-md bg-slate-100 px-4 py-3 text-sm dark:bg-slate-800" aria-live="polite">
        Overall <strong>{overall.toFixed(2)}</strong> / 10: <strong>{band.label}</strong> ({band.meaning.toLowerCase()}).
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Date" type="date" max={today} error={errors.assessedOn?.message} {...form.register("assessedOn")} />
      </div>
      <TextAreaField
        id={`${prefix}note`}
        label="Note (optional)"
        rows={3}
        maxLength={2000}
        placeholder="What changed since last time?"
        error={errors.note?.message}
        {...form.register("note")}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : editing ? "Save changes" : "Save assessment"}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
