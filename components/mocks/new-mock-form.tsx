"use client";
// Starts a mock from a template: choose the template, a difficulty and whether it is part of a
// rising series.
import { useRouter } from "next/navigation";
import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

type TemplateOption = { id: string; title: string; description: string; totals: { questions: number; questionMinutes: number; breakMinutes: number } };

export function NewMockForm({ templates }: { templates: TemplateOption[] }) {
  const router = useRouter();
  const id = useId();
  const { form, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/mocks/schema").then((m) => m.createMockSchema),
    defaultValues: { templateId: templates[0]?.id ?? "", difficulty: "mixed", series: false },
    request: (values) => api<{ mock: { id: string } }>("/api/mocks", { method: "POST", body: values }),
    onSuccess: (data) => router.push(`/mocks/${data.mock.id}`),
  });
  const { errors, isSubmitSuccessful } = form.formState;
  const working = busy || isSubmitSuccessful;

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-5" aria-label="Start a mock interview" noValidate>
      <fieldset>
        <legend className="mb-2 font-semibold">Format</legend>
        <div className="grid gap-3 md:grid-cols-2">
          {templates.map((t) => (
            <label
              key={t.id}
              htmlFor={`${id}-${t.id}`}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-4 has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 dark:border-slate-700 dark:has-[:checked]:border-indigo-400 dark:has-[:checked]:bg-indigo-950"
            >
              <input id={`${id}-${t.id}`} type="radio" value={t.id} className="mt-1 h-4 w-4" {...form.register("templateId")} />
              <span>
                <span className="block font-medium">{t.title}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">{t.description}</span>
                <span className="mt-1 block text-xs text-slate-600 dark:text-slate-300">
                  {t.totals.questions} questions · {t.totals.questionMinutes} min of questions{t.totals.breakMinutes ? ` + ${t.totals.breakMinutes} min of breaks` : ""}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.templateId && <p className="mt-2 text-sm text-red-600 dark:text-red-400">{errors.templateId.message}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <SelectField label="Difficulty" error={errors.difficulty?.message} hint="Questions closest to this level are drawn first." {...form.register("difficulty")}>
          <option value="mixed">Mixed</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
          <option value="expert">Expert</option>
        </SelectField>
        <div className="flex items-start gap-2 pb-1">
          <input id={`${id}-series`} type="checkbox" className="mt-1 h-4 w-4" aria-describedby={`${id}-series-hint`} {...form.register("series")} />
          <div>
            <label htmlFor={`${id}-series`} className="text-sm font-medium">
              Part of a series
            </label>
            <p id={`${id}-series-hint`} className="text-xs text-slate-500 dark:text-slate-400">
              Each mock of a series is one difficulty step harder than the one before.
            </p>
          </div>
        </div>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The clock starts as soon as you begin and runs on the server: you can pause, and continue on any device where you left off. Questions you
        attempted in the last 7 days are not drawn again.
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={working}>
        {working ? "Drawing questions…" : "Start the mock interview"}
      </Button>
    </form>
  );
}
