"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { careerContent, stageYears, templateGoals } from "@/lib/plan/content";
import type { Plan, PlanDetail } from "@/lib/plan/types";
import { ConflictAlert } from "./conflict-alert";

const HORIZON_FIELDS = [
  { key: "year1", label: "Year 1", role: "year1Role", goals: "year1Goals" },
  { key: "years2to3", label: "Years 2-3", role: "years2to3Role", goals: "years2to3Goals" },
  { key: "years4to5", label: "Years 4-5", role: "years4to5Role", goals: "years4to5Goals" },
] as const;

const TRACK_OPTIONS = careerContent.tracks.map((t) => ({ value: t.id, label: t.name.en }));

type Values = Omit<Plan, "id" | "version" | "createdAt" | "updatedAt">;

/** The form's starting values: the plan's, or an empty plan starting today. */
function planFormDefaults(plan: Plan | undefined, today: string): Values {
  if (plan) {
    const { id: _id, version: _version, createdAt: _c, updatedAt: _u, ...values } = plan;
    return values;
  }
  return {
    trackId: "",
    stageId: "",
    startsOn: today,
    year1Role: "",
    year1Goals: "",
    years2to3Role: "",
    years2to3Goals: "",
    years4to5Role: "",
    years4to5Goals: "",
  };
}

/** Creates the plan (no `plan`) or edits it (versioned). */
export function PlanForm({ plan, today, onDone }: { plan?: Plan; today: string; onDone?: () => void }) {
  const router = useRouter();
  const [conflict, setConflict] = useState(false);
  /** Set by "Overwrite with my changes": the version to send instead of the one first seen. */
  const overwriteVersion = useRef<number | null>(null);
  const { form, field, message, setMessage, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/plan/schema").then((m) => m.planCreateSchema),
    defaultValues: planFormDefaults(plan, today),
    request: (values) => {
      setConflict(false);
      const version = overwriteVersion.current ?? plan?.version;
      overwriteVersion.current = null;
      return plan
        ? api<PlanDetail>(`/api/plans/${plan.id}`, { method: "PUT", body: { ...values, version } })
        : api<PlanDetail>("/api/plans", { method: "POST", body: values });
    },
    onSuccess: () => {
      onDone?.();
      router.refresh();
    },
    onError: (error) => {
      if (error.status === 409 && plan) setConflict(true);
    },
  });
  const [trackId, stageId] = form.watch(["trackId", "stageId"]);
  const track = careerContent.tracks.find((t) => t.id === trackId);
  const stage = track?.stages.find((s) => s.id === stageId);

  async function overwrite() {
    if (!plan) return;
    const latest = await api<PlanDetail>(`/api/plans/${plan.id}`);
    if (!latest.ok) return setMessage({ tone: "error", text: latest.error.message });
    overwriteVersion.current = latest.data.plan.version;
    await onSubmit();
  }

  function useTemplate() {
    for (const h of HORIZON_FIELDS) {
      if (!form.getValues(h.goals)) form.setValue(h.goals, templateGoals(h.key));
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6">
      {conflict ? (
        <ConflictAlert
          what="Your plan"
          onReload={() => {
            setConflict(false);
            router.refresh();
            onDone?.();
          }}
          onOverwrite={() => void overwrite()}
        />
      ) : (
        message && <Alert tone={message.tone}>{message.text}</Alert>
      )}
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          label="Career track"
          blank="Choose a track"
          options={TRACK_OPTIONS}
          {...field("trackId", { onChange: () => form.setValue("stageId", "") })}
        />
        <SelectField
          label="Current stage"
          blank="Choose a stage"
          options={track?.stages.map((s) => ({ value: s.id, label: `${s.title.en}${stageYears(s) ? ` (${stageYears(s)})` : ""}` }))}
          disabled={!track}
          hint={track ? undefined : "Choose a track first."}
          {...field("stageId")}
        />
        <TextField label="Plan starts on" type="date" hint="The plan covers five years from this day." {...field("startsOn")} />
      </div>
      {stage && (
        <div className="rounded-md bg-slate-100 p-4 text-sm dark:bg-slate-800">
          <p className="font-medium">Focus at this stage</p>
          <ul className="mt-1 list-disc pl-5 text-slate-700 dark:text-slate-300">
            {stage.focus.map((f) => (
              <li key={f.en}>{f.en}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold">Target roles and goals</h3>
        <Button variant="secondary" onClick={useTemplate}>
          Start from the 5-year vision template
        </Button>
      </div>
      <div className="grid gap-5 md:grid-cols-3">
        {HORIZON_FIELDS.map((h) => (
          <fieldset
            key={h.key}
            className="space-y-3 rounded-md border border-slate-200 p-4 dark:border-slate-700"
          >
            <legend className="px-1 text-sm font-semibold">{h.label}</legend>
            <TextField label={`${h.label} target role`} placeholder="e.g. Senior AI Engineer" {...field(h.role)} />
            <TextAreaField label={`${h.label} goals`} rows={5} {...field(h.goals)} />
          </fieldset>
        ))}
      </div>
      <FormActions busy={busy} submitLabel={plan ? "Save plan" : "Create my plan"} onCancel={plan ? onDone : undefined} />
    </form>
  );
}
