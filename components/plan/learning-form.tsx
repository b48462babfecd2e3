"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { careerContent } from "@/lib/plan/content";
import { learningEntrySchema } from "@/lib/plan/schema";

export function LearningForm({ today }: { today: string }) {
  const router = useRouter();
  const { form, message, onSubmit, busy } = useApiForm({
    schema: learningEntrySchema,
    defaultValues: { date: today, category: "TECHNICAL", note: "" },
    request: (values) => api("/api/learning", { method: "POST", body: values }),
    onSuccess: (_data, values) => {
      form.reset({ date: today, category: "TECHNICAL", note: "" });
      router.refresh();
      return `Logged ${values.hours} h.`;
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,10rem)_minmax(0,1.4fr)_minmax(0,8rem)_minmax(0,2fr)]">
        <TextField label="Date" type="date" max={today} error={errors.date?.message} {...form.register("date")} />
        <SelectField
          label="Category"
          error={errors.category?.message}
          hint={`Aim: ${careerContent.learningStrategy.find((l) => l.category === form.watch("category"))?.monthlyHours ?? "–"} h a month.`}
          {...form.register("category")}
        >
          {/* The name alone fits the select on a phone; the monthly aim is the hint under it. */}
          {careerContent.learningStrategy.map((l) => (
            <option key={l.category} value={l.category}>
              {l.name.en}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Hours"
          type="number"
          inputMode="decimal"
          min={0.25}
          max={24}
          step={0.25}
          error={errors.hours?.message}
          hint="Quarter hours, e.g. 1.5."
          {...form.register("hours", { setValueAs: (v: unknown) => (v === "" || v == null ? undefined : Number(v)) })}
        />
        <TextField
          label="What you did (optional)"
          error={errors.note?.message}
          placeholder="e.g. Read the LoRA paper"
          {...form.register("note")}
        />
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? "Logging…" : "Log hours"}
      </Button>
    </form>
  );
}
