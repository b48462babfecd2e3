"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { api } from "@/lib/client/api";
import { numberOr } from "@/lib/client/form-fields";
import { useApiForm } from "@/lib/client/use-api-form";
import { careerContent } from "@/lib/plan/content";

/* The name alone fits the select on a phone; the monthly aim is the hint under it. */
const CATEGORY_OPTIONS = careerContent.learningStrategy.map((l) => ({ value: l.category, label: l.name.en }));

export function LearningForm({ today }: { today: string }) {
  const router = useRouter();
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/plan/schema").then((m) => m.learningEntrySchema),
    defaultValues: { date: today, category: "TECHNICAL", note: "" },
    request: (values) => api("/api/learning", { method: "POST", body: values }),
    onSuccess: (_data, values) => {
      form.reset({ date: today, category: "TECHNICAL", note: "" });
      router.refresh();
      return `Logged ${values.hours} h.`;
    },
  });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,10rem)_minmax(0,1.4fr)_minmax(0,8rem)_minmax(0,2fr)]">
        <TextField label="Date" type="date" max={today} {...field("date")} />
        <SelectField
          label="Category"
          options={CATEGORY_OPTIONS}
          hint={`Aim: ${careerContent.learningStrategy.find((l) => l.category === form.watch("category"))?.monthlyHours ?? "–"} h a month.`}
          {...field("category")}
        />
        <TextField
          label="Hours"
          type="number"
          inputMode="decimal"
          min={0.25}
          max={24}
          step={0.25}
          hint="Quarter hours, e.g. 1.5."
          {...field("hours", { setValueAs: numberOr(undefined) })}
        />
        <TextField label="What you did (optional)" placeholder="e.g. Read the LoRA paper" {...field("note")} />
      </div>
      <FormActions busy={busy} busyLabel="Logging…" submitLabel="Log hours" />
    </form>
  );
}
