"use client";

import { type ReactNode, useId } from "react";
import { useFieldArray } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import type { ApiError, ApiResult } from "@/lib/client/api";
import { numberOr } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";
import { careerContent } from "@/lib/plan/content";
import type { EvidenceGroup } from "@/lib/plan/evidence-options";
import { MILESTONE_STATUSES, STATUS_LABELS } from "@/lib/plan/horizons";
import { milestoneFormDefaults } from "@/lib/plan/milestone-list";
import type { MilestoneCreate } from "@/lib/plan/schema";
import type { Milestone } from "@/lib/plan/types";

export type MilestoneValues = MilestoneCreate;

const STATUS_OPTIONS = MILESTONE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

type Props = {
  initial?: Milestone;
  window: { start: string; end: string };
  /** Ready-made links to the user's own mocks, offers and summary pages. */
  evidenceGroups: EvidenceGroup[];
  submitLabel: string;
  /** Sends the checked values (add or edit). */
  request: (values: MilestoneValues) => Promise<ApiResult<unknown>>;
  onSaved: (values: MilestoneValues) => void;
  onError?: (error: ApiError) => string | void;
  /** Shown instead of the top message, e.g. the conflict choice after a 409. */
  notice?: ReactNode;
  onCancel?: () => void;
};

export function MilestoneForm({ initial, window, evidenceGroups, submitLabel, request, onSaved, onError, notice, onCancel }: Props) {
  const listId = useId();
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/plan/schema").then((m) => m.milestoneFormSchema),
    defaultValues: milestoneFormDefaults(initial),
    request,
    onSuccess: (_data, values) => onSaved(values),
    onError,
  });
  const evidence = useFieldArray({ control: form.control, name: "evidence" });
  const { errors } = form.formState;
  const status = form.watch("status");
  const rows = form.watch("evidence") ?? [];

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {notice ?? (message && <Alert tone={message.tone}>{message.text}</Alert>)}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Milestone title" required {...field("title")} />
        <TextField
          label="Target date"
          type="date"
          min={window.start}
          max={window.end}
          required
          hint={`Between ${window.start} and ${window.end}.`}
          {...field("targetDate")}
        />
        <SelectField label="Status" options={STATUS_OPTIONS} {...field("status")} />
        <TextField
          label="Progress (%)"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          hint={status === "DONE" ? "Done milestones count as 100 %." : "0 to 100."}
          {...field("progress", { setValueAs: numberOr(0) })}
        />
      </div>
      <TextAreaField label="Description" rows={3} {...field("description")} />
      <TextField label="Linked skills or domains" list={listId} hint="Separate with commas, e.g. System design capabilities, MLOps." {...field("skills")} />
      <datalist id={listId}>
        {careerContent.skillSuggestions.map((s) => (
          <option key={s.en} value={s.en} />
        ))}
      </datalist>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Evidence links (optional)</legend>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          A mock interview report, an offer, a paper or a repository: a PrepLoop path (/…) or an https://
          address.
        </p>
        {evidence.fields.map((row, i) => (
          <div key={row.id} className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
            <TextField label={`Evidence ${i + 1} label`} {...field(`evidence.${i}.label`)} />
            <TextField label={`Evidence ${i + 1} link`} {...field(`evidence.${i}.url`)} />
            <Button variant="ghost" onClick={() => evidence.remove(i)}>
              Remove evidence {i + 1}
            </Button>
          </div>
        ))}
        {evidence.fields.length < 5 && (
          <div className="flex flex-wrap items-end gap-3">
            <Button variant="secondary" onClick={() => evidence.append({ label: "", url: "" })}>
              Add an evidence link
            </Button>
            {evidenceGroups.length > 0 && (
              <div className="min-w-64">
                <SelectField
                  label="Or add from PrepLoop"
                  value=""
                  onChange={(e) => {
                    const picked = evidenceGroups.flatMap((g) => g.options).find((o) => o.url === e.target.value);
                    if (picked && !rows.some((l) => l.url === picked.url)) evidence.append({ label: picked.label, url: picked.url });
                  }}
                >
                  <option value="">Choose a report, offer or page…</option>
                  {evidenceGroups.map((g) => (
                    <optgroup key={g.label} label={g.label}>
                      {g.options.map((o) => (
                        <option key={o.url} value={o.url} disabled={rows.some((l) => l.url === o.url)}>
                          {o.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </SelectField>
              </div>
            )}
          </div>
        )}
        {errors.evidence?.message && <p className="text-sm text-red-600 dark:text-red-400">{errors.evidence.message}</p>}
      </fieldset>
      <FormActions busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
