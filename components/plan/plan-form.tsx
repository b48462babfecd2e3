"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { api } from "@/lib/client/api";
import { careerContent, stageYears, templateGoals } from "@/lib/plan/content";
import type { Plan, PlanDetail } from "@/lib/plan/types";
import { ConflictAlert } from "./conflict-alert";

const HORIZON_FIELDS = [
  { key: "year1", label: "Year 1", role: "year1Role", goals: "year1Goals" },
  { key: "years2to3", label: "Years 2-3", role: "years2to3Role", goals: "years2to3Goals" },
  { key: "years4to5", label: "Years 4-5", role: "years4to5Role", goals: "years4to5Goals" },
] as const;

type Values = Omit<Plan, "id" | "version" | "createdAt" | "updatedAt">;

/** Creates the plan (no `plan`) or edits it (versioned). */
export function PlanForm({ plan, today, onDone }: { plan?: Plan; today: string; onDone?: () => void }) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(
    plan ?? {
      trackId: "",
      stageId: "",
      startsOn: today,
      year1Role: "",
      year1Goals: "",
      years2to3Role: "",
      years2to3Goals: "",
      years4to5Role: "",
      years4to5Goals: "",
    },
  );
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const track = careerContent.tracks.find((t) => t.id === values.trackId);
  const stage = track?.stages.find((s) => s.id === values.stageId);
  const set = (k: keyof Values, v: string) => setValues((old) => ({ ...old, [k]: v }));

  async function save(version?: number) {
    setBusy(true);
    setError(null);
    setFields({});
    setConflict(false);
    const res = plan
      ? await api<PlanDetail>(`/api/plans/${plan.id}`, {
          method: "PUT",
          body: { ...values, version: version ?? plan.version },
        })
      : await api<PlanDetail>("/api/plans", { method: "POST", body: values });
    setBusy(false);
    if (res.ok) {
      onDone?.();
      router.refresh();
      return;
    }
    if (res.error.status === 409 && plan) setConflict(true);
    else {
      setFields(res.error.fields);
      setError(res.error.message);
    }
  }

  async function overwrite() {
    if (!plan) return;
    const latest = await api<PlanDetail>(`/api/plans/${plan.id}`);
    if (latest.ok) await save(latest.data.plan.version);
    else setError(latest.error.message);
  }

  function useTemplate() {
    setValues((v) => ({
      ...v,
      year1Goals: v.year1Goals || templateGoals("year1"),
      years2to3Goals: v.years2to3Goals || templateGoals("years2to3"),
      years4to5Goals: v.years4to5Goals || templateGoals("years4to5"),
    }));
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void save();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {error && <Alert tone="error">{error}</Alert>}
      {conflict && (
        <ConflictAlert
          what="Your plan"
          onReload={() => {
            setConflict(false);
            router.refresh();
            onDone?.();
          }}
          onOverwrite={() => void overwrite()}
        />
      )}
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          label="Career track"
          value={values.trackId}
          onChange={(e) => setValues((v) => ({ ...v, trackId: e.target.value, stageId: "" }))}
          error={fields.trackId}
        >
          <option value="">Choose a track</option>
          {careerContent.tracks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name.en}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Current stage"
          value={values.stageId}
          onChange={(e) => set("stageId", e.target.value)}
          error={fields.stageId}
          disabled={!track}
          hint={track ? undefined : "Choose a track first."}
        >
          <option value="">Choose a stage</option>
          {track?.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title.en}
              {stageYears(s) ? ` (${stageYears(s)})` : ""}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Plan starts on"
          type="date"
          value={values.startsOn}
          onChange={(e) => set("startsOn", e.target.value)}
          error={fields.startsOn}
          hint="The plan covers five years from this day."
        />
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
            <TextField
              label={`${h.label} target role`}
              value={values[h.role]}
              onChange={(e) => set(h.role, e.target.value)}
              error={fields[h.role]}
              placeholder="e.g. Senior AI Engineer"
            />
            <TextAreaField
              label={`${h.label} goals`}
              rows={5}
              value={values[h.goals]}
              onChange={(e) => set(h.goals, e.target.value)}
              error={fields[h.goals]}
            />
          </fieldset>
        ))}
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : plan ? "Save plan" : "Create my plan"}
        </Button>
        {plan && onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
