"use client";

import { clsx } from "clsx";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { NEGOTIATION } from "@/lib/offers/data/negotiation";

/** One research question's answer: a small form on the one pattern, saved with its own button. */
function Answer({ offerId, questionKey, text, initial }: { offerId: string; questionKey: string; text: string; initial: string }) {
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    schema: () => import("@/lib/offers/schema").then((m) => m.researchUpdateSchema),
    defaultValues: { key: questionKey, answer: initial },
    request: (body) => api<{ answer: string }>(`/api/offers/${offerId}/research`, { method: "PUT", body }),
    onSuccess: (data) => {
      form.reset({ key: questionKey, answer: data.answer });
      return "Saved.";
    },
  });
  const { isDirty } = form.formState;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <TextAreaField label={text} rows={2} {...field("answer")} />
      <div className="mt-1 flex items-center gap-3">
        <Button type="submit" variant="secondary" className="!px-3 !py-1" disabled={busy || !isDirty}>
          Save answer
        </Button>
        <span
          role="status"
          className={clsx("text-sm", message?.tone === "error" ? "text-red-600 dark:text-red-400" : "text-green-700 dark:text-green-400")}
        >
          {message?.text}
        </span>
      </div>
    </form>
  );
}

export function ResearchAnswers({ offerId, initial }: { offerId: string; initial: Record<string, string> }) {
  return (
    <div className="space-y-4">
      {NEGOTIATION.researchQuestions.map((q) => (
        <Answer key={q.key} offerId={offerId} questionKey={q.key} text={q.text} initial={initial[q.key] ?? ""} />
      ))}
    </div>
  );
}
