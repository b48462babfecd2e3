"use client";
// Starts a mock from a template: choose the template, a difficulty and whether it is part of a
// rising series.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { api } from "@/lib/client/api";

type TemplateOption = { id: string; title: string; description: string; totals: { questions: number; questionMinutes: number; breakMinutes: number } };

export function NewMockForm({ templates }: { templates: TemplateOption[] }) {
  const router = useRouter();
  const id = useId();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [difficulty, setDifficulty] = useState("mixed");
  const [series, setSeries] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await api<{ mock: { id: string } }>("/api/mocks", { method: "POST", body: { templateId, difficulty, series } });
    if (!res.ok) {
      setBusy(false);
      setErrors(res.error.fields);
      return setError(res.error.message);
    }
    router.push(`/mocks/${res.data.mock.id}`);
  }

  return (
    <form onSubmit={(e) => void start(e)} className="space-y-5" aria-label="Start a mock interview">
      <fieldset>
        <legend className="mb-2 font-semibold">Format</legend>
        <div className="grid gap-3 md:grid-cols-2">
          {templates.map((t) => (
            <label
              key={t.id}
              htmlFor={`${id}-${t.id}`}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-4 has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 dark:border-slate-700 dark:has-[:checked]:border-indigo-400 dark:has-[:checked]:bg-indigo-950"
            >
              <input id={`${id}-${t.id}`} type="radio" name="template" value={t.id} checked={templateId === t.id} onChange={() => setTemplateId(t.id)} className="mt-1 h-4 w-4" />
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
        {errors.templateId && <p className="mt-2 text-sm text-red-600 dark:text-red-400">{errors.templateId}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <SelectField label="Difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value)} error={errors.difficulty} hint="Questions closest to this level are drawn first.">
          <option value="mixed">Mixed</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
          <option value="expert">Expert</option>
        </SelectField>
        <div className="flex items-start gap-2 pb-1">
          <input id={`${id}-series`} type="checkbox" checked={series} onChange={(e) => setSeries(e.target.checked)} className="mt-1 h-4 w-4" aria-describedby={`${id}-series-hint`} />
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
      {error && <Alert tone="error">{error}</Alert>}
      <Button type="submit" disabled={busy}>
        {busy ? "Drawing questions…" : "Start the mock interview"}
      </Button>
    </form>
  );
}
